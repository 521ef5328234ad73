package io.github.courseport.export.bench;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.app.Version;
import io.github.courseport.export.archive.BagArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * One measured export: a fake Coursera server in this JVM serving a learner with a fixed latency, a
 * source built for it, the core export use case writing a {@link BagArchive} with every renderer,
 * and what it cost.
 */
public final class Bench {
  /** The batch adapter's default sub-requests per batch. */
  static final int BATCH_MAX_SUB_REQUESTS = 50;

  /** Which source a run uses. */
  public enum Kind {
    /** The HTTP adapter at the given concurrency. */
    HTTP("http"),
    /** The batch adapter (strict: no fallback) at the given concurrency. */
    BATCH("batch"),
    /** The HTTP adapter, one request at a time, one course per call: how older tools work. */
    BASELINE("baseline");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name in the table and the JSON line. */
    public String label() {
      return label;
    }
  }

  /**
   * What one run measured.
   *
   * @param requests HTTP requests the server saw (a batch counts once)
   * @param subRequests sub-requests inside batches
   * @param minimal the requests (for batch: batches) the learner's plan needs
   * @param depth round trips that must follow each other
   * @param boundSeconds {@code latency x max(depth, ceil(minimal / concurrency))}
   * @param peakHeapBytes most heap in use at once (GC notifications: before a collection)
   * @param liveHeapBytes most heap in use after a collection
   * @param complete whether the export had no gap
   * @param phases seconds from the start at which each phase of the export began, in order, then
   *     {@code "archive delivered"} (the end): where the wall time goes
   */
  public record Result(
      Kind kind,
      int courses,
      int concurrency,
      int keysPerCall,
      long latencyMillis,
      long requests,
      long subRequests,
      long minimal,
      int depth,
      double wallSeconds,
      double boundSeconds,
      int maxInFlight,
      long peakHeapBytes,
      long liveHeapBytes,
      long archiveBytes,
      boolean complete,
      Map<String, Long> perResource,
      Map<String, Double> phases) {

    /** Wall time over the bound. */
    public double ratio() {
      return boundSeconds <= 0 ? Double.NaN : wallSeconds / boundSeconds;
    }

    /** Requests made over the minimal ones, minus one (0.0 = exactly minimal). */
    public double excess() {
      return minimal == 0 ? Double.NaN : (double) requests / minimal - 1;
    }

    /** Courses per second. */
    public double coursesPerSecond() {
      return courses / wallSeconds;
    }

    /** Archive megabytes (10^6 bytes) per second. */
    public double archiveMegabytesPerSecond() {
      return archiveBytes / 1e6 / wallSeconds;
    }
  }

  private Bench() {}

  /** Whether a batch source is on the classpath. */
  public static boolean batchAvailable() {
    return batchProvider().isPresent();
  }

  private static Optional<SourceProvider> batchProvider() {
    try {
      for (SourceProvider p :
          ServiceLoader.load(SourceProvider.class, Bench.class.getClassLoader())) {
        if (p.name().equals("batch")) {
          return Optional.of(p);
        }
      }
    } catch (java.util.ServiceConfigurationError | LinkageError e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Exports a learner once and measures it.
   *
   * @param workRoot where the archive goes (a fresh directory inside it); deleted unless {@code
   *     keep}
   * @param era the generation of Coursera's API the fake server speaks
   * @param keysPerCall courses per family call for the HTTP adapter (ignored by batch and baseline)
   * @throws IllegalStateException when {@code kind} is batch and no batch source is available
   */
  public static Result run(
      Learner learner,
      Era era,
      Kind kind,
      Duration latency,
      int concurrency,
      int keysPerCall,
      Path workRoot,
      boolean keep) {
    int c = kind == Kind.BASELINE ? 1 : concurrency;
    Path dir;
    try {
      Files.createDirectories(workRoot);
      dir = Files.createTempDirectory(workRoot, "courseport-bench-" + kind.label() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(learner).era(era).latency(latency).start()) {
      Credentials credentials = new Credentials(server.cauth(), null);
      List<RecordRenderer> renderers = new ArrayList<>();
      ServiceLoader.load(RecordRenderer.class).forEach(renderers::add);
      renderers.sort(Comparator.comparing(RecordRenderer::name));
      BagArchive archive =
          BagArchive.open(
              dir.resolve("archive"),
              BagArchive.Format.DIR,
              false,
              Clock.systemUTC(),
              Version.get(),
              credentials::redact);
      renderers.forEach(archive::renderer);
      // A thread per port call in flight: the export bounds them (SourcePorts.callsInFlight).
      ExecutorService pool =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "courseport-bench-export");
                t.setDaemon(true);
                return t;
              });
      server.resetStats();
      ExportResult result;
      long started;
      long ended;
      Map<String, Double> phases = new java.util.LinkedHashMap<>();
      int usedKeysPerCall;
      long peakHeap;
      long liveHeap;
      HttpCourseraAdapter http = null;
      try (HeapWatch heap = new HeapWatch()) {
        started = System.nanoTime();
        SourcePorts ports;
        if (kind == Kind.BATCH) {
          SourceProvider batch =
              batchProvider().orElseThrow(() -> new IllegalStateException("batch: not available"));
          ports =
              batch.open(
                  new SourceSettings(
                      server.baseUri(),
                      server.baseUri(),
                      credentials,
                      c,
                      new SourceSettings.Transport(Version.get(), 0.0, null, true),
                      Map.of()));
        } else {
          http =
              HttpCourseraAdapter.builder()
                  .wwwBase(server.baseUri())
                  .apiBase(server.baseUri())
                  .credentials(credentials)
                  .userAgentVersion(Version.get())
                  .concurrency(c)
                  .rateLimitPerSecond(0)
                  .keysPerCall(kind == Kind.BASELINE ? 1 : keysPerCall)
                  .build();
          ports = http.ports();
        }
        usedKeysPerCall = ports.keysPerCall();
        long start = started;
        ExportListener timing =
            new ExportListener() {
              @Override
              public void phase(String description) {
                phases.put(phaseName(description), (System.nanoTime() - start) / 1e9);
              }
            };
        try {
          result = new ExportLearningRecord(ports, archive, pool, c, timing).run();
        } finally {
          ended = System.nanoTime();
          phases.put("archive delivered", (ended - started) / 1e9);
          peakHeap = heap.peakUsed();
          liveHeap = heap.peakLive();
          pool.shutdownNow();
          archive.close();
          if (http != null) {
            http.close();
          }
        }
      }
      {
        ServerStats stats = server.stats();
        // The batch adapter sends one sub-request per course and family whatever its
        // keysPerCall (packing is its job), so its sub-requests are the HTTP plan's at one course
        // per call.
        RequestPlan plan = RequestPlan.http(learner, kind == Kind.BATCH ? 1 : usedKeysPerCall, era);
        long minimal = kind == Kind.BATCH ? plan.batches(BATCH_MAX_SUB_REQUESTS) : plan.requests();
        double wall = (ended - started) / 1e9;
        double bound =
            latency.toNanos() / 1e9 * Math.max(plan.depth(), RequestPlan.ceilDiv(minimal, c));
        return new Result(
            kind,
            learner.facts().courses().size(),
            c,
            usedKeysPerCall,
            latency.toMillis(),
            stats.requests(),
            stats.batchSubRequests(),
            minimal,
            plan.depth(),
            wall,
            bound,
            stats.maxConcurrent(),
            peakHeap,
            liveHeap,
            size(archive.target()),
            result.complete(),
            stats.perResource(),
            phases);
      }
    } finally {
      if (!keep) {
        delete(dir);
      }
    }
  }

  /** A phase's description without its counts: "fetching 200 courses" -> "fetching courses". */
  static String phaseName(String description) {
    return description.replaceAll(" \\d+ ", " ");
  }

  private static long size(Path root) {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // best effort: a temp directory
                }
              });
    } catch (IOException e) {
      // best effort
    }
  }
}
