package io.github.courseport.export.cli;

import io.github.courseport.export.app.ArchiveRefusals;
import io.github.courseport.export.app.BuiltInSources;
import io.github.courseport.export.app.Console;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.app.ExportComponent;
import io.github.courseport.export.app.RunOptions;
import io.github.courseport.export.app.Version;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.replay.Rebuild;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;
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
import picocli.CommandLine.Parameters;

/** {@code courseport rebuild}: a new archive derived again from an old archive's raw answers. */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Rebuilds an archive from the raw answers it keeps, without any network access.",
      "",
      "Every archive keeps each answer of Coursera's byte for byte under data/raw/. rebuild"
          + " reads them again through this Courseport's mapping and writes a new archive, with"
          + " the record, the views (index.html, CSV, calendar, xAPI, SQLite) and the raw answers:"
          + " a newer Courseport improves an old archive, even after Coursera retired the"
          + " endpoints. A request the old archive holds no answer to becomes a named gap of the"
          + " new one (exit 3); nothing is ever fetched.",
      "",
      "OLD is checked first (as courseport verify does); a damaged archive is refused unless"
          + " --force, which rebuilds from what is intact and says what it skipped. The new"
          + " bag-info.txt names what it was rebuilt from (Rebuilt-From-*).",
      "",
      "Examples:",
      "  courseport rebuild my-coursera --out my-coursera-rebuilt",
      "  courseport rebuild my-coursera.zip --out my-coursera-rebuilt.zip",
      "",
      "Then courseport diff OLD NEW shows what this Courseport reads differently.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the new archive is complete",
      "1:an unexpected error (run with --verbose for details)",
      "2:usage error (a wrong option, OLD missing or not an archive, an --out that exists...)",
      "3:the new archive was written but is incomplete: some requests have no answer in OLD"
          + " (each is named, and listed in completeness.json)",
      "4:OLD fails verification (add --force to rebuild from what is intact)"
    })
public final class RebuildCommand implements Callable<Integer> {
  /** OLD fails verification and --force was not given. */
  static final int OLD_INVALID = 4;

  private final Map<String, String> env;
  private final @Nullable Boolean terminal;

  /** A command that shows progress as {@code terminal} says (null: ask the JVM). */
  public RebuildCommand(Map<String, String> env, @Nullable Boolean terminal) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** A command for the process's console. */
  public RebuildCommand() {
    this(System.getenv(), null);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The archive to rebuild from: a folder or a .zip file.")
  Path old = Path.of(".");

  @Option(
      names = "--out",
      paramLabel = "NEW",
      required = true,
      description =
          "Where the new archive goes; it must not exist yet. A name ending in .zip gives a zip"
              + " file, any other a folder.")
  Path out = Path.of(".");

  @Option(
      names = "--format",
      paramLabel = "dir|zip",
      description =
          "dir (a folder) or zip (one .zip file). Default: zip when --out ends in .zip, else dir.")
  @Nullable String format;

  @Option(
      names = "--force",
      description =
          "Rebuild even when OLD fails verification: answers whose files are missing or damaged"
              + " are skipped (and become gaps), and the new bag-info.txt says so.")
  boolean force;

  @Option(names = "--quiet", description = "Print only the final line (and errors).")
  boolean quiet;

  @Option(names = "--verbose", description = "Print every phase and course, and error details.")
  boolean verbose;

  @Override
  @SuppressWarnings("SystemConsoleNull") // Java 17: null means "not a terminal", as intended
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(cmd, "--quiet and --verbose exclude each other");
    }
    BagArchive.Format f = format(cmd);
    Console console =
        new Console(
            cmd.getOut(),
            cmd.getErr(),
            terminal != null ? terminal.booleanValue() : System.console() != null);
    if (old.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      return fail(console, ExitCodes.USAGE, "--out must be another path than OLD");
    }
    try {
      BagArchive.checkTarget(out, false);
    } catch (ArchiveException e) {
      return fail(console, ExitCodes.USAGE, ArchiveRefusals.forRebuild(e));
    }
    Rebuild rebuild;
    try {
      rebuild =
          Rebuild.open(
              old,
              force,
              Version.get(),
              name -> BuiltInSources.registry().find(name).map(SourceFactory::provider));
    } catch (ArchiveException e) {
      return fail(console, ExitCodes.USAGE, e.userMessage());
    } catch (Rebuild.Refused e) {
      return refused(console, e);
    }
    if (!rebuild.problems().isEmpty()) {
      list(console, rebuild.problems(), 10);
      console
          .err()
          .println(
              "courseport: warning: "
                  + old
                  + " fails verification ("
                  + rebuild.problems().size()
                  + " problems, listed above); rebuilding anyway (--force) from what is"
                  + " intact.");
    }
    RunOptions options =
        RunOptions.rebuild(
            out, f, quiet, verbose, rebuild.csvBom(), rebuild.workLeftOut(), rebuild.forumBudget());
    if (!quiet) {
      console
          .err()
          .println(
              "courseport: rebuilding from "
                  + rebuild.answers()
                  + " raw answers of "
                  + old
                  + " (exported "
                  + rebuild.info().get("Export-Started", "at an unknown time")
                  + " by Courseport "
                  + rebuild.info().get("Courseport-Version", "?")
                  + "); nothing is fetched");
      console.err().flush();
    }
    SourceHandle source =
        SourceHandle.of(rebuild.ports(), rebuild::requests, () -> 0, rebuild::close);
    int code =
        ExportComponent.create(options, console, Clock.systemUTC(), env)
            .exportRunner()
            .rebuild(source, rebuild.provenance());
    List<String> skipped = rebuild.skipped();
    if (!skipped.isEmpty()) {
      console.err().println("courseport: skipped from " + old + " (unusable, so not replayed):");
      list(console, skipped, verbose ? Integer.MAX_VALUE : 20);
      console.err().flush();
    }
    return code;
  }

  /** Words a refusal of the library for the command line. */
  private int refused(Console console, Rebuild.Refused e) {
    return switch (e.reason()) {
      case NOT_AN_ARCHIVE ->
          fail(
              console,
              ExitCodes.USAGE,
              old + " is not a Courseport archive: it has no " + BagLayout.RAW_INDEX);
      case FAILS_VERIFICATION -> {
        list(console, e.problems(), 10);
        yield fail(
            console,
            OLD_INVALID,
            old
                + " fails verification ("
                + e.problems().size()
                + " problems, listed above). Nothing was written. To rebuild from what is"
                + " intact anyway, add --force.");
      }
      case SOURCE_NOT_FOUND ->
          fail(
              console,
              ExitCodes.USAGE,
              old
                  + " was exported by the source "
                  + e.source()
                  + ", which is not on the class path: add its jar with COURSEPORT_PLUGINS"
                  + " (courseport sources lists what is found)");
      case NO_REPLAY ->
          fail(
              console,
              ExitCodes.USAGE,
              old
                  + " was exported by the source "
                  + e.source()
                  + ", which cannot derive its record again from raw answers (its provider"
                  + " offers no replay); nothing was written");
      case REPLAY_REFUSED ->
          fail(
              console,
              ExitCodes.USAGE,
              "the source " + e.source() + " cannot replay " + old + ": " + e.detail());
    };
  }

  private static void list(Console console, List<String> lines, int most) {
    lines.stream().limit(most).forEach(p -> console.err().println("  - " + p));
    if (lines.size() > most) {
      console.err().println("  ... and " + (lines.size() - most) + " more");
    }
  }

  private BagArchive.Format format(CommandLine cmd) {
    boolean zipName =
        out.getFileName() != null
            && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    if (format == null) {
      return zipName ? BagArchive.Format.ZIP : BagArchive.Format.DIR;
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "dir" -> {
        if (zipName) {
          throw new CommandLine.ParameterException(
              cmd, "--out " + out + " names a .zip file, but --format dir writes a folder");
        }
        yield BagArchive.Format.DIR;
      }
      case "zip" -> BagArchive.Format.ZIP;
      default ->
          throw new CommandLine.ParameterException(
              cmd, "--format must be dir or zip, not '" + format + "'");
    };
  }

  private static int fail(Console console, int code, String message) {
    console.err().println("courseport: " + message);
    console.err().flush();
    return code;
  }
}
