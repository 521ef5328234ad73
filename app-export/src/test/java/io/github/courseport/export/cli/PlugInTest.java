package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in source through the real command line: found by ServiceLoader, listed with its
 * description and options, given an option and no cookie, its archive complete with a family it
 * does not carry, then verified, queried, compared and rebuilt.
 */
class PlugInTest {
  @TempDir Path tmp;

  private static final String SOURCE = PlugInSourceForTests.NAME;

  @Test
  void sourcesAndExportHelpListEverySourceAndViewWithItsDescription() {
    Cli sources = Cli.run("sources");
    assertThat(sources.code).as(sources.toString()).isZero();
    assertThat(sources.out)
        .contains("  http - Coursera's web API")
        .contains("  batch - ")
        .contains("  fixtures - ")
        .contains(
            "  "
                + SOURCE
                + " - a test plug-in: the demo learner, without deadlines (needs no\n"
                + "        Coursera session).\n"
                + "      --source-option learner=... : which learner to serve")
        .contains("--source-option rateLimitPerSecond=... : ")
        .contains("  index-html - index.html")
        .contains("  record-sqlite - exports/record.sqlite");
    Cli help = Cli.run("export", "--help");
    assertThat(help.code).isZero();
    assertThat(help.out)
        .contains("--source-option=KEY=VALUE")
        .contains("  " + SOURCE + " - a test plug-in")
        .contains("      options: learner\n")
        .contains("  xapi-statements - ");
  }

  @Test
  void aPlugInExportsWithAnOptionAndNoCookieThenEveryCommandReadsItsArchive() throws IOException {
    Path out = tmp.resolve("plug-in");
    Cli export =
        Cli.run(
            Map.of(), // no COURSERA_CAUTH: the plug-in needs no session
            "export",
            "--source",
            SOURCE,
            "--source-option",
            "learner=demo",
            "--quiet",
            "--out",
            out.toString());
    assertThat(export.code).as(export.toString()).isEqualTo(ExitCodes.COMPLETE);
    assertThat(Files.readString(out.resolve("bag-info.txt")))
        .contains("Courseport-Source: " + SOURCE + "\n")
        .contains("Export-Status: complete");
    JsonNode completeness =
        RecordJson.mapper().readTree(out.resolve("data/record/completeness.json").toFile());
    assertThat(completeness.path("complete").asBoolean()).isTrue();
    assertThat(
            completeness
                .path("report")
                .path("families")
                .path("deadlines")
                .path("notCarried")
                .asInt())
        .isPositive();
    assertThat(completeness.path("report").path("families").path("grades").has("notCarried"))
        .isFalse();
    try (Stream<Path> courses = Files.list(out.resolve("data/record/courses"))) {
      JsonNode course =
          RecordJson.mapper()
              .readTree(
                  courses
                      .filter(p -> p.toString().endsWith(".json"))
                      .map(Path::toFile)
                      .map(PlugInTest::read)
                      .filter(c -> c.path("course").path("families").has("deadlines"))
                      .findFirst()
                      .orElseThrow()
                      .toString());
      assertThat(course.path("course").path("families").path("deadlines").path("status").asText())
          .isEqualTo("not_carried");
    }
    assertThat(Files.readString(out.resolve("data/index.html")))
        .contains("Not served by the source of this archive: your deadlines")
        .doesNotContain("could not be exported");

    Cli verify = Cli.run("verify", out.toString());
    assertThat(verify.code).as(verify.toString()).isZero();
    Cli query = Cli.run("query", out.toString(), "grades", "--format", "csv");
    assertThat(query.code).as(query.toString()).isZero();
    assertThat(query.out.lines().count()).isGreaterThan(1);
    Cli diff = Cli.run("diff", out.toString(), out.toString());
    assertThat(diff.code).as(diff.toString()).isZero();

    Path rebuilt = tmp.resolve("rebuilt");
    Cli rebuild = Cli.run("rebuild", out.toString(), "--out", rebuilt.toString());
    assertThat(rebuild.code).as(rebuild.toString()).isEqualTo(ExitCodes.COMPLETE);
    RebuildCommandTest.assertSameTree(
        ExportFixturesTest.tree(out.resolve("data/record")),
        ExportFixturesTest.tree(rebuilt.resolve("data/record")));
    assertThat(Files.readString(rebuilt.resolve("bag-info.txt")))
        .contains("Courseport-Source: " + SOURCE + "\n");
  }

  @Test
  void aPlugInThatCannotOpenIsAUsageErrorThatLeavesNothingBehind() {
    Path out = tmp.resolve("never");
    Cli export =
        Cli.run(
            "export",
            "--source",
            SOURCE,
            "--source-option",
            "learner=nobody",
            "--out",
            out.toString());
    assertThat(export.code).as(export.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(export.err)
        .contains("the source " + SOURCE + " cannot start: the option learner must be demo");
    assertThat(tmp.resolve("never")).doesNotExist();
    assertThat(tmp.resolve("never.partial")).doesNotExist();
    // so the next run starts at once
    Cli again =
        Cli.run(
            "export",
            "--source",
            SOURCE,
            "--source-option",
            "learner=demo",
            "--quiet",
            "--out",
            out.toString());
    assertThat(again.code).as(again.toString()).isEqualTo(ExitCodes.COMPLETE);
  }

  @Test
  void aPlugInThatBreaksWhileOpeningIsOneLineAndLeavesNothingBehind() {
    Path out = tmp.resolve("never");
    Cli export =
        Cli.run(
            "export",
            "--source",
            SOURCE,
            "--source-option",
            "learner=bug",
            "--out",
            out.toString());
    assertThat(export.code).as(export.toString()).isEqualTo(ExitCodes.UNEXPECTED);
    assertThat(export.errLines())
        .containsExactly(
            "courseport: the source "
                + SOURCE
                + " failed to start: IllegalStateException: a bug of the plug-in. Nothing was"
                + " written.");
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve("never.partial")).doesNotExist();
  }

  @Test
  void anOptionTheSourceDoesNotTakeIsRefusedBeforeAnythingStarts() {
    Path out = tmp.resolve("never");
    Cli export =
        Cli.run(
            "export", "--source", SOURCE, "--source-option", "colour=red", "--out", out.toString());
    assertThat(export.code).isEqualTo(ExitCodes.USAGE);
    assertThat(export.err).contains("has no option colour; it takes learner");
    Cli cookie = Cli.run("export", "--source", SOURCE, "--demo", "--out", out.toString());
    assertThat(cookie.code).isEqualTo(ExitCodes.USAGE);
    assertThat(cookie.err).contains("reads no Coursera session");
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve("never.partial")).doesNotExist();
  }

  private static JsonNode read(java.io.File f) {
    try {
      return RecordJson.mapper().readTree(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
