package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole bag written before the outline, today's grades and the learner's work (commit 14c240b,
 * kept zipped in the test resources): it still verifies, rebuilds complete without an outline and
 * says so, and compares with a new export without reporting what it never asked as changes.
 */
class OldArchiveTest {
  @TempDir static Path tmp;

  private static final String MATERIALS = "onDemandCourseMaterials.v2";

  static Path old;
  static Path rebuilt;
  static Cli rebuild;

  @BeforeAll
  static void rebuildTheOldArchive() throws IOException {
    old = tmp.resolve("14c240b-demo.zip");
    try (InputStream in =
        OldArchiveTest.class.getResourceAsStream("/old-archives/14c240b-demo.zip")) {
      assertThat(in).as("test resource old-archives/14c240b-demo.zip").isNotNull();
      Files.copy(in, old);
    }
    rebuilt = tmp.resolve("rebuilt");
    rebuild = Cli.run("rebuild", old.toString(), "--out", rebuilt.toString());
  }

  @Test
  void itStillVerifies() {
    Cli verify = Cli.run("verify", old.toString());
    assertThat(verify.code).as(verify.toString()).isZero();
    assertThat(verify.out).contains("is a complete, intact Courseport bag");
  }

  @Test
  void itRebuildsCompleteWithoutAnOutlineAndSaysSo() throws IOException {
    assertThat(rebuild.code).as(rebuild.toString()).isEqualTo(ExitCodes.COMPLETE);
    assertThat(rebuild.err)
        .contains(
            "courseport: "
                + MATERIALS
                + " is gone (not in the archive: 14c240b-demo.zip holds no answer of "
                + MATERIALS
                + " at all (the Courseport that wrote it did not ask it)), asked no more in this"
                + " run");
    assertThat(Cli.run("verify", rebuilt.toString()).code).isZero();

    List<JsonNode> onDemand = new ArrayList<>();
    try (Stream<Path> files = Files.list(rebuilt.resolve("data/record/courses"))) {
      for (Path f : files.sorted().toList()) {
        JsonNode families =
            RecordJson.mapper().readTree(f.toFile()).path("course").path("families");
        if (families.has("outline")) {
          onDemand.add(families);
        }
      }
    }
    assertThat(onDemand).hasSize(2);
    for (JsonNode families : onDemand) {
      assertThat(families.path("outline").path("status").asText()).isEqualTo("not_carried");
      assertThat(families.path("attempts").path("status").asText()).isEqualTo("not_carried");
      // the grades the old archive holds come back through the route it asked
      assertThat(families.path("grades").path("status").asText()).isEqualTo("found");
    }
    JsonNode completeness =
        RecordJson.mapper().readTree(rebuilt.resolve("data/record/completeness.json").toFile());
    assertThat(completeness.path("complete").asBoolean()).isTrue();
    assertThat(completeness.toString()).contains("\"resource\":\"" + MATERIALS + "\"");
    assertThat(Files.readString(rebuilt.resolve("data/index.html")))
        .contains("The course outline is not served by the source of this archive");
  }

  @Test
  void itComparesWithANewExportAndWithItsRebuildWithoutChanges() {
    Path now = tmp.resolve("now");
    Cli export = Cli.run("export", "--demo", "--era", "2015", "--quiet", "--out", now.toString());
    assertThat(export.code).as(export.toString()).isZero();
    Cli diff = Cli.run("diff", old.toString(), now.toString());
    assertThat(diff.code).as(diff.toString()).isEqualTo(DiffCommand.SAME);
    assertThat(diff.out)
        .contains("the newer archive has the outline of 2 courses")
        .contains("the newer archive holds your own work")
        .contains("Nothing changed: both archives hold the same learning record (5 courses).");

    Cli again = Cli.run("diff", old.toString(), rebuilt.toString());
    assertThat(again.code).as(again.toString()).isEqualTo(DiffCommand.SAME);
    // the rebuild does not hold what the old archive never asked: no "new information" about it
    assertThat(again.out).doesNotContain("New information");
  }
}
