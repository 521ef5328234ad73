package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a wrong command line gets: the error in one line, the closest valid option, one line
 * pointing at --help, exit 2; and nothing started (no demo server, no files) before all options are
 * checked. And the help itself, laid out by picocli for the width.
 */
class UsageTest {
  private static final String DEMO_STARTED = "fake Coursera server";
  @TempDir Path tmp;

  @Test
  void anUnknownOptionNamesTheClosestOneAndPointsAtHelp() {
    Cli r = Cli.run("export", "--outt", tmp.resolve("o").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines())
        .containsExactly(
            "courseport export: unknown option --outt",
            "Did you mean --out?",
            "Run 'courseport export --help' to see every option.");
    assertThat(r.out).isEmpty();

    assertThat(Cli.run("export", "--concurency", "3").errLines())
        .contains("Did you mean --concurrency?");
    assertThat(Cli.run("export", "--verbos").errLines()).contains("Did you mean --verbose?");
    assertThat(Cli.run("export", "--resmue").errLines()).contains("Did you mean --resume?");
    assertThat(Cli.run("serve-fixtures", "--prot", "8089").errLines())
        .contains("Did you mean --port?");
  }

  @Test
  void anUnknownOptionFarFromEveryOtherGetsNoGuessButStillThePointer() {
    Cli r = Cli.run("export", "--xyz");
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines())
        .containsExactly(
            "courseport export: unknown option --xyz",
            "Run 'courseport export --help' to see every option.");
  }

  @Test
  void aMistypedCommandNamesTheClosestCommand() {
    Cli r = Cli.run("exprot", "--demo");
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines())
        .containsExactly(
            "courseport: unknown command 'exprot'",
            "Did you mean 'courseport export'?",
            "Run 'courseport --help' to see every command and option.");
  }

  @Test
  void theValueAfterAnUnknownOptionIsNeverRepeated() {
    Cli r = Cli.run("export", "--cookie", "SECRET-VALUE-1", "--out", tmp.resolve("o").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines())
        .containsExactly(
            "courseport export: unknown option --cookie",
            "Did you mean --cookie-file?",
            "Run 'courseport export --help' to see every option.");
    Cli c = Cli.run("export", "--cauth=SECRET-VALUE-2");
    assertThat(c.err).contains("unknown option --cauth").doesNotContain("SECRET-VALUE-2");
    Cli p = Cli.run("export", "SECRET-VALUE-3");
    assertThat(p.code).isEqualTo(ExitCodes.USAGE);
    assertThat(p.err).contains("unexpected argument").doesNotContain("SECRET-VALUE-3");
  }

  @Test
  void anOutThatExistsIsRefusedBeforeTheDemoServerStarts() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    Cli r = Cli.run("export", "--demo", "--out", out.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines())
        .containsExactly(
            "courseport: "
                + out.toAbsolutePath()
                + " already exists. Choose another --out, or move the old archive away first.");
    assertThat(r.err).doesNotContain(DEMO_STARTED);
    assertThat(listing()).containsExactly("taken");
  }

  @Test
  void anInterruptedExportBesideOutIsNamedBeforeAnythingStarts() throws IOException {
    Files.createDirectories(tmp.resolve("archive.partial"));
    Cli r = Cli.run("export", "--demo", "--out", tmp.resolve("archive").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err).contains("--resume").doesNotContain(DEMO_STARTED);
    assertThat(listing()).containsExactly("archive.partial");
  }

  @Test
  void anOutThatCannotBeAFolderIsRefusedBeforeTheSessionIsRead() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    // No session either: the usage error (2) comes first, not the missing session (4).
    Cli r = Cli.run(Map.of(), "export", "--out", file.resolve("archive").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err).contains("is not a folder");
    assertThat(listing()).containsExactly("a-file");
  }

  @Test
  void aZipNameWithFormatDirIsRefusedBeforeAnythingStarts() {
    Cli r =
        Cli.run("export", "--demo", "--format", "dir", "--out", tmp.resolve("a.zip").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0))
        .startsWith("courseport export: --out ")
        .contains("names a .zip file, but --format dir writes a folder");
    assertThat(r.err).doesNotContain(DEMO_STARTED);
    assertThat(listing()).isEmpty();
  }

  @Test
  void badValuesAreRefusedBeforeTheDemoServerStarts() {
    for (String[] args :
        new String[][] {
          {"--concurrency", "0"},
          {"--format", "tar"},
          {"--rate-limit", "-1"},
          {"--quiet", "--verbose"},
          {"--later", "0"},
          {"--later", "3651"}
        }) {
      List<String> all = new ArrayList<>(List.of("export", "--demo", "--out"));
      all.add(tmp.resolve("o").toString());
      all.addAll(List.of(args));
      Cli r = Cli.run(all.toArray(new String[0]));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.errLines()).as(r.toString()).hasSize(2);
      assertThat(r.errLines().get(1))
          .isEqualTo("Run 'courseport export --help' to see every option.");
      assertThat(r.err).doesNotContain(DEMO_STARTED);
    }
    Cli noDemo =
        Cli.run(
            Map.of("COURSERA_CAUTH", "x"),
            "export",
            "--later",
            "30",
            "--out",
            tmp.resolve("o").toString());
    assertThat(noDemo.code).isEqualTo(ExitCodes.USAGE);
    assertThat(noDemo.err).contains("--later DAYS needs --demo");
    assertThat(listing()).isEmpty();
  }

  private static String help(int width, String... command) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setUsageHelpWidth(width);
    for (String c : command) {
      cmd = cmd.getSubcommands().get(c);
    }
    return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** The lines of a help text's paragraph that begins with {@code start}, up to a blank line. */
  private static List<String> paragraph(String help, String start) {
    List<String> lines = help.lines().toList();
    int from = 0;
    while (!lines.get(from).startsWith(start)) {
      from++;
    }
    int to = from;
    while (to < lines.size() && !lines.get(to).isBlank()) {
      to++;
    }
    return lines.subList(from, to);
  }

  @Test
  void descriptionsAreWrappedByPicocliForTheWidth() {
    String session = ExportCommand.class.getAnnotation(CommandLine.Command.class).description()[2];
    assertThat(session).startsWith("Your session is");
    int previous = Integer.MAX_VALUE;
    for (int width : new int[] {60, 80, 120}) {
      String text = help(width, "export");
      assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
      List<String> lines = paragraph(text, "Your session is");
      // One paragraph, filled to the width: wider help, fewer lines, the same words. (picocli may
      // also break after a '.' or '-' inside a word, hence the comparison without white space.)
      assertThat(String.join(" ", lines).replaceAll("\\s+", ""))
          .isEqualTo(session.replaceAll("\\s+", ""));
      assertThat(lines.size()).isLessThan(previous);
      previous = lines.size();
      for (int i = 0; i < lines.size() - 1; i++) {
        String next = lines.get(i + 1);
        int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
        // picocli keeps the last column free: the next word would not have fitted.
        assertThat(lines.get(i).length() + 1 + firstWord).as(text).isGreaterThanOrEqualTo(width);
      }
    }
    assertThat(Cli.run("export", "--help").out.lines())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void at80ColumnsNoNameIsSplitAcrossLines() {
    // picocli's line breaker may break after '.' and '-' (completeness.|json, --cookie-|file);
    // the texts are worded so that at the usual 80 columns none of that happens.
    for (String[] command :
        new String[][] {
          {},
          {"export"},
          {"verify"},
          {"query"},
          {"rebuild"},
          {"diff"},
          {"sources"},
          {"serve-fixtures"},
          {"bench"}
        }) {
      List<String> lines = help(80, command).lines().toList();
      for (int i = 0; i < lines.size() - 1; i++) {
        String line = lines.get(i).stripTrailing();
        String next = lines.get(i + 1).strip();
        String where = String.join(" ", command) + ": " + line + " | " + next;
        assertThat(line).as(where).doesNotEndWith("-").doesNotEndWith("/");
        boolean nextCommand =
            List.of(
                    "export ",
                    "verify ",
                    "query ",
                    "rebuild ",
                    "diff ",
                    "sources ",
                    "serve-fixtures ",
                    "bench ",
                    "help ")
                .stream()
                .anyMatch(next::startsWith);
        if (line.endsWith(".") && !next.isEmpty() && !nextCommand) {
          assertThat(Character.isLowerCase(next.charAt(0))).as(where).isFalse();
        }
      }
    }
  }

  @Test
  void theCommandListShowsEachSummaryWhole() {
    String text = help(80);
    List<String> lines = text.lines().toList();
    int at = lines.indexOf("Commands:");
    assertThat(at).isPositive();
    for (String name :
        List.of("export", "verify", "query", "rebuild", "diff", "serve-fixtures", "bench")) {
      StringBuilder entry = new StringBuilder();
      for (int i = at + 1; i < lines.size(); i++) {
        String l = lines.get(i);
        if (entry.length() == 0 && l.startsWith("  " + name + " ")) {
          entry.append(l.substring(2 + name.length()).strip());
        } else if (entry.length() > 0 && l.startsWith("      ")) {
          entry.append(' ').append(l.strip());
        } else if (entry.length() > 0) {
          break;
        }
      }
      String summary =
          new CommandLine(new Main())
              .getSubcommands()
              .get(name)
              .getCommandSpec()
              .usageMessage()
              .description()[0];
      assertThat(summary).endsWith(".");
      assertThat(entry.toString()).as(name).isEqualTo(summary);
    }
  }

  private List<String> listing() {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
