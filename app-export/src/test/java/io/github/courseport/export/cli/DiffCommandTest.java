package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courseport diff} end to end: real exports of the same learner now and later. */
class DiffCommandTest {
  private static final List<String> PLANTED =
      List.of(
          "courseAdded",
          "courseDropped",
          "deadlineMoved",
          "gradeChanged",
          "itemCompleted",
          "moduleCompleted");

  /** The changes the later learner's own work adds: one more attempt, one more review. */
  private static final List<String> PLANTED_WORK = List.of("attemptAdded", "reviewAdded");

  @TempDir Path tmp;

  private Path demo(String name, String... more) {
    Path out = tmp.resolve(name);
    // The 2015 era: its grades carry the passable item count and its lists the course that the
    // learner later leaves.
    List<String> args = new ArrayList<>(List.of("export", "--demo", "--era", "2015", "--quiet"));
    args.addAll(List.of(more));
    args.addAll(List.of("--out", out.toString()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code).as(r.toString()).isZero();
    return out;
  }

  @Test
  void theDemoLaterListsEachPlantedChangeOnceAndExitsOne() throws IOException {
    Path before = demo("before");
    Path after = demo("after", "--later", "30");

    Cli text = Cli.run("diff", before.toString(), after.toString());
    assertThat(text.code).as(text.toString()).isEqualTo(DiffCommand.CHANGED);
    for (String once :
        new String[] {
          "You joined this course.",
          "This course is no longer in your record",
          "Course grade: 0% -> 50%, items passed: 0 -> 1 of 5",
          // modules and items by name, from the course's outline
          "Module \"Week 2: Freud and the Unconscious\" completed.",
          "Item \"Reading: On Truth and Lies in a Nonmoral Sense\" completed",
          "Deadline of module \"Week 6: The Postmodern Condition\" moved: 2015-10-19 06:59 UTC"
              + " -> 2015-11-18 06:59 UTC (30 days later).",
          "+ Learning How to Learn [",
          "- The Modern and the Postmodern [v1-228]",
          "The Modern and the Postmodern (Part 2) [s5sEkwAHEeW9ISIACxWDhA]"
        }) {
      assertThat(count(text.out, once)).as(once + "\n" + text.out).isEqualTo(1);
    }
    // compared: the demo's three courses in both, and the one it only saved in a list
    assertThat(text.lastLine()).isEqualTo("8 changes in 3 courses (1 joined, 1 left, 4 compared).");

    Cli json = Cli.run("diff", before.toString(), after.toString(), "--format", "json");
    assertThat(json.code).as(json.toString()).isEqualTo(DiffCommand.CHANGED);
    JsonNode doc = RecordJson.mapper().readTree(json.out);
    List<String> planted = new ArrayList<>(PLANTED);
    planted.addAll(PLANTED_WORK);
    assertThat(kinds(doc)).containsExactlyInAnyOrderElementsOf(planted);
    assertThat(doc.path("changed").asBoolean()).isTrue();
    assertThat(doc.path("diffVersion").asInt()).isEqualTo(1);
    assertThat(doc.path("summary").path("changes").asInt()).isEqualTo(8);
    JsonNode grade = find(doc, "gradeChanged");
    assertThat(grade.path("old").decimalValue()).isEqualByComparingTo("0");
    assertThat(grade.path("new").decimalValue()).isEqualByComparingTo("50");
    JsonNode moved = find(doc, "deadlineMoved");
    assertThat(moved.path("moduleId").asText()).isEqualTo("bT9wE");
    assertThat(moved.path("moduleName").asText()).isEqualTo("Week 6: The Postmodern Condition");
    assertThat(moved.path("new").asText()).isEqualTo("2015-11-18T06:59:59.181Z");

    // the other way round: joined and left swap, the deadline moves back
    Cli back = Cli.run("diff", after.toString(), before.toString());
    assertThat(back.code).isEqualTo(DiffCommand.CHANGED);
    assertThat(back.out).contains("- Learning How to Learn [").contains("(30 days earlier)");

    Path html = tmp.resolve("changes.html");
    Cli page =
        Cli.run(
            "diff",
            before.toString(),
            after.toString(),
            "--format",
            "html",
            "--out",
            html.toString());
    assertThat(page.code).as(page.toString()).isEqualTo(DiffCommand.CHANGED);
    String h = Files.readString(html);
    assertThat(h)
        .startsWith("<!DOCTYPE html>")
        .contains("Content-Security-Policy")
        .doesNotContain("<script")
        .contains("Course grade: 0% \u2192 50%")
        .contains("data-kind=\"deadlineMoved\"");
    Cli again =
        Cli.run(
            "diff",
            before.toString(),
            after.toString(),
            "--format",
            "html",
            "--out",
            html.toString());
    assertThat(again.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(again.err).contains("already exists");
  }

  @Test
  void anArchiveComparedWithItselfOrItsRebuildHasNoChange() throws IOException {
    Path before = demo("before");
    Cli same = Cli.run("diff", before.toString(), before.toString());
    assertThat(same.code).as(same.toString()).isEqualTo(DiffCommand.SAME);
    assertThat(same.lastLine()).startsWith("Nothing changed");
    Path zip = demo("zipped.zip");
    Cli json = Cli.run("diff", before.toString(), zip.toString(), "--format", "json");
    assertThat(json.code).as(json.toString()).isEqualTo(DiffCommand.SAME);
    assertThat(RecordJson.mapper().readTree(json.out).path("changed").asBoolean()).isFalse();
    Path rebuilt = tmp.resolve("rebuilt");
    assertThat(Cli.run("rebuild", before.toString(), "--out", rebuilt.toString()).code).isZero();
    Cli r = Cli.run("diff", before.toString(), rebuilt.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(DiffCommand.SAME);
  }

  @Test
  void aSyntheticLearnerLaterServedByTheFakeServerShowsThePlantedChanges() throws IOException {
    Learner now = Learners.synthetic(60, 5);
    Path before = exportFrom(now, "before");
    Path after = exportFrom(Learners.later(now, 14), "after");
    Cli json = Cli.run("diff", before.toString(), after.toString(), "--format", "json");
    assertThat(json.code).as(json.toString()).isEqualTo(DiffCommand.CHANGED);
    JsonNode doc = RecordJson.mapper().readTree(json.out);
    // the synthetic learner's changed course has a quiz attempted, but no peer review to add to
    List<String> planted = new ArrayList<>(PLANTED);
    planted.add("attemptAdded");
    assertThat(kinds(doc)).as(json.out).containsExactlyInAnyOrderElementsOf(planted);
    assertThat(find(doc, "deadlineMoved").path("text").asText()).contains("(14 days later)");

    Path demo = demo("demo");
    Cli other = Cli.run("diff", demo.toString(), after.toString());
    assertThat(other.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(other.err).contains("the same learner");
  }

  private Path exportFrom(Learner learner, String name) {
    try (FakeCourseraServer s = FakeCourseraServer.builder().learner(learner).start()) {
      Path out = tmp.resolve(name);
      Cli r =
          Cli.run(
              Map.of("COURSERA_CAUTH", s.cauth()),
              "export",
              "--quiet",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--out",
              out.toString());
      assertThat(r.code).as(r.toString()).isZero();
      return out;
    }
  }

  @Test
  void hostileNamesAreEscapedInHtmlAndDefusedInText() throws IOException {
    Path before = demo("before");
    Path after = demo("after", "--later", "7");
    String hostile = "<img src=x onerror=alert(1)>\u001b[2J\u202eevil";
    rewrite(
        after,
        "data/record/learner.json",
        s -> s.replace("\"Learning How to Learn\"", quoteJson(hostile)));
    Cli text = Cli.run("diff", before.toString(), after.toString());
    assertThat(text.code).as(text.toString()).isEqualTo(DiffCommand.CHANGED);
    assertThat(text.out).contains("+ <img src=x onerror=alert(1)>?[2J?evil [");
    assertThat(text.out).doesNotContain("\u001b").doesNotContain("\u202e");
    Cli html = Cli.run("diff", before.toString(), after.toString(), "--format", "html");
    assertThat(html.out)
        .contains("<h3>&lt;img src=x onerror=alert(1)&gt;\uFFFD[2J\u202eevil</h3>")
        .doesNotContain("<img");
  }

  @Test
  void damagedOrForeignArchivesAreRefusedWithTwo() throws IOException {
    Path before = demo("before");
    Path newer = demo("newer-format");
    rewrite(
        newer,
        "data/record/learner.json",
        s -> s.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
    Cli v2 = Cli.run("diff", before.toString(), newer.toString());
    assertThat(v2.code).as(v2.toString()).isEqualTo(DiffCommand.TROUBLE);
    assertThat(v2.err).contains("format version 2").contains("reads version 1");

    Path older = demo("older-format");
    rewrite(
        older,
        "data/record/learner.json",
        s -> s.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 0"));
    Cli v0 = Cli.run("diff", older.toString(), before.toString());
    assertThat(v0.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(v0.err)
        .contains("format version 0")
        .contains(
            "Rebuild it with this Courseport first (courseport rebuild "
                + older
                + " --out NEW), then compare NEW.");
    assertThat(v2.err).doesNotContain("courseport rebuild");

    Path edited = demo("edited");
    Path course;
    try (var files = Files.list(edited.resolve("data/record/courses"))) {
      course = files.sorted().findFirst().orElseThrow();
    }
    Files.writeString(course, Files.readString(course).replace("\"found\"", "\"absent\""));
    Cli damaged = Cli.run("diff", before.toString(), edited.toString());
    assertThat(damaged.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(damaged.err).contains("fails verification").contains("does not match its SHA-256");
    Path page = tmp.resolve("damaged.html");
    Cli toFile =
        Cli.run(
            "diff",
            before.toString(),
            edited.toString(),
            "--format",
            "html",
            "--out",
            page.toString());
    assertThat(toFile.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(page).as("no half-written page is left").doesNotExist();

    Cli missing = Cli.run("diff", before.toString(), tmp.resolve("nothing").toString());
    assertThat(missing.code).isEqualTo(DiffCommand.TROUBLE);
    assertThat(missing.err).contains("does not exist");
    Cli format = Cli.run("diff", before.toString(), before.toString(), "--format", "xml");
    assertThat(format.code).isEqualTo(2);
    assertThat(format.err).contains("--format must be text, json or html");
  }

  /** Rewrites a record file and its manifest line, as an archive of other contents would have. */
  private static void rewrite(Path bag, String relative, UnaryOperator<String> change)
      throws IOException {
    Path file = bag.resolve(relative);
    String before = SourceDocument.sha256Hex(Files.readAllBytes(file));
    String text = change.apply(Files.readString(file));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String after = SourceDocument.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    assertThat(after).isNotEqualTo(before);
    Path manifest = bag.resolve("manifest-sha256.txt");
    Files.writeString(
        manifest,
        Files.readString(manifest).replace(before + "  " + relative, after + "  " + relative));
  }

  private static String quoteJson(String s) {
    try {
      return RecordJson.mapper().writeValueAsString(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> kinds(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.path("profile").forEach(c -> out.add(c.path("kind").asText()));
    doc.path("courses")
        .forEach(course -> course.path("changes").forEach(c -> out.add(c.path("kind").asText())));
    return out;
  }

  private static JsonNode find(JsonNode doc, String kind) {
    for (JsonNode course : doc.path("courses")) {
      for (JsonNode c : course.path("changes")) {
        if (c.path("kind").asText().equals(kind)) {
          return c;
        }
      }
    }
    throw new AssertionError("no " + kind + " in " + doc);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
