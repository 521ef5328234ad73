package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's views end to end: archives written by the real command from the fake Coursera on
 * loopback in today's era (with the outline route, and with it answering the web app's page), and
 * an archive of an earlier Courseport (no outline, 2015's grade shape) compared by {@code
 * courseport diff} with one that has outlines. Every view is read from the archive's files.
 */
class OutlineViewsTest {
  private static final String COOKIE = "outline-views-cookie";
  private static final String OUTLINE = "onDemandCourseMaterials.v2";

  @TempDir static Path tmp;
  static Path today;
  static Path gone;

  @BeforeAll
  static void export() {
    today = exportFrom(Set.of(), "today");
    gone = exportFrom(Set.of(OUTLINE), "outline-gone");
  }

  /** The demo learner as today's API answers, with these resources answering HTML. */
  private static Path exportFrom(Set<String> html, String name) {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .era(Era.TODAY)
            .html(html)
            .cauth(COOKIE)
            .start()) {
      Path out = tmp.resolve(name);
      Cli r =
          Cli.run(
              Map.of("COURSERA_CAUTH", COOKIE),
              "export",
              "--quiet",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--out",
              out.toString());
      // today's era retires the profile, v1 enrollments and course lists: not served, the
      // export complete without them
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
      assertThat(Cli.run("verify", out.toString()).code).isZero();
      return out;
    }
  }

  private static String text(Path bag, String file) throws IOException {
    return Files.readString(bag.resolve("data").resolve(file), StandardCharsets.UTF_8);
  }

  /** As index.html escapes server text. */
  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static List<CourseOutline> outlines(Path bag) throws IOException {
    List<CourseOutline> out = new ArrayList<>();
    for (CourseRecord c : QueryCommandTest.load(bag).courses()) {
      var o = c.families().get(CourseFamily.OUTLINE);
      if (o != null) {
        o.found().ifPresent(out::add);
      }
    }
    return out;
  }

  @Test
  void theRecordHasOutlinesWorthChecking() throws IOException {
    assertThat(outlines(today)).hasSize(2);
    assertThat(outlines(gone)).isEmpty();
  }

  @Test
  void indexHtmlShowsEveryModuleLessonAndItemOfEveryOutlineByName() throws IOException {
    String page = text(today, "index.html");
    int items = 0;
    for (CourseOutline outline : outlines(today)) {
      for (OutlineModule m : outline.modules()) {
        assertThat(page).contains("<summary><b>" + esc(m.label()) + "</b>");
        for (OutlineLesson l : m.lessons()) {
          assertThat(page).contains("<p class=\"lesson\"><b>" + esc(l.label()) + "</b>");
        }
      }
      for (OutlineItem i : outline.allItems()) {
        assertThat(page)
            .contains("<tr data-item=\"" + esc(i.id().value()) + "\"><td>" + esc(i.label()));
        items++;
      }
    }
    assertThat(items).isEqualTo(count(page, "<tr data-item=\""));
    assertThat(page)
        .contains("<summary><b>Week 1: Nietzsche and the Death of God</b>")
        .contains(
            "locked programming assignment Fo5cc <span class=\"small muted\">(locked: PREMIUM)")
        .contains("<td>holographicLecture</td>")
        // today's grades: the course grade of today's route, the override and its explanation
        .contains("<span class=\"grade\">95\u00a0%</span>")
        .contains("Question 4 had two correct answers; regraded for everyone.")
        // memberships as they are: the course only a joined specialization holds is apart, the
        // specialization not joined says so
        .contains("<h2 id=\"listed\">Listed, not joined</h2>")
        .contains("Not joined (role NOT_ENROLLED)")
        .contains("<b>2</b><span>courses you joined (2 on-demand, 0 session-based)</span>");
  }

  @Test
  void theExportsNameModulesAndItems() throws IOException, InterruptedException {
    String items = text(today, "exports/item-grades.csv");
    assertThat(items)
        .contains(
            ",qZ2bb,passed,90,,Control flow quiz,quiz,quiz,Tq7Ws,Week 2: Control Flow,true,95,"
                + "true,Question 4 had two correct answers; regraded for everyone.,");
    assertThat(text(today, "exports/deadlines.ics").replace("\r\n ", ""))
        .contains(
            "SUMMARY:Due: The Modern and the Postmodern (Part 2) \u2013 Week 1: Nietzsche and the"
                + " Death of God\r\n");
    JsonNode xapi = RecordJson.mapper().readTree(text(today, "exports/xapi-statements.json"));
    List<String> names = new ArrayList<>();
    xapi.forEach(
        s -> names.add(s.path("object").path("definition").path("name").path("und").asText()));
    assertThat(names).contains("Control flow quiz", "Week 2: Control Flow");

    Path db = today.resolve("data/exports/record.sqlite");
    JsonNode py = PythonSqlite.inspect(db, Files.createTempDirectory(tmp, "py"));
    assertThat(py.path("foreignKeyViolations").size()).isZero();
    assertThat(py.path("userVersion").asInt()).isEqualTo(1);
    JsonNode rows = QueryCommandTest.json(today, "items");
    int outlined = 0;
    for (CourseOutline o : outlines(today)) {
      outlined += o.allItems().size();
    }
    assertThat(rows.size()).isGreaterThanOrEqualTo(outlined).isPositive();
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r.path("item").asText() + " | " + r.path("module").asText())
                    .isEqualTo("Control flow quiz | Week 2: Control Flow"));
    // the specialization not joined keeps its role; its courses are not the learner's
    JsonNode left =
        QueryCommandTest.json(
            today,
            "SELECT m.joined, (SELECT count(*) FROM course AS c JOIN specialization_course AS sc"
                + " USING (course_id) WHERE sc.specialization_id = m.specialization_id"
                + " AND c.member = 0) AS taken"
                + " FROM specialization_membership AS m WHERE m.role = 'NOT_ENROLLED'"
                + " ORDER BY m.specialization_id");
    assertThat(left.size()).isPositive();
    left.forEach(r -> assertThat(r.toString()).isEqualTo("{\"joined\":0,\"taken\":0}"));
    JsonNode members =
        QueryCommandTest.json(today, "SELECT sum(member) AS m, count(*) AS n FROM course");
    assertThat(members.get(0).toString()).isEqualTo("{\"m\":2,\"n\":3}");
  }

  @Test
  void withoutTheOutlineRouteTheViewsUseIdsAndSayWhy() throws IOException {
    String why =
        "The course outline is not served by the source of this archive: "
            + OUTLINE
            + ": gone for this run";
    String page = text(gone, "index.html");
    assertThat(page).contains(why).doesNotContain("<summary><b>Week 1:");
    assertThat(page)
        .contains("<span>Week 1 \u00b7 module SkoZT</span>")
        .doesNotContain("Week 1: Nietzsche");
    assertThat(text(gone, "exports/grades.csv"))
        .contains(",found,,not_carried," + OUTLINE + ": gone for this run");
    assertThat(text(gone, "exports/deadlines.ics").replace("\r\n ", ""))
        .contains(
            "The module's name is not in this record: the course outline is not served by the");
    JsonNode names =
        QueryCommandTest.json(gone, "SELECT count(*) AS named FROM module WHERE name IS NOT NULL");
    assertThat(names.get(0).path("named").asInt()).isZero();
    JsonNode parts =
        QueryCommandTest.json(
            gone, "SELECT DISTINCT status FROM course_part WHERE part = 'outline'");
    assertThat(parts.toString()).isEqualTo("[{\"status\":\"not_carried\"}]");
  }

  @Test
  void anArchiveFromBeforeOutlinesComparesWithoutTheOutlineAsChanges() throws IOException {
    Path before = demo2015("before");
    Path now = demo2015("now");
    asBeforeOutlines(before);

    Cli same = Cli.run("diff", before.toString(), now.toString());
    assertThat(same.code).as(same.toString()).isEqualTo(DiffCommand.SAME);
    String note = "New information, not a change: the newer archive has the outline of 2 courses";
    assertThat(count(same.out, "New information")).isEqualTo(1);
    assertThat(same.out).contains(note).doesNotContain("Week 1:");
    assertThat(same.lastLine()).startsWith("Nothing changed");

    Cli json = Cli.run("diff", before.toString(), now.toString(), "--format", "json");
    JsonNode doc = RecordJson.mapper().readTree(json.out);
    assertThat(doc.path("changed").asBoolean()).isFalse();
    assertThat(doc.path("courses").size()).isZero();
    assertThat(doc.path("summary").path("newOutlines").asInt()).isEqualTo(2);

    // and against the same learner later, the changes speak of modules and items by name
    Path later = demo2015("later", "--later", "30");
    Cli changed = Cli.run("diff", before.toString(), later.toString());
    assertThat(changed.code).as(changed.toString()).isEqualTo(DiffCommand.CHANGED);
    assertThat(changed.out)
        .contains("Module \"Week 2: Freud and the Unconscious\" completed.")
        .contains("Deadline of module \"Week 6: The Postmodern Condition\" moved")
        .contains(note);
  }

  private static Path demo2015(String name, String... more) {
    Path out = tmp.resolve("era-2015-" + name);
    List<String> args =
        new ArrayList<>(List.of("export", "--demo", "--era", "2015", "--quiet", "--out"));
    args.add(out.toString());
    args.addAll(List.of(more));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code).as(r.toString()).isZero();
    return out;
  }

  /**
   * Makes an archive look written before outlines and today's grades: no outline family or part,
   * grades without today's fields; the manifest follows, so the archive still verifies.
   */
  private static void asBeforeOutlines(Path bag) throws IOException {
    Path manifest = bag.resolve("manifest-sha256.txt");
    String lines = Files.readString(manifest);
    List<Path> files;
    try (Stream<Path> s = Files.list(bag.resolve("data/record/courses"))) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      byte[] was = Files.readAllBytes(f);
      ObjectNode tree = (ObjectNode) RecordJson.mapper().readTree(was);
      ((ObjectNode) tree.path("course").path("families")).remove("outline");
      ((ObjectNode) tree.path("completeness").path("parts")).remove("outline");
      JsonNode grade = tree.path("course").path("families").path("grades").path("value");
      if (grade instanceof ObjectNode g) {
        g.remove(
            List.of("overallGrade", "verifiedGrade", "tracks", "itemGroups", "assignmentGroups"));
        g.path("itemGrades").forEach(i -> ((ObjectNode) i).remove(List.of("passed", "override")));
      }
      byte[] now = RecordJson.bytes(tree);
      Files.write(f, now);
      lines = lines.replace(SourceDocument.sha256Hex(was), SourceDocument.sha256Hex(now));
    }
    assertThat(Files.readString(files.get(0))).doesNotContain("\"outline\"");
    Files.writeString(manifest, lines);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
