package io.github.courseport.export.cli;

import io.github.courseport.export.app.Console;
import io.github.courseport.export.app.ExportComponent;
import io.github.courseport.export.app.ExportOptions;
import io.github.courseport.export.app.RunOptions;
import io.github.courseport.export.archive.BagArchive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code courseport export}: writes the learner's archive. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Exports your Coursera learning record into a BagIt archive.",
      "",
      "Your session is the CAUTH cookie of a signed-in browser: give it with --cookie-file FILE"
          + " (the bare value, or a cookies.txt exported by a browser extension; a CSRF3-Token in"
          + " it is used too) or the environment variables COURSERA_CAUTH and"
          + " COURSERA_CSRF3_TOKEN. It is never accepted on the command line, never logged and"
          + " never written into the archive.",
      "",
      "Examples:",
      "  courseport export --demo --out demo-archive",
      "  courseport export --cookie-file ~/.coursera-cauth --out my-coursera",
      "  courseport export --cookie-file cookies.txt --out my-coursera.zip",
      "  courseport export --cookie-file ~/.coursera-cauth --out my-coursera --resume",
      "  courseport export --cookie-file ~/.coursera-cauth --out quick --no-work",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the archive is complete",
      "1:an unexpected error (run with --verbose for details)",
      "2:usage error (a wrong option, an --out that exists...)",
      "3:the archive was written but is incomplete; its completeness.json says what is missing"
          + " and why",
      "4:no session given, or Coursera rejected it (expired or wrong cookie)",
      "5:Coursera cannot be reached (connection refused, unknown host, TLS failure, or no usable"
          + " answer before the export could begin); try again later",
      "130:interrupted (Ctrl-C); finished courses are kept, continue with --resume"
    })
public final class ExportCommand implements Callable<Integer> {
  /** Requests per course of the forum search when {@code --forums} gives no number. */
  static final int FORUM_REQUESTS = 50;

  private final Map<String, String> env;
  private final @Nullable Boolean terminal;

  /**
   * A command that reads the session from these environment variables.
   *
   * @param terminal whether standard error is a terminal (progress bar) or not (log lines); null to
   *     ask the JVM
   */
  public ExportCommand(Map<String, String> env, @Nullable Boolean terminal) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** A command that reads the process's environment. */
  public ExportCommand() {
    this(System.getenv(), null);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--demo",
      description =
          "Export the embedded demo learner from a fake Coursera server started on a free"
              + " loopback port (through the real HTTP adapter). Needs no account.")
  boolean demo;

  @Option(
      names = "--later",
      paramLabel = "DAYS",
      description =
          "With --demo: export the demo learner as it is DAYS days later (1-3650): progress"
              + " made, a grade improved, a deadline moved, one course joined and one left. For"
              + " trying courseport diff.")
  @Nullable Integer later;

  @Option(
      names = "--era",
      paramLabel = "ERA",
      description =
          "With --demo: which generation of Coursera's API the demo server speaks: today (the"
              + " default: the routes that answer now, the retired ones answering the web app's"
              + " page) or 2015 (the routes of the 2015 notes).")
  @Nullable String era;

  @Option(
      names = "--cookie-file",
      paramLabel = "FILE",
      description = "File with your CAUTH cookie: the bare value, or a Netscape cookies.txt.")
  @Nullable Path cookieFile;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      defaultValue = "http",
      description =
          "Where to read from: http (one request per resource), batch (packs requests into"
              + " POST /api/batch, falls back to http when that endpoint is gone), or the name of"
              + " a plug-in source (added with COURSEPORT_PLUGINS). All of them are listed below"
              + " and by courseport sources. Default: ${DEFAULT-VALUE}.")
  String source = "http";

  @Option(
      names = "--source-option",
      paramLabel = "KEY=VALUE",
      description =
          "An option of the chosen source, e.g. --source-option file=recording.json for a"
              + " plug-in that reads a file. Repeat it for several; the listing of courseport"
              + " sources shows the options of each source.")
  Map<String, String> sourceOptions = new java.util.LinkedHashMap<>();

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "Where the archive goes; it must not exist yet. A name ending in .zip gives a zip file,"
              + " any other a folder. Until it is complete, it is NAME.partial beside it."
              + " Default: coursera-archive, or with --format zip coursera-archive.zip.")
  @Nullable Path out;

  @Option(
      names = "--format",
      paramLabel = "dir|zip",
      description =
          "dir (a folder) or zip (one .zip file). Default: zip when --out ends in .zip, else dir.")
  @Nullable String format;

  @Option(
      names = "--csv-bom",
      description =
          "Start the CSV files (grades.csv, item-grades.csv) with a UTF-8 byte-order mark, for"
              + " spreadsheets that need one to read non-ASCII names right.")
  boolean csvBom;

  @Option(
      names = "--no-work",
      description =
          "Leave out your own work (quiz and exam attempts, peer submissions and the reviews they"
              + " received, programming assignments, discussion answers, notes, certificates) for"
              + " a quicker export. It is not asked at all, and completeness.json says so.")
  boolean noWork;

  @Option(
      names = "--forums",
      paramLabel = "REQUESTS",
      arity = "0..1",
      fallbackValue = "" + FORUM_REQUESTS,
      description =
          "Also search each course's whole forums for your posts (threads you started, answers"
              + " you wrote), at most REQUESTS requests per course (default "
              + FORUM_REQUESTS
              + "). Off by default: no finder by author is known, so this reads everyone's posts;"
              + " the record says whether the budget ran out.")
  @Nullable Integer forums;

  @Option(
      names = "--strict-batch",
      description =
          "With --source batch: stop with an error when POST /api/batch is gone, instead of"
              + " falling back to one request per resource.")
  boolean strictBatch;

  @Option(
      names = "--resume",
      description =
          "Continue an interrupted export into the same --out: only what is not finished is"
              + " fetched again.")
  boolean resume;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Requests in flight at most (1-64). Keep it low for Coursera's sake. Default:"
              + " ${DEFAULT-VALUE}.")
  int concurrency = 4;

  @Option(
      names = "--rate-limit",
      paramLabel = "PER_SECOND",
      description =
          "Requests per second at most, retries included (0: no limit). Default: 10 for"
              + " Coursera, no limit for a server on this machine (the demo, serve-fixtures).")
  @Nullable Double rateLimit;

  @Option(
      names = "--retry-backoff",
      paramLabel = "MS",
      description =
          "Upper bound of the first wait before a retry, in milliseconds; later waits double"
              + " (with random jitter). Default: 500.")
  @Nullable Long retryBackoff;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Base URL of Coursera's internal API host (default https://www.coursera.org).")
  @Nullable URI baseUrl;

  @Option(
      names = "--api-base-url",
      paramLabel = "URL",
      description = "Base URL of Coursera's public API host (default https://api.coursera.org).")
  @Nullable URI apiBaseUrl;

  @Option(names = "--quiet", description = "Print only the final line (and errors).")
  boolean quiet;

  @Option(names = "--verbose", description = "Print every phase and course, and error details.")
  boolean verbose;

  @Override
  @SuppressWarnings("SystemConsoleNull") // Java 17: null means "not a terminal", as intended
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    Path target = out;
    boolean zipName =
        target != null
            && target.getFileName() != null
            && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    BagArchive.Format f;
    if (format == null) {
      f = zipName ? BagArchive.Format.ZIP : BagArchive.Format.DIR;
    } else {
      switch (format.toLowerCase(Locale.ROOT)) {
        case "dir" -> f = BagArchive.Format.DIR;
        case "zip" -> f = BagArchive.Format.ZIP;
        default ->
            throw new CommandLine.ParameterException(
                cmd, "--format must be dir or zip, not '" + format + "'");
      }
      if (f == BagArchive.Format.DIR && zipName) {
        throw new CommandLine.ParameterException(
            cmd,
            "--out "
                + target
                + " names a .zip file, but --format dir writes a folder: drop --format dir for a"
                + " zip, or give --out a name without .zip for a folder");
      }
    }
    if (target == null) {
      target = Path.of(f == BagArchive.Format.ZIP ? "coursera-archive.zip" : "coursera-archive");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new CommandLine.ParameterException(cmd, "--concurrency must be between 1 and 64");
    }
    if (rateLimit != null && (rateLimit < 0 || rateLimit.isNaN())) {
      throw new CommandLine.ParameterException(cmd, "--rate-limit must be 0 or more");
    }
    if (retryBackoff != null && (retryBackoff < 0 || retryBackoff > 60_000)) {
      throw new CommandLine.ParameterException(cmd, "--retry-backoff must be 0..60000 ms");
    }
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(cmd, "--quiet and --verbose exclude each other");
    }
    if (demo && (cookieFile != null || baseUrl != null || apiBaseUrl != null)) {
      throw new CommandLine.ParameterException(
          cmd, "--demo uses its own server and session: drop --cookie-file and the base URLs");
    }
    if (later != null && (!demo || later < 1 || later > 3650)) {
      throw new CommandLine.ParameterException(
          cmd, "--later DAYS needs --demo and DAYS between 1 and 3650");
    }
    if (era != null && (!demo || !List.of("today", "2015").contains(era))) {
      throw new CommandLine.ParameterException(cmd, "--era ERA needs --demo and ERA today or 2015");
    }
    if (forums != null && (forums < 1 || forums > 10_000)) {
      throw new CommandLine.ParameterException(
          cmd, "--forums REQUESTS must be between 1 and 10000 requests per course");
    }
    if (forums != null && noWork) {
      throw new CommandLine.ParameterException(
          cmd, "--forums searches for your own posts, which --no-work leaves out: choose one");
    }
    checkUrl(cmd, baseUrl, "--base-url");
    checkUrl(cmd, apiBaseUrl, "--api-base-url");
    RunOptions run =
        new RunOptions(
            target,
            f,
            concurrency,
            resume,
            quiet,
            verbose,
            csvBom,
            noWork,
            forums == null ? 0 : forums);
    ExportOptions options =
        new ExportOptions(
            demo,
            baseUrl,
            apiBaseUrl,
            cookieFile,
            source,
            rateLimit,
            retryBackoff,
            strictBatch,
            later == null ? 0 : later,
            era == null ? "today" : era,
            sourceOptions);
    Console console =
        new Console(
            cmd.getOut(),
            cmd.getErr(),
            terminal != null ? terminal.booleanValue() : System.console() != null);
    return ExportComponent.create(run, console, Clock.systemUTC(), env).exportRunner().run(options);
  }

  private static void checkUrl(CommandLine cmd, @Nullable URI uri, String option) {
    if (uri == null) {
      return;
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null) {
      throw new CommandLine.ParameterException(
          cmd, option + " must be an http(s) URL with a host, e.g. https://www.coursera.org");
    }
    if (uri.getUserInfo() != null) {
      throw new CommandLine.ParameterException(cmd, option + " must not carry user information");
    }
  }
}
