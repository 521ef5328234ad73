package io.github.courseport.export.cli;

import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.diff.ArchiveRecord;
import io.github.courseport.export.diff.DiffHeader;
import io.github.courseport.export.diff.DiffJson;
import io.github.courseport.export.diff.DiffSink;
import io.github.courseport.export.diff.DiffSummary;
import io.github.courseport.export.diff.DiffText;
import io.github.courseport.export.diff.RecordDiff;
import io.github.courseport.export.views.DiffHtml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courseport diff}: what changed in the learner's record between two archives. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Shows what changed in your learning record between two archives, course by course.",
      "",
      "Export again some weeks later and compare: courses joined, left or completed; grade"
          + " changes of courses and items (old -> new); modules and items newly completed;"
          + " deadlines added, moved or removed; new instructor notes; profile changes. A part"
          + " that one archive could not export is said to be not compared, never reported as a"
          + " change. Archives can be folders or .zip files; each record file read is checked"
          + " against its archive's manifest.",
      "",
      "Examples:",
      "  courseport diff my-coursera-2026-01 my-coursera-2026-02",
      "  courseport diff old.zip new.zip --format json > changes.json",
      "  courseport diff old new --format html --out changes.html",
      "",
      "Try it with the demo:",
      "  courseport export --demo --out before",
      "  courseport export --demo --later 30 --out after",
      "  courseport diff before after",
      ""
    },
    exitCodeListHeading = "%nExit codes (as diff(1)):%n",
    exitCodeList = {
      "0:nothing changed",
      "1:something changed (listed)",
      "2:usage error, or an archive that is missing, damaged, of another learner, or in a record"
          + " format this Courseport cannot compare"
    })
public final class DiffCommand implements Callable<Integer> {
  static final int SAME = 0;
  static final int CHANGED = 1;
  static final int TROUBLE = 2;

  private final @Nullable Boolean terminal;

  /** A command that shows progress when {@code terminal} (null: ask the JVM). */
  public DiffCommand(@Nullable Boolean terminal) {
    this.terminal = terminal;
  }

  public DiffCommand() {
    this(null);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older archive.")
  Path old = Path.of(".");

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer archive.")
  Path now = Path.of(".");

  @Option(
      names = "--format",
      paramLabel = "text|json|html",
      defaultValue = "text",
      description =
          "text (default), json (one document, its schema in docs/archive-format.md) or html"
              + " (one page to open in a browser, in the style of the archive's index.html).")
  String format = "text";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file (it must not exist yet) instead of standard output.")
  @Nullable Path out;

  @Override
  @SuppressWarnings("SystemConsoleNull") // Java 17: null means "not a terminal", as intended
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json") && !f.equals("html")) {
      throw new CommandLine.ParameterException(
          cmd, "--format must be text, json or html, not '" + format + "'");
    }
    if (out != null && Files.exists(out)) {
      return trouble(out + " already exists: choose another --out, or move it away first");
    }
    boolean tty = terminal != null ? terminal.booleanValue() : System.console() != null;
    try (ArchiveRecord a = ArchiveRecord.open(old);
        ArchiveRecord b = ArchiveRecord.open(now)) {
      if (!a.learner().userId().equals(b.learner().userId())) {
        return trouble(
            old
                + " is the record of user "
                + a.learner().userId().value()
                + " and "
                + now
                + " of user "
                + b.learner().userId().value()
                + ": diff compares two archives of the same learner");
      }
      DiffSummary summary;
      Path target = out;
      if (target == null) {
        PrintWriter stdout = cmd.getOut();
        summary = compare(a, b, f, stdout, tty);
        stdout.flush();
      } else {
        boolean written = false;
        try (Writer w =
            new BufferedWriter(
                new java.io.OutputStreamWriter(
                    Files.newOutputStream(target, StandardOpenOption.CREATE_NEW),
                    StandardCharsets.UTF_8))) {
          summary = compare(a, b, f, w, tty);
          written = true;
        } finally {
          if (!written) {
            Files.deleteIfExists(target); // no half-written page or document is left behind
          }
        }
        cmd.getErr()
            .println(
                "courseport: "
                    + (summary.changed() ? summary.changes() + " changes" : "no change")
                    + " written to "
                    + target);
        cmd.getErr().flush();
      }
      return summary.changed() ? CHANGED : SAME;
    } catch (ArchiveException e) {
      return trouble(words(e));
    } catch (IOException | RuntimeException e) {
      return trouble("cannot compare: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private DiffSummary compare(ArchiveRecord a, ArchiveRecord b, String f, Writer w, boolean tty)
      throws IOException {
    DiffSink sink =
        switch (f) {
          case "json" -> new DiffJson(w);
          case "html" -> new DiffHtml(w);
          default -> new DiffText(w instanceof PrintWriter p ? p : new PrintWriter(w));
        };
    sink.begin(new DiffHeader(side(old, a), side(now, b)));
    PrintWriter err = spec.commandLine().getErr();
    int total = Math.max(a.learner().courses().size(), b.learner().courses().size());
    DiffSummary s =
        RecordDiff.run(
            a,
            b,
            sink,
            done -> {
              if (tty) {
                err.print("\rcourseport: compared " + done + " of about " + total + " courses");
                err.flush();
              }
            });
    if (tty && total >= 1000) {
      err.print("\r\033[K");
      err.flush();
    }
    w.flush();
    return s;
  }

  private static DiffHeader.Side side(Path path, ArchiveRecord r) {
    return new DiffHeader.Side(
        path.toString(),
        Long.toString(r.learner().userId().value()),
        r.exportStarted(),
        r.bagInfo("Courseport-Version"),
        r.schemaVersion(),
        r.learner().courses().size());
  }

  /** The library's refusal, with what to do in this command's terms. */
  private static String words(ArchiveException e) {
    if (e.reason() == ArchiveException.Reason.OLDER_RECORD_FORMAT) {
      return e.userMessage()
          + " Rebuild it with this Courseport first (courseport rebuild "
          + e.path()
          + " --out NEW), then compare NEW.";
    }
    return e.userMessage();
  }

  private int trouble(String message) {
    spec.commandLine().getErr().println("courseport: " + message);
    spec.commandLine().getErr().flush();
    return TROUBLE;
  }
}
