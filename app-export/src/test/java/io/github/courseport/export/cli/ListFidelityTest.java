package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Quirks;
import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing the server sent is lost: the real command against a fake that departs from the tidy API
 * the way the real one does ({@link Quirks}), for each source. Every course any list names is
 * exported with its name, or named in {@code completeness.json} as a gap; exit 3 when anything is
 * missing, 0 only when nothing is; {@code verify} passes.
 */
class ListFidelityTest {
  private static final String COOKIE = "CAUTH-list-fidelity-SECRET-4411";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  /** One export: its exit, record and the server's request counts. */
  private record Run(Cli cli, Path out, Map<String, Long> requests) {
    JsonNode learner() throws IOException {
      return JSON.readTree(out.resolve("data/record/learner.json").toFile()).path("learner");
    }

    JsonNode completeness() throws IOException {
      return JSON.readTree(out.resolve("data/record/completeness.json").toFile());
    }

    /** Course id to name, from the record's course index. */
    Map<String, String> courseNames() throws IOException {
      Map<String, String> names = new TreeMap<>();
      for (JsonNode c : learner().path("courses")) {
        names.put(c.path("id").asText(), c.path("name").isNull() ? null : c.path("name").asText());
      }
      return names;
    }

    List<String> gapReasons() throws IOException {
      List<String> out = new ArrayList<>();
      for (JsonNode g : completeness().path("report").path("gaps")) {
        out.add(
            g.path("family").asText()
                + " "
                + g.path("key").asText()
                + ": "
                + g.path("reason").asText());
      }
      return out;
    }
  }

  private Run export(String source, String name, UnaryOperator<FakeCourseraServer.Builder> setup)
      throws IOException {
    try (FakeCourseraServer s =
        setup.apply(FakeCourseraServer.builder().learner(Learners.demo()).cauth(COOKIE)).start()) {
      Path out = tmp.resolve(name + "-" + source);
      Cli r =
          Cli.run(
              Map.of("COURSERA_CAUTH", COOKIE),
              "export",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--source",
              source,
              "--retry-backoff",
              "1",
              "--out",
              out.toString());
      Cli verify = Cli.run("verify", out.toString());
      assertThat(verify.code).as(verify.toString()).isZero();
      return new Run(r, out, s.stats().perResource());
    }
  }

  private Run clean(String source) throws IOException {
    Run r = export(source, "clean", b -> b.pageSize(1));
    assertThat(r.cli().code).as(r.cli().toString()).isZero();
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aListWhosePagingLoopsKeepsItsPagesAndEveryCourseTheyName(String source) throws IOException {
    Run clean = clean(source);
    Run loop =
        export(
            source,
            "loop",
            b -> b.pageSize(1).quirks(Quirks.parse(List.of("loop:memberships.v1@2"))));
    assertThat(loop.cli().code).as(loop.cli().toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(loop.courseNames()).isEqualTo(clean.courseNames());
    JsonNode memberships = loop.learner().path("memberships");
    assertThat(memberships.path("status").asText()).isEqualTo("failed");
    assertThat(memberships.path("reason").asText())
        .contains("repeated the cursor")
        .contains("received 2 elements of 2 announced");
    assertThat(memberships.path("received")).hasSize(2);
    assertThat(loop.gapReasons()).singleElement().asString().startsWith("memberships ");
    // The loop costs nothing beyond the pages: it is noticed on the page that repeats a cursor.
    assertThat(loop.requests().get(Resources.MEMBERSHIPS))
        .isEqualTo(clean.requests().get(Resources.MEMBERSHIPS));
    assertThat(loop.cli().err).contains("paging loops");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aListThatBreaksAtAPageKeepsThePagesBeforeIt(String source) throws IOException {
    Run clean = clean(source);
    Run fail =
        export(
            source,
            "fail",
            b -> b.pageSize(1).quirks(Quirks.parse(List.of("fail:memberships.v1@2"))));
    assertThat(fail.cli().code).as(fail.cli().toString()).isEqualTo(ExitCodes.INCOMPLETE);
    // openCourseMemberships.v1 names every on-demand course: none is lost with the broken page.
    assertThat(fail.courseNames()).isEqualTo(clean.courseNames());
    JsonNode memberships = fail.learner().path("memberships");
    assertThat(memberships.path("reason").asText())
        .contains("page 2 of the list failed")
        .contains("received 1 element of 2 announced");
    assertThat(memberships.path("received")).hasSize(2);
    // The pages already made plus the retries of the broken one (6 attempts), nothing more.
    assertThat(fail.requests().get(Resources.MEMBERSHIPS))
        .isLessThanOrEqualTo(clean.requests().get(Resources.MEMBERSHIPS) - 1 + 6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aCourseOnlyOneListNamesIsExportedAndTheDisagreementSaid(String source) throws IOException {
    Run clean = clean(source);
    Run hide =
        export(
            source,
            "hide",
            b -> b.pageSize(1).quirks(Quirks.parse(List.of("hide:memberships.v1=1"))));
    assertThat(hide.cli().code).as(hide.cli().toString()).isZero();
    assertThat(hide.courseNames()).isEqualTo(clean.courseNames());
    assertThat(hide.learner().path("listsDisagree").toString())
        .contains("is listed by openCourseMemberships.v1 but not by memberships.v1");
    JsonNode hidden = null;
    for (JsonNode c : hide.learner().path("courses")) {
      if (c.path("listedBy").toString().contains("openCourseMemberships.v1")
          && !c.path("listedBy").toString().contains("\"memberships.v1\"")) {
        hidden = c;
      }
    }
    assertThat(hidden).as("the course only openCourseMemberships.v1 names").isNotNull();
    assertThat(hidden.path("member").asBoolean()).isTrue();
    assertThat(hidden.path("name").asText()).isNotBlank();
    // The page says so, and the database keeps which lists named the course.
    assertThat(Files.readString(hide.out().resolve("data/index.html")))
        .contains("lists of your courses disagree")
        .contains("is listed by openCourseMemberships.v1 but not by memberships.v1");
    Cli q =
        Cli.run(
            "query",
            hide.out().toString(),
            "SELECT list FROM course_listed_by WHERE course_id = '"
                + hidden.path("id").asText()
                + "' ORDER BY list",
            "--format",
            "csv");
    assertThat(q.code).as(q.toString()).isZero();
    assertThat(q.out).contains("openCourseMemberships.v1").doesNotContain("memberships.v1\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aSessionCourseInMembershipsThatTheV1CatalogLostComesFromCoursesV1(String source)
      throws IOException {
    Run v1 =
        export(
            source,
            "v1",
            b ->
                b.quirks(
                    Quirks.parse(
                        List.of(
                            "v1-in-memberships",
                            "hide:users/v1/me/enrollments=9",
                            "forget:catalog.v1/courses=9"))));
    assertThat(v1.cli().code).as(v1.cli().toString()).isZero();
    assertThat(v1.courseNames())
        .containsEntry("v1-228", "The Modern and the Postmodern")
        .containsEntry("v1-77", "Neural Networks for Machine Learning");
    for (JsonNode c : v1.learner().path("courses")) {
      if (c.path("id").asText().startsWith("v1-")) {
        assertThat(c.path("listedBy").toString()).contains("memberships.v1");
        assertThat(c.path("courseType").asText()).isEqualTo("v1.session");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aCourseNoCatalogAnswersForIsTakenFromWhatCameLinkedWithTheMemberships(String source)
      throws IOException {
    Run linked =
        export(
            source,
            "linked",
            b ->
                b.quirks(
                    Quirks.parse(
                        List.of(
                            "v1-in-memberships",
                            "hide:users/v1/me/enrollments=9",
                            "forget:catalog.v1/courses=9",
                            "forget:courses.v1=1"))));
    assertThat(linked.cli().code).as(linked.cli().toString()).isZero();
    assertThat(linked.courseNames()).containsEntry("v1-228", "The Modern and the Postmodern");
    JsonNode course = null;
    try (var files = Files.list(linked.out().resolve("data/record/courses"))) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("v1-228-")) {
          course = JSON.readTree(f.toFile());
        }
      }
    }
    assertThat(course).isNotNull();
    // It rests on the memberships answer it arrived in, besides the catalogs that did not know it.
    assertThat(course.toString()).contains("\"resource\":\"memberships.v1\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void aMembersCourseNoCatalogKnowsIsAGapThatSaysSo(String source) throws IOException {
    Run gap =
        export(
            source,
            "gap",
            b ->
                b.quirks(
                    Quirks.parse(
                        List.of(
                            "v1-in-memberships",
                            "hide:users/v1/me/enrollments=9",
                            "forget:catalog.v1/courses=9",
                            "forget:courses.v1=1",
                            "unlinked"))));
    assertThat(gap.cli().code).as(gap.cli().toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(gap.completeness().path("complete").asBoolean()).isFalse();
    assertThat(gap.gapReasons())
        .containsExactly(
            "courses v1-228: course v1-228 is listed by memberships.v1 but no catalog knows it");
    assertThat(gap.cli().err).contains("v1-228");
    assertThat(gap.courseNames()).containsEntry("v1-77", "Neural Networks for Machine Learning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void idsOfEveryKindRoundTripFromTheAnswersToTheRecordAndItsFileNames(String source)
      throws IOException {
    Run run = export(source, "ids", b -> b.quirks(Quirks.parse(List.of("v1-in-memberships"))));
    assertThat(run.cli().code).as(run.cli().toString()).isZero();
    // Every id of the lists as the server sent it (numbers, v1-<n>, composites with ~).
    java.util.Set<String> sent = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(run.out().resolve("data/raw/index.jsonl"))) {
      JsonNode entry = JSON.readTree(line);
      String resource = entry.path("resource").asText();
      if (!Set.of("memberships.v1", "courseLists.v1", "openCourseMemberships.v1")
          .contains(resource)) {
        continue;
      }
      if (!entry.path("request").asText().contains("q=me")
          && !resource.equals("openCourseMemberships.v1")) {
        continue;
      }
      if (entry.path("request").asText().contains("limit=1&")
          || entry.path("request").asText().endsWith("limit=1")) {
        continue; // the identity probe: one element of the same list
      }
      JsonNode body = JSON.readTree(run.out().resolve(entry.path("file").asText()).toFile());
      for (JsonNode e : body.path("elements")) {
        sent.add(resource + " " + e.path("id").asText());
        sent.add("course " + e.path("courseId").asText(""));
        sent.add("user " + e.path("userId").asText(""));
      }
    }
    sent.remove("course ");
    sent.remove("user ");
    assertThat(sent)
        .anyMatch(i -> i.matches("memberships\\.v1 \\d+~v1-\\d+"))
        .anyMatch(i -> i.matches("courseLists\\.v1 \\d+~\\w+"))
        .anyMatch(i -> i.startsWith("course v1-"));
    java.util.Set<String> recorded = new java.util.TreeSet<>();
    JsonNode learner = run.learner();
    for (JsonNode m : learner.path("memberships").path("value")) {
      for (JsonNode list : m.path("listedBy")) {
        recorded.add(list.asText() + " " + m.path("id").asText());
      }
      recorded.add("course " + m.path("courseId").asText());
      recorded.add("user " + m.path("userId").asText());
    }
    for (JsonNode l : learner.path("courseLists").path("value")) {
      recorded.add("courseLists.v1 " + l.path("id").asText());
    }
    assertThat(recorded).containsAll(sent);
    // Each course's file is named after its id, whatever its kind.
    List<String> files;
    try (var list = Files.list(run.out().resolve("data/record/courses"))) {
      files = list.map(f -> f.getFileName().toString()).toList();
    }
    for (JsonNode c : learner.path("courses")) {
      String id = c.path("id").asText();
      assertThat(files).as("the file of %s", id).anyMatch(f -> f.startsWith(id + "-"));
    }
  }
}
