package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.Wire;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Today's Coursera and 2015's, through the real command and HTTP on loopback, for both sources:
 * every course the learner is a member of is exported with its name; grades come from the route
 * that answers in the era; every module, lesson and item of every course is in the record by name;
 * a route the era lacks is asked once per run whatever the number of courses; the record is the
 * same over http and batch; a specialization the learner did not join adds no course.
 */
class TodaysCourseraTest {
  private static final String COOKIE = "CAUTH-todays-coursera-SECRET-2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private record Run(Cli cli, Path out, Map<String, Long> requests) {
    JsonNode learner() throws IOException {
      return JSON.readTree(out.resolve("data/record/learner.json").toFile()).path("learner");
    }

    /** Every course file's record, by course id. */
    Map<String, JsonNode> courses() throws IOException {
      Map<String, JsonNode> out = new TreeMap<>();
      try (Stream<Path> files = Files.list(this.out.resolve("data/record/courses"))) {
        for (Path f : files.toList()) {
          JsonNode c = JSON.readTree(f.toFile()).path("course");
          out.put(c.path("id").asText(), c);
        }
      }
      return out;
    }
  }

  private Run export(Learner learner, Era era, String source) throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(learner).era(era).cauth(COOKIE).start()) {
      Path out = tmp.resolve(learner.name().replaceAll("[^a-z0-9]", "") + "-" + era + "-" + source);
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

  static Stream<Arguments> eras() {
    List<Arguments> out = new ArrayList<>();
    for (Era era : Era.values()) {
      for (Learner learner : List.of(Learners.demo(), Learners.synthetic(40, 11))) {
        out.add(Arguments.of(era, learner));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("eras")
  void everyMembersCourseByNameGradesFromTheRouteThatAnswersAndTheOutlineByName(
      Era era, Learner learner) throws IOException {
    Run http = export(learner, era, "http");
    Run batch = export(learner, era, "batch");
    for (Run run : List.of(http, batch)) {
      Map<String, JsonNode> courses = run.courses();
      // Every member's course, with its name.
      for (var c : learner.facts().onDemandCourses()) {
        JsonNode record = courses.get(c.value());
        assertThat(record).as("%s", c).isNotNull();
        assertThat(record.at("/course/value/name").asText()).isNotBlank();
        JsonNode grades = record.at("/families/grades");
        if (learner.elements(Resources.GRADES).byId(c.value()).isPresent()) {
          assertThat(grades.path("status").asText()).isEqualTo("found");
          String route =
              era == Era.TODAY ? "onDemandCourseViewGrades.v1" : "onDemandCourseGrades.v1";
          assertThat(grades.at("/sources/0/resource").asText()).isEqualTo(route);
          assertThat(grades.path("value").has("overallGrade")).isTrue();
        }
        assertOutlineIsTheServers(learner, c.value(), record.at("/families/outline"));
      }
    }
    // The same answers give the same record, whichever transport carried them.
    assertThat(batch.courses()).isEqualTo(http.courses());
    assertThat(JSON.readTree(batch.out().resolve("data/record/completeness.json").toFile()))
        .isEqualTo(JSON.readTree(http.out().resolve("data/record/completeness.json").toFile()));
    // A route the era lacks costs its one probe (three answers of the web app's page) per run,
    // whatever the number of courses.
    List<String> lacking =
        era == Era.TODAY
            ? List.of(Resources.PROFILES, Resources.V1_ENROLLMENTS, Resources.COURSE_LISTS)
            : List.of(Resources.VIEW_GRADES);
    for (String resource : lacking) {
      assertThat(http.requests().getOrDefault(resource, 0L)).as(resource).isEqualTo(3L);
      assertThat(batch.requests().getOrDefault(resource, 0L)).as(resource).isEqualTo(3L);
    }
    if (era == Era.TODAY) {
      // 2015's grades route refuses today: it is never asked, today's answers.
      assertThat(http.requests()).doesNotContainKey(Resources.GRADES);
      assertThat(http.requests().get(Resources.VIEW_GRADES))
          .isEqualTo(learner.facts().onDemandCourses().size());
    }
  }

  /** The record's outline holds every module, lesson and item the server sent, by name. */
  private static void assertOutlineIsTheServers(Learner learner, String course, JsonNode outline) {
    JsonNode body = learner.courseBody(Resources.MATERIALS, course).orElseThrow();
    assertThat(outline.path("status").asText()).isEqualTo("found");
    JsonNode value = outline.path("value");
    List<String> modules = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (JsonNode m : value.path("modules")) {
      modules.add(m.path("id").asText() + " " + m.path("name").asText());
      for (JsonNode l : m.path("lessons")) {
        for (JsonNode i : l.path("items")) {
          items.add(i.path("id").asText() + " " + i.path("name").asText(null));
        }
      }
    }
    List<String> sentModules = new ArrayList<>();
    for (JsonNode m : body.at("/linked/onDemandCourseMaterialModules.v1")) {
      sentModules.add(Wire.id(m) + " " + m.path("name").asText());
    }
    List<String> sentItems = new ArrayList<>();
    for (JsonNode i : body.at("/linked/onDemandCourseMaterialItems.v2")) {
      sentItems.add(Wire.id(i) + " " + (i.path("name").isNull() ? null : i.path("name").asText()));
    }
    assertThat(modules).containsExactlyElementsOf(sentModules);
    assertThat(items).containsExactlyInAnyOrderElementsOf(sentItems);
    // A locked item the server does not name is there, locked and unnamed.
    long sentLocked = 0;
    for (JsonNode i : body.at("/linked/onDemandCourseMaterialItems.v2")) {
      sentLocked += i.path("isLocked").asBoolean() ? 1 : 0;
    }
    assertThat(value.findValues("locked").stream().filter(JsonNode::asBoolean).count())
        .isEqualTo(sentLocked);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void aSpecializationNotJoinedIsKeptWithItsRoleAndAddsNoCourse(String source) throws IOException {
    Run run = export(Learners.demo(), Era.TODAY, source);
    JsonNode learner = run.learner();
    List<String> roles = new ArrayList<>();
    for (JsonNode m : learner.at("/specializationMemberships/value")) {
      roles.add(m.path("specializationId").asText() + " " + m.path("role").asText());
    }
    assertThat(roles)
        .contains("Zx9pLmQ2EeWbcD4kR7Ttqw NOT_ENROLLED", "-ajvNEeXEeWSIg6yKjoojw LEARNER");
    List<String> ids = new ArrayList<>();
    learner.path("courses").forEach(c -> ids.add(c.path("id").asText()));
    // The courses of the specialization the learner only looked at are not theirs.
    assertThat(ids).doesNotContain("Mq3rTs0CEeWn1Q5dX8Yzpw", "Pp7uVv1DEeWo2R6eY9Zaqx");
    assertThat(run.courses())
        .doesNotContainKeys("Mq3rTs0CEeWn1Q5dX8Yzpw", "Pp7uVv1DEeWo2R6eY9Zaqx");
    // The joined one's saved course is listed, not a member's.
    JsonNode saved = null;
    for (JsonNode c : learner.path("courses")) {
      if (c.path("id").asText().equals("Xk2mJq9TEeWkaQ7Hh3Tz4A")) {
        saved = c;
      }
    }
    assertThat(saved).isNotNull();
    assertThat(saved.path("member").asBoolean()).isFalse();
  }

  static Stream<String> sources() {
    return Stream.of("http", "batch");
  }
}
