package io.github.courseport.export.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.export.log.UserLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code courseport bench}: measures an export against the round-trip bound of its learner. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures an export of a synthetic learner against a fake server with latency.",
      "",
      "The learner is exported from a fake Coursera server in this process, with a fixed latency"
          + " per request, through the same path as `courseport export` (the core export into a"
          + " BagIt archive with every view, in a temporary directory). It prints a table and one"
          + " JSON line: requests made and the minimal count for the learner, the dependency"
          + " depth, wall time against the bound latency x max(depth, ceil(minimal /"
          + " concurrency)), the most requests in flight, peak heap, archive size, and when each"
          + " phase of the export began. See docs/performance.md. It never fails on numbers.",
      ""
    })
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--courses",
      paramLabel = "N",
      defaultValue = "200",
      description = "Courses of the synthetic learner. Default: ${DEFAULT-VALUE}.")
  int courses = 200;

  @Option(
      names = "--latency",
      paramLabel = "MS",
      defaultValue = "50",
      description = "Fixed latency of every answer, in ms. Default: ${DEFAULT-VALUE}.")
  long latencyMillis = 50;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      defaultValue = "8",
      description = "Requests in flight at most (1-64). Default: ${DEFAULT-VALUE}.")
  int concurrency = 8;

  @Option(
      names = "--source",
      paramLabel = "http|batch|both",
      defaultValue = "http",
      description = "Which source to measure. Default: ${DEFAULT-VALUE}.")
  String source = "http";

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the synthetic learner. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--baseline",
      description =
          "Also export strictly sequentially (http, concurrency 1, one course per call, no"
              + " batching) and print the speed-up.")
  boolean baseline;

  @Option(
      names = "--era",
      paramLabel = "ERA",
      defaultValue = "today",
      description =
          "Which generation of Coursera's API the fake server speaks: today or 2015. Default:"
              + " ${DEFAULT-VALUE}.")
  String era = "today";

  @Option(
      names = "--keys-per-call",
      paramLabel = "K",
      defaultValue = "1",
      description =
          "Courses per family call of the http source (the adapter's keysPerCall; `courseport"
              + " export` uses 1). Default: ${DEFAULT-VALUE}.")
  int keysPerCall = 1;

  @Option(
      names = "--no-warmup",
      negatable = false,
      description = "Skip the unmeasured warm-up exports before the measured ones.")
  boolean noWarmup;

  @Option(
      names = "--warmup-courses",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "Courses of the unmeasured warm-up export (one per source, zero latency) that lets the"
              + " JIT compile the export's code first. A cold run of `courseport export` is"
              + " closer to the default; N as large as --courses measures the steady state."
              + " Default: ${DEFAULT-VALUE}.")
  int warmupCourses = 20;

  @Option(
      names = "--keep",
      description = "Keep the archives (their directory is printed) instead of deleting them.")
  boolean keep;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Where the archives are written. Default: the system's temporary directory.")
  @Nullable Path workDir;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    if (courses < 1) {
      throw new CommandLine.ParameterException(cmd, "--courses must be at least 1");
    }
    if (latencyMillis < 0) {
      throw new CommandLine.ParameterException(cmd, "--latency must be 0 or more");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new CommandLine.ParameterException(cmd, "--concurrency must be between 1 and 64");
    }
    if (keysPerCall < 1) {
      throw new CommandLine.ParameterException(cmd, "--keys-per-call must be at least 1");
    }
    if (warmupCourses < 1) {
      throw new CommandLine.ParameterException(
          cmd, "--warmup-courses must be at least 1 (use --no-warmup for none)");
    }
    List<Bench.Kind> kinds = new ArrayList<>();
    switch (source.toLowerCase(Locale.ROOT)) {
      case "http" -> kinds.add(Bench.Kind.HTTP);
      case "batch" -> kinds.add(Bench.Kind.BATCH);
      case "both" -> {
        kinds.add(Bench.Kind.HTTP);
        kinds.add(Bench.Kind.BATCH);
      }
      default ->
          throw new CommandLine.ParameterException(
              cmd, "--source must be http, batch or both, not '" + source + "'");
    }
    if (baseline) {
      kinds.add(Bench.Kind.BASELINE);
    }
    PrintWriter out = cmd.getOut();
    PrintWriter err = cmd.getErr();
    // The measured exports log errors only: a gap is not what a benchmark is about.
    UserLog.Attachment errorsOnly =
        UserLog.attach(
            Level.ERROR,
            line -> {
              err.println("courseport: " + line);
              err.flush();
            });
    try {
      return measure(kinds, out, err);
    } finally {
      errorsOnly.close();
    }
  }

  private int measure(List<Bench.Kind> kinds, PrintWriter out, PrintWriter err) {
    Path root =
        workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "courseport");
    Duration latency = Duration.ofMillis(latencyMillis);
    boolean batchThere = Bench.batchAvailable();
    Era spoken;
    try {
      spoken = Era.of(era);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--era: " + e.getMessage());
    }

    if (!noWarmup) {
      err.println("bench: warm-up (" + warmupCourses + " courses, no latency, not measured)");
      err.flush();
      Learner small = Learners.synthetic(warmupCourses, seed + 1);
      for (Bench.Kind k : kinds) {
        if (k != Bench.Kind.BATCH || batchThere) {
          Bench.run(small, spoken, k, Duration.ZERO, concurrency, keysPerCall, root, false);
        }
      }
    }
    Learner learner = Learners.synthetic(courses, seed);
    List<Bench.Result> results = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (Bench.Kind k : kinds) {
      if (k == Bench.Kind.BATCH && !batchThere) {
        unavailable.add(k.label());
        err.println("bench: batch: not available (no batch source on the classpath)");
        continue;
      }
      err.println("bench: " + k.label() + " ...");
      err.flush();
      results.add(Bench.run(learner, spoken, k, latency, concurrency, keysPerCall, root, keep));
    }
    if (keep) {
      err.println("bench: archives kept under " + root);
    }
    err.flush();
    printTable(out, results, unavailable);
    out.println(json(results, unavailable));
    out.flush();
    return 0;
  }

  private void printTable(PrintWriter out, List<Bench.Result> results, List<String> unavailable) {
    out.printf(
        Locale.ROOT,
        "synthetic learner: %d courses, seed %d, the API of %s; latency %d ms; concurrency %d%n",
        courses,
        seed,
        era,
        latencyMillis,
        concurrency);
    String header =
        String.format(
            Locale.ROOT,
            "%-8s %4s %4s %8s %8s %7s %3s %8s %8s %6s %6s %8s %8s %8s %9s %7s %s",
            "source",
            "C",
            "kpc",
            "requests",
            "minimal",
            "excess",
            "D",
            "wall s",
            "bound s",
            "ratio",
            "inflt",
            "heap MB",
            "live MB",
            "arch MB",
            "courses/s",
            "MB/s",
            "complete");
    out.println(header);
    for (Bench.Result r : results) {
      out.printf(
          Locale.ROOT,
          "%-8s %4d %4d %8d %8d %6.1f%% %3d %8.2f %8.2f %6.2f %6d %8.1f %8.1f %8.1f %9.1f %7.2f"
              + " %s%n",
          r.kind().label(),
          r.concurrency(),
          r.keysPerCall(),
          r.requests(),
          r.minimal(),
          r.excess() * 100,
          r.depth(),
          r.wallSeconds(),
          r.boundSeconds(),
          r.ratio(),
          r.maxInFlight(),
          r.peakHeapBytes() / 1e6,
          r.liveHeapBytes() / 1e6,
          r.archiveBytes() / 1e6,
          r.coursesPerSecond(),
          r.archiveMegabytesPerSecond(),
          r.complete() ? "yes" : "NO");
    }
    for (String u : unavailable) {
      out.printf(Locale.ROOT, "%-8s not available%n", u);
    }
    for (Bench.Result r : results) {
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%-8s phases:", r.kind().label()));
      r.phases()
          .forEach(
              (phase, at) -> line.append(String.format(Locale.ROOT, " %s @%.2f s;", phase, at)));
      out.println(line);
    }
    Bench.Result http = find(results, Bench.Kind.HTTP);
    Bench.Result batch = find(results, Bench.Kind.BATCH);
    Bench.Result base = find(results, Bench.Kind.BASELINE);
    if (base != null && http != null) {
      out.printf(
          Locale.ROOT,
          "speed-up of http over the sequential baseline: %.2fx%n",
          base.wallSeconds() / http.wallSeconds());
    }
    if (base != null && batch != null) {
      out.printf(
          Locale.ROOT,
          "speed-up of batch over the sequential baseline: %.2fx%n",
          base.wallSeconds() / batch.wallSeconds());
    }
    if (http != null && batch != null) {
      out.printf(
          Locale.ROOT, "batch over http: %.2fx faster%n", http.wallSeconds() / batch.wallSeconds());
    }
  }

  private static Bench.@Nullable Result find(List<Bench.Result> results, Bench.Kind kind) {
    for (Bench.Result r : results) {
      if (r.kind() == kind) {
        return r;
      }
    }
    return null;
  }

  private String json(List<Bench.Result> results, List<String> unavailable) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("bench", "courseport");
    root.put("courses", courses);
    root.put("seed", seed);
    root.put("latencyMs", latencyMillis);
    root.put("concurrency", concurrency);
    root.put("cpus", Runtime.getRuntime().availableProcessors());
    root.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    root.put("heapMeasure", "GC notifications: heap used before a collection (peak), after (live)");
    ArrayNode rows = root.putArray("results");
    for (Bench.Result r : results) {
      ObjectNode o = rows.addObject();
      o.put("source", r.kind().label());
      o.put("concurrency", r.concurrency());
      o.put("keysPerCall", r.keysPerCall());
      o.put("requests", r.requests());
      o.put("batchSubRequests", r.subRequests());
      o.put("minimalRequests", r.minimal());
      o.put("dependencyDepth", r.depth());
      o.put("wallSeconds", round(r.wallSeconds()));
      o.put("boundSeconds", round(r.boundSeconds()));
      o.put("wallOverBound", round(r.ratio()));
      o.put("maxInFlight", r.maxInFlight());
      o.put("peakHeapBytes", r.peakHeapBytes());
      o.put("liveHeapBytes", r.liveHeapBytes());
      o.put("archiveBytes", r.archiveBytes());
      o.put("coursesPerSecond", round(r.coursesPerSecond()));
      o.put("archiveMBPerSecond", round(r.archiveMegabytesPerSecond()));
      o.put("complete", r.complete());
      ObjectNode per = o.putObject("perResource");
      r.perResource().forEach(per::put);
      ObjectNode phases = o.putObject("phaseStartSeconds");
      r.phases().forEach((phase, at) -> phases.put(phase, round(at)));
    }
    ArrayNode na = root.putArray("notAvailable");
    unavailable.forEach(na::add);
    Bench.Result http = find(results, Bench.Kind.HTTP);
    Bench.Result batch = find(results, Bench.Kind.BATCH);
    Bench.Result base = find(results, Bench.Kind.BASELINE);
    if (base != null && http != null) {
      root.put("speedupHttpOverBaseline", round(base.wallSeconds() / http.wallSeconds()));
    }
    if (base != null && batch != null) {
      root.put("speedupBatchOverBaseline", round(base.wallSeconds() / batch.wallSeconds()));
    }
    if (http != null && batch != null) {
      root.put("speedupBatchOverHttp", round(http.wallSeconds() / batch.wallSeconds()));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : -1;
  }
}
