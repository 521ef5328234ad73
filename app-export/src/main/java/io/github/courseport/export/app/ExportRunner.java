package io.github.courseport.export.app;

import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.CourseportException;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportResult;
import io.github.courseport.core.export.ExportScope;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.log.UserLog;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;
import io.github.courseport.export.source.SourceRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.inject.Named;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * Runs one export from options to exit code: finds the session (or starts the demo), opens the
 * source and the archive, runs the use case with a progress display, and says how it ended. The
 * last line it prints always says whether the archive is complete.
 */
public final class ExportRunner {
  /** Requests per second to a real Coursera host unless --rate-limit says otherwise. */
  static final double DEFAULT_RATE_LIMIT = 10;

  /** Tries to reach a host before an export: few, as a refused connection rarely heals at once. */
  static final int REACH_ATTEMPTS = 3;

  /** How long a connection may take to open, as the HTTP adapter's default. */
  static final java.time.Duration CONNECT_TIMEOUT = java.time.Duration.ofSeconds(10);

  private final RunOptions options;
  private final Console console;
  private final Clock clock;
  private final Map<String, String> env;
  private final SourceRegistry sources;
  private final DemoServer demo;
  private final List<RecordRenderer> views;

  /** Why the learner's own work is missing from an export run with {@code --no-work}. */
  public static final String NO_WORK =
      "not asked, on request (courseport export --no-work: the quick export leaves out the"
          + " learner's own work)";

  /** The bag-info label that records the forum search's budget, so that a rebuild asks the same. */
  public static final String FORUMS_LABEL = BagLayout.FORUM_REQUESTS_LABEL;

  /** Whether this run rebuilds an archive (its messages say so) rather than exporting. */
  private boolean rebuild;

  @Inject
  ExportRunner(
      RunOptions options,
      Console console,
      Clock clock,
      @Named("env") Map<String, String> env,
      SourceRegistry sources,
      DemoServer demo,
      List<RecordRenderer> views) {
    this.options = options;
    this.console = console;
    this.clock = clock;
    this.env = env;
    this.sources = sources;
    this.demo = demo;
    this.views = views;
  }

  /**
   * Runs the export and returns the exit code.
   *
   * @param asked where the record comes from: the source, its session and hosts
   */
  public int run(ExportOptions asked) {
    // Everything the user gave is checked before anything starts (a server, threads, files).
    try {
      BagArchive.checkTarget(options.out(), options.resume());
    } catch (ArchiveException e) {
      return fail(ExitCodes.USAGE, ArchiveRefusals.forExport(e));
    }
    Optional<SourceFactory> factory = sources.find(asked.source());
    if (factory.isEmpty()) {
      return fail(
          ExitCodes.USAGE,
          "unknown source '"
              + asked.source()
              + "'. Available: "
              + String.join(", ", sources.describe().keySet()));
    }
    SourceFactory source = factory.get();
    java.util.Set<String> unknown = new java.util.TreeSet<>(asked.sourceOptions().keySet());
    unknown.removeAll(source.options().keySet());
    if (!unknown.isEmpty()) {
      return fail(
          ExitCodes.USAGE,
          "the source "
              + source.name()
              + " has no option "
              + String.join(", ", unknown)
              + (source.options().isEmpty()
                  ? "; it takes none"
                  : "; it takes " + String.join(", ", source.options().keySet()))
              + " (courseport sources lists every source's options)");
    }
    boolean needsSession = source.provider().needsSession();
    if (!needsSession
        && (asked.demo()
            || asked.cookieFile() != null
            || asked.wwwBase() != null
            || asked.apiBase() != null)) {
      return fail(
          ExitCodes.USAGE,
          "the source "
              + source.name()
              + " reads no Coursera session: drop --demo, --cookie-file and the base URLs");
    }
    Credentials given = null;
    if (needsSession && !asked.demo()) {
      Optional<Credentials> found;
      try {
        found = CredentialsReader.read(asked.cookieFile(), env);
      } catch (CredentialsReader.CookieFileException e) {
        return fail(
            ExitCodes.AUTHENTICATION, e.getMessage() + "\n" + CredentialsReader.WHERE_TO_FIND_IT);
      }
      if (found.isEmpty()) {
        return fail(
            ExitCodes.AUTHENTICATION,
            "No Coursera session given: pass --cookie-file FILE or set COURSERA_CAUTH (never the"
                + " cookie itself on the command line).\n"
                + CredentialsReader.WHERE_TO_FIND_IT);
      }
      given = found.get();
    }
    AtomicReference<@Nullable SourceHandle> handle = new AtomicReference<>();
    SourceHandle none =
        new SourceHandle() {
          @Override
          public io.github.courseport.core.port.SourcePorts ports() {
            throw new IllegalStateException("not open");
          }
        };
    ProgressReporter progress =
        new ProgressReporter(
            console,
            options.quiet(),
            options.verbose(),
            () -> {
              SourceHandle h = handle.get();
              return h != null ? h : none;
            });
    Level shown = options.verbose() ? Level.DEBUG : options.quiet() ? Level.ERROR : Level.WARN;
    UserLog.Attachment logs = UserLog.attach(shown, progress::log);
    try {
      if (!needsSession) {
        SourceSettings settings =
            SourceSettings.withoutSession(options.concurrency(), asked.sourceOptions());
        return export(source, () -> source.open(settings), text -> text, a -> {}, progress, handle);
      }
      if (given != null) {
        URI www = asked.wwwBase() != null ? asked.wwwBase() : SourceSettings.COURSERA_WWW;
        URI api = asked.apiBase() != null ? asked.apiBase() : SourceSettings.COURSERA_API;
        if (source.reachesHosts()) {
          Optional<String> unreachable = reach(asked, www, api);
          if (unreachable.isPresent()) {
            return fail(ExitCodes.UNREACHABLE, unreachable.get());
          }
        }
        SourceSettings settings = settings(asked, www, api, given);
        Credentials session = given;
        return export(
            source, () -> source.open(settings), session::redact, a -> {}, progress, handle);
      }
      try (DemoServer.Running server = demo.start(asked.laterDays(), asked.demoEra())) {
        info("demo: a fake Coursera server with the demo learner listens at " + server.baseUri());
        SourceSettings settings =
            settings(asked, server.baseUri(), server.baseUri(), server.credentials());
        return export(
            source,
            () -> source.open(settings),
            server.credentials()::redact,
            a -> {},
            progress,
            handle);
      }
    } finally {
      logs.close();
    }
  }

  /**
   * Checks that both hosts can be reached, with a short bounded retry that says what it does.
   *
   * @return the message to end with when one cannot be reached
   */
  private Optional<String> reach(ExportOptions asked, URI www, URI api) {
    Long givenBackoff = asked.retryBackoffMillis();
    long backoff = givenBackoff != null ? givenBackoff : 1000;
    for (URI uri :
        www.getHost().equals(api.getHost()) && port(www) == port(api)
            ? List.of(www)
            : List.of(www, api)) {
      String address = Reachability.address(uri);
      for (int attempt = 1; ; attempt++) {
        Optional<String> problem = Reachability.problem(uri, CONNECT_TIMEOUT);
        if (problem.isEmpty()) {
          break;
        }
        if (attempt == REACH_ATTEMPTS) {
          return Optional.of(
              "Cannot reach "
                  + address
                  + ": "
                  + problem.get()
                  + ". Nothing was exported; check the network connection"
                  + (asked.wwwBase() != null || asked.apiBase() != null
                      ? " and --base-url / --api-base-url"
                      : "")
                  + ", then run the command again.");
        }
        long wait = backoff << (attempt - 1);
        info(
            "cannot reach "
                + address
                + " ("
                + problem.get()
                + "); trying again in "
                + seconds(wait)
                + " (attempt "
                + (attempt + 1)
                + " of "
                + REACH_ATTEMPTS
                + ")");
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.of("Interrupted while trying to reach " + address + ".");
        }
      }
    }
    return Optional.empty();
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
  }

  private static String seconds(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private SourceSettings settings(ExportOptions asked, URI www, URI api, Credentials credentials) {
    Double givenRate = asked.rateLimit();
    double rate =
        givenRate != null ? givenRate : isLoopback(www) && isLoopback(api) ? 0 : DEFAULT_RATE_LIMIT;
    Long backoff = asked.retryBackoffMillis();
    SourceSettings.Transport transport =
        new SourceSettings.Transport(
            Version.get(),
            rate,
            backoff != null ? java.time.Duration.ofMillis(backoff) : null,
            asked.strictBatch());
    return new SourceSettings(
        www, api, credentials, options.concurrency(), transport, asked.sourceOptions());
  }

  private static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    return host != null
        && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
  }

  /**
   * Rebuilds an archive: runs the same export (use case, archive writer, views) over an already
   * open source that answers from an old archive's raw answers, writing to {@code --out}.
   *
   * @param source the replay source; closed at the end
   * @param provenance lines added to the new bag's {@code bag-info.txt}
   * @return the exit code
   */
  public int rebuild(SourceHandle source, Map<String, String> provenance) {
    rebuild = true;
    try {
      BagArchive.checkTarget(options.out(), false);
    } catch (ArchiveException e) {
      source.close();
      return fail(ExitCodes.USAGE, ArchiveRefusals.forRebuild(e));
    }
    AtomicReference<@Nullable SourceHandle> handle = new AtomicReference<>(source);
    ProgressReporter progress =
        new ProgressReporter(console, options.quiet(), options.verbose(), () -> source);
    Level shown = options.verbose() ? Level.DEBUG : options.quiet() ? Level.ERROR : Level.WARN;
    UserLog.Attachment logs = UserLog.attach(shown, progress::log);
    try {
      return export(
          null,
          () -> source,
          text -> text,
          archive -> provenance.forEach(archive::bagInfo),
          progress,
          handle);
    } finally {
      logs.close();
    }
  }

  /**
   * Opens the source, then the archive, and runs the export.
   *
   * @param factory the source's factory, named in the archive's {@code bag-info.txt}; null for a
   *     rebuild, whose provenance lines say where it came from
   */
  private int export(
      @Nullable SourceFactory factory,
      java.util.function.Supplier<SourceHandle> open,
      java.util.function.UnaryOperator<String> redact,
      java.util.function.Consumer<BagArchive> prepare,
      ProgressReporter progress,
      AtomicReference<@Nullable SourceHandle> handle) {
    // The source first: one that cannot open (a bad option, a file it cannot read) leaves nothing
    // behind, not even an empty NAME.partial that would block the next run.
    SourceHandle opened;
    try {
      opened = open.get();
    } catch (IllegalArgumentException e) {
      return fail(
          ExitCodes.USAGE,
          "the source "
              + (factory != null ? factory.name() : "")
              + " cannot start: "
              + redact.apply(String.valueOf(e.getMessage()))
              + ". Nothing was written.");
    } catch (RuntimeException e) {
      // A plug-in's bug, not the user's: said in one line, and still nothing is written.
      return fail(
          ExitCodes.UNEXPECTED,
          "the source "
              + (factory != null ? factory.name() : "")
              + " failed to start: "
              + e.getClass().getSimpleName()
              + ": "
              + redact.apply(String.valueOf(e.getMessage()))
              + ". Nothing was written.");
    }
    BagArchive archive;
    try {
      archive =
          BagArchive.open(
              options.out(), options.format(), options.resume(), clock, Version.get(), redact);
    } catch (ArchiveException e) {
      opened.close();
      return fail(
          ExitCodes.USAGE, rebuild ? ArchiveRefusals.forRebuild(e) : ArchiveRefusals.forExport(e));
    }
    views.forEach(archive::renderer);
    if (factory != null) {
      archive.bagInfo(BagArchive.SOURCE_LABEL, factory.name());
    }
    prepare.accept(archive);
    if (options.forumRequestsPerCourse() > 0) {
      archive.bagInfo(FORUMS_LABEL, Integer.toString(options.forumRequestsPerCourse()));
    }
    // A thread per port call in flight: the export bounds them (SourcePorts.callsInFlight).
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "courseport-export");
              t.setDaemon(true);
              return t;
            });
    Thread exporter = Thread.currentThread();
    Thread onCtrlC =
        new Thread(
            () -> {
              exporter.interrupt();
              try {
                exporter.join(20_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "courseport-ctrl-c");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    boolean hookActive = true;
    try (SourceHandle source = opened) {
      handle.set(source);
      ExportResult result =
          new ExportLearningRecord(
                  source.ports(), archive, pool, options.concurrency(), progress, scope())
              .run();
      progress.done();
      return summarize(result, archive.renderProblems(), archive);
    } catch (ExportInterruptedException e) {
      progress.done();
      return fail(
          ExitCodes.INTERRUPTED,
          "Interrupted. Finished courses are kept in "
              + archive.workDirectory()
              + ". To continue, run the same command again with --resume.");
    } catch (AuthenticationException e) {
      progress.done();
      return fail(
          ExitCodes.AUTHENTICATION,
          "Coursera rejected the session ("
              + redact.apply(e.userMessage())
              + "). The CAUTH cookie is missing, expired or wrong; sign in again and copy a fresh"
              + " one.\n"
              + CredentialsReader.WHERE_TO_FIND_IT
              + "\nWhat was finished is kept: add --resume to continue with a new cookie.");
    } catch (CourseportException e) {
      // The use case throws this only when the learner could not even be identified.
      progress.done();
      boolean discarded = !options.resume() && archive.discardIfEmpty();
      String message = redact.apply(e.userMessage());
      if (e.retryable()) {
        return fail(
            ExitCodes.UNREACHABLE,
            message
                + " Coursera did not answer usably"
                + (discarded ? "" : " (what came back is kept in " + archive.workDirectory() + ")")
                + "; try again later.");
      }
      return fail(ExitCodes.UNEXPECTED, message);
    } catch (RuntimeException e) {
      progress.done();
      String detail = redact.apply(String.valueOf(e.getMessage()));
      if (options.verbose()) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        console.err().println(redact.apply(trace.toString()));
      }
      return fail(
          ExitCodes.UNEXPECTED,
          "Unexpected error: "
              + e.getClass().getSimpleName()
              + ": "
              + detail
              + (options.verbose() ? "" : " (run with --verbose for details)"));
    } finally {
      pool.shutdownNow();
      archive.close();
      if (hookActive) {
        try {
          Runtime.getRuntime().removeShutdownHook(onCtrlC);
        } catch (IllegalStateException shuttingDown) {
          hookActive = false;
        }
      }
    }
  }

  /** What the export asks: the learner's own work unless left out, the forums when asked. */
  private ExportScope scope() {
    if (options.noWork()) {
      return ExportScope.DEFAULT.withoutLearnersWork(NO_WORK);
    }
    return ExportScope.DEFAULT.withForums(options.forumRequestsPerCourse());
  }

  private int summarize(ExportResult result, List<String> viewProblems, BagArchive archive) {
    String where = archive.target().toString();
    viewProblems.forEach(p -> console.err().println("courseport: " + p));
    // Each route the run found gone, once: those no other route replaced are what Coursera no
    // longer serves (not carried, the export stays complete); the others cost gaps.
    for (LearnedUnavailable l : LearnedUnavailable.of(result.report())) {
      if (!options.quiet()) {
        console
            .err()
            .println(
                "courseport: "
                    + l.resource()
                    + " is gone ("
                    + l.why()
                    + "), asked no more in this run; "
                    + l.parts().size()
                    + " part(s) of the record lack it (completeness.json names them).");
      }
    }
    if (result.complete() && viewProblems.isEmpty()) {
      console
          .out()
          .println(
              (rebuild ? "Rebuild complete: " : "Export complete: ")
                  + result.coursesTotal()
                  + " courses of user "
                  + result.user()
                  + " in "
                  + where
                  + (result.coursesResumed() > 0
                      ? " (" + result.coursesResumed() + " resumed from the interrupted run)"
                      : "")
                  + ". Check it any time with: courseport verify "
                  + where);
      console.out().flush();
      return ExitCodes.COMPLETE;
    }
    List<String> gaps = new java.util.ArrayList<>();
    result
        .report()
        .gaps()
        .forEach(
            g ->
                gaps.add(
                    g.family()
                        + (g.key().isEmpty() ? "" : " of " + g.key())
                        + ": "
                        + g.status().name().toLowerCase(java.util.Locale.ROOT)
                        + ", "
                        + g.reason()));
    gaps.addAll(viewProblems);
    console.err().println(rebuild ? "What could not be rebuilt:" : "What could not be fetched:");
    gaps.stream()
        .limit(options.verbose() ? Long.MAX_VALUE : 10)
        .forEach(g -> console.err().println("  - " + g));
    if (!options.verbose() && gaps.size() > 10) {
      console.err().println("  ... and " + (gaps.size() - 10) + " more (see completeness.json)");
    }
    console.err().flush();
    console
        .out()
        .println(
            (rebuild ? "Rebuild INCOMPLETE: " : "Export INCOMPLETE: ")
                + gaps.size()
                + (rebuild
                    ? " items could not be rebuilt from the old archive's raw answers; the archive at "
                    : " items could not be fetched; the archive at ")
                + where
                + " has everything else, and data/record/completeness.json says what is missing"
                + " and why.");
    console.out().flush();
    return ExitCodes.INCOMPLETE;
  }

  private void info(String line) {
    if (!options.quiet()) {
      console.err().println("courseport: " + line);
      console.err().flush();
    }
  }

  private int fail(int code, String message) {
    console.err().println("courseport: " + message);
    console.err().flush();
    return code;
  }
}
