package io.github.courseport.export.cli;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.app.Console;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.app.ExportComponent;
import io.github.courseport.export.app.ExportOptions;
import io.github.courseport.export.app.ExportRunner;
import io.github.courseport.export.app.Version;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.archive.BagReader;
import io.github.courseport.export.archive.BagVerifier;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import io.github.courseport.export.replay.RawAnswers;
import io.github.courseport.export.replay.ReplayExchange;
import io.github.courseport.export.replay.ReplaySource;
import io.github.courseport.export.source.SourceHandle;
import io.github.courseport.export.views.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
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
      return fail(console, ExitCodes.USAGE, e.userMessage());
    }
    BagReader reader;
    try {
      reader = BagReader.open(old);
    } catch (ArchiveException e) {
      return fail(console, ExitCodes.USAGE, e.userMessage());
    }
    boolean handedOver = false;
    try {
      if (!reader.exists(BagLayout.RAW_INDEX) || !reader.exists(BagLayout.BAG_INFO)) {
        return fail(
            console,
            ExitCodes.USAGE,
            old + " is not a Courseport archive: it has no " + BagLayout.RAW_INDEX);
      }
      List<String> problems = new BagVerifier(RecordSchemas.checker()).verify(old);
      if (!problems.isEmpty()) {
        problems.stream().limit(10).forEach(p -> console.err().println("  - " + p));
        if (problems.size() > 10) {
          console.err().println("  ... and " + (problems.size() - 10) + " more");
        }
        if (!force) {
          return fail(
              console,
              OLD_INVALID,
              old
                  + " fails verification ("
                  + problems.size()
                  + " problems, listed above). Nothing was written. To rebuild from what is"
                  + " intact anyway, add --force.");
        }
        console
            .err()
            .println(
                "courseport: warning: "
                    + old
                    + " fails verification ("
                    + problems.size()
                    + " problems, listed above); rebuilding anyway (--force) from what is"
                    + " intact.");
      }
      Map<String, String> info = bagInfo(reader);
      Map<String, String> provenance = new LinkedHashMap<>();
      provenance.put(
          "Rebuilt-By", "Courseport " + Version.get() + " (courseport rebuild, no network access)");
      provenance.put("Rebuilt-From-Payload-Oxum", info.getOrDefault("Payload-Oxum", "unknown"));
      provenance.put(
          "Rebuilt-From-Manifest-SHA256",
          reader.exists(BagLayout.MANIFEST_SHA256)
              ? SourceDocument.sha256Hex(reader.read(BagLayout.MANIFEST_SHA256))
              : "none");
      provenance.put(
          "Rebuilt-From-Courseport-Version", info.getOrDefault("Courseport-Version", "unknown"));
      provenance.put("Rebuilt-From-Export-Started", info.getOrDefault("Export-Started", "unknown"));
      provenance.put(
          "Rebuilt-From-Export-Finished", info.getOrDefault("Export-Finished", "unknown"));
      provenance.put(
          "Rebuilt-From-Verification",
          problems.isEmpty()
              ? "valid"
              : "failed with " + problems.size() + " problems; rebuilt anyway (--force)");
      RawAnswers answers = RawAnswers.read(reader);
      String name = String.valueOf(old.toAbsolutePath().normalize().getFileName());
      ReplayExchange exchange = new ReplayExchange(answers, name);
      BagReader toClose = reader;
      SourceHandle source =
          SourceHandle.of(
              ReplaySource.ports(exchange),
              exchange::requests,
              () -> 0,
              () -> {
                try {
                  toClose.close();
                } catch (IOException e) {
                  // read-only: nothing is lost
                }
              });
      ExportOptions options =
          new ExportOptions(
              false,
              null,
              null,
              null,
              ReplayExchange.NAME,
              out,
              f,
              4,
              null,
              null,
              false,
              false,
              quiet,
              verbose,
              startsWithBom(reader),
              0,
              "today",
              workLeftOut(reader),
              forumBudget(info));
      if (!quiet) {
        console
            .err()
            .println(
                "courseport: rebuilding from "
                    + answers.size()
                    + " raw answers of "
                    + old
                    + " (exported "
                    + info.getOrDefault("Export-Started", "at an unknown time")
                    + " by Courseport "
                    + info.getOrDefault("Courseport-Version", "?")
                    + "); nothing is fetched");
        console.err().flush();
      }
      handedOver = true;
      int code =
          ExportComponent.create(options, console, Clock.systemUTC(), env)
              .exportRunner()
              .rebuild(source, provenance);
      List<String> skipped = answers.skipped();
      if (!skipped.isEmpty()) {
        console.err().println("courseport: skipped from " + old + " (unusable, so not replayed):");
        skipped.stream()
            .limit(verbose ? Long.MAX_VALUE : 20)
            .forEach(s -> console.err().println("  - " + s));
        if (!verbose && skipped.size() > 20) {
          console.err().println("  ... and " + (skipped.size() - 20) + " more");
        }
        console.err().flush();
      }
      return code;
    } catch (IOException e) {
      return fail(console, ExitCodes.USAGE, "cannot read " + old + ": " + e.getMessage());
    } finally {
      if (!handedOver) {
        try {
          reader.close();
        } catch (IOException e) {
          // read-only
        }
      }
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

  /** The labels and values of OLD's bag-info.txt (the first of each label). */
  static Map<String, String> bagInfo(BagReader reader) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : reader.text(BagLayout.BAG_INFO).split("\n", -1)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String value = line.substring(colon + 1).strip();
        if (!value.contains("\r")) {
          out.putIfAbsent(line.substring(0, colon).strip(), value);
        }
      }
    }
    return out;
  }

  /**
   * Whether OLD was exported without the learner's own work ({@code --no-work}): its completeness
   * report names those families as not asked. The rebuild then leaves them out too, rather than ask
   * answers OLD never stored.
   */
  private static boolean workLeftOut(BagReader reader) {
    try {
      if (!reader.exists(BagLayout.COMPLETENESS)) {
        return false;
      }
      CompletenessReport old =
          RecordReader.report(RecordJson.mapper().readTree(reader.read(BagLayout.COMPLETENESS)));
      return CourseFamily.learnersWork().stream()
          .anyMatch(f -> old.notAsked().containsKey(f.name()));
    } catch (IOException | RuntimeException unreadable) {
      return false; // verification says what is wrong with it; the rebuild asks everything
    }
  }

  /** The forum search's budget per course that OLD was exported with, or 0 when none. */
  private static int forumBudget(Map<String, String> info) {
    String v = info.get(ExportRunner.FORUMS_LABEL);
    if (v == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v.trim());
      return n > 0 && n <= 10_000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether OLD's grades.csv starts with a byte-order mark (exported with --csv-bom). */
  private static boolean startsWithBom(BagReader reader) throws IOException {
    String grades = "data/exports/grades.csv";
    if (!reader.exists(grades)) {
      return false;
    }
    try (InputStream in = reader.open(grades)) {
      byte[] head = in.readNBytes(3);
      return head.length == 3 && new String(head, StandardCharsets.UTF_8).equals("\uFEFF");
    }
  }

  private static int fail(Console console, int code, String message) {
    console.err().println("courseport: " + message);
    console.err().flush();
    return code;
  }
}
