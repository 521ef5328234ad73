package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XapiStatementsRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path VALIDATOR = Tools.XAPI_VALIDATOR;
  private static final Path VALIDATOR_PACKAGE = Tools.XAPI_VALIDATOR_PACKAGE;

  @TempDir Path tmp;

  static byte[] render(SampleRecords.Exported record) {
    return MemoryTarget.render(new XapiStatementsRenderer(), record)
        .bytes(XapiStatementsRenderer.PATH);
  }

  static List<JsonNode> statements(SampleRecords.Exported record) throws IOException {
    JsonNode all = JSON.readTree(render(record));
    assertThat(all.isArray()).isTrue();
    List<JsonNode> out = new ArrayList<>();
    all.forEach(out::add);
    return out;
  }

  /** Runs Learning Locker's validator of the xAPI specification over a statements file. */
  private Tools.Result validate(byte[] statements) throws Exception {
    Tools.require(
        Tools.onPath("node").isPresent()
            && Files.isRegularFile(VALIDATOR)
            && Files.isRegularFile(VALIDATOR_PACKAGE),
        "node and @learninglocker/xapi-validation (npm ci --prefix app-export/src/test/node)");
    Path file = tmp.resolve("statements.json");
    Files.write(file, statements);
    return Tools.run(List.of("node", VALIDATOR.toString(), file.toString()), tmp, 60);
  }

  @Test
  void everyStatementOfTheDemoIsValidXapi() throws Exception {
    byte[] bytes = render(SampleRecords.demo());
    Tools.Result result = validate(bytes);
    assertThat(result.stdout()).endsWith("checked 26 statements, 0 problems\n");
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
  }

  @Test
  void everyStatementOfTheHostileRecordIsValidXapi() throws Exception {
    Tools.Result result = validate(render(SampleRecords.hostile()));
    assertThat(result.stdout()).contains("0 problems");
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
  }

  @Test
  void theValidatorRejectsBrokenStatements() throws Exception {
    ArrayNode all = (ArrayNode) JSON.readTree(render(SampleRecords.demo()));
    ObjectNode broken = (ObjectNode) all.get(0);
    broken.set("actor", JSON.createObjectNode().put("mbox", "learner@example.com"));
    broken.put("timestamp", "yesterday");
    ((ObjectNode) broken.get("verb")).put("id", "registered");
    Tools.Result result = validate(JSON.writeValueAsBytes(all));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout())
        .contains("0 statement.actor.mbox", "0 statement.timestamp", "0 statement.verb.id")
        .contains("3 problems");
  }

  @Test
  void theActorIsTheCourseraAccountNeverAnEmail() throws IOException {
    for (JsonNode s : statements(SampleRecords.demo())) {
      JsonNode actor = s.get("actor");
      assertThat(actor.get("objectType").asText()).isEqualTo("Agent");
      assertThat(actor.path("account").get("homePage").asText())
          .isEqualTo("https://www.coursera.org");
      assertThat(actor.path("account").get("name").asText()).isEqualTo("3060151");
      assertThat(actor.has("mbox") || actor.has("mbox_sha1sum") || actor.has("openid")).isFalse();
      assertThat(actor.toString()).doesNotContain("@");
    }
  }

  @Test
  void idsAreVersion5UuidsOfLearnerObjectVerbAndTime() throws IOException {
    List<JsonNode> all = statements(SampleRecords.demo());
    Set<String> ids = new HashSet<>();
    for (JsonNode s : all) {
      String id = s.get("id").asText();
      assertThat(UUID.fromString(id).version()).isEqualTo(5);
      assertThat(id)
          .isEqualTo(
              XapiStatementsRenderer.statementId(
                  "3060151",
                  s.path("object").get("id").asText(),
                  s.path("verb").get("id").asText(),
                  s.get("timestamp").asText()));
      ids.add(id);
    }
    assertThat(ids).hasSize(all.size());
  }

  @Test
  void everyTimeComesFromTheRecord() throws IOException {
    SampleRecords.Exported demo = SampleRecords.demo();
    Set<Instant> known = new HashSet<>();
    demo.learner()
        .specializationMemberships()
        .found()
        .orElseThrow()
        .forEach(m -> known.add(m.timestamp()));
    for (CourseRecord c : demo.courseList()) {
      c.memberships().forEach(m -> known.add(m.timestamp()));
      var progress = Views.found(c, CourseFamily.PROGRESS);
      if (progress != null) {
        progress.items().values().forEach(i -> known.add(i.timestamp()));
      }
      var grade = Views.found(c, CourseFamily.GRADES);
      if (grade != null) {
        known.add(grade.timestamp());
      }
      var events = Views.found(c, CourseFamily.COMPLETION_EVENTS);
      if (events != null) {
        events.events().forEach(e -> known.add(e.timestamp()));
      }
    }
    for (JsonNode s : statements(demo)) {
      assertThat(known).contains(Instant.parse(s.get("timestamp").asText()));
    }
  }

  @Test
  void saysWhatHappenedWithAdlVerbsAndActivityTypes() throws IOException {
    List<JsonNode> all = statements(SampleRecords.demo());
    String ml = "https://www.coursera.org/learn/machine-learning";
    String pm = "https://www.coursera.org/learn/modern-postmodern-2";
    JsonNode passed = find(all, "passed", ml);
    assertThat(passed.get("timestamp").asText()).isEqualTo("2015-12-02T08:00:00Z");
    assertThat(passed.path("result").path("score").get("scaled").asDouble()).isEqualTo(0.975);
    assertThat(passed.path("result").get("success").asBoolean()).isTrue();
    assertThat(passed.path("object").path("definition").get("type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/course");
    assertThat(passed.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo("Machine Learning");
    assertThat(find(all, "completed", ml).get("timestamp").asText())
        .isEqualTo("2015-12-02T08:00:01Z");
    assertThat(find(all, "registered", pm).get("timestamp").asText())
        .isEqualTo("2016-02-29T09:58:12.151Z");
    assertThat(find(all, "scored", pm).path("result").path("score").get("scaled").asDouble())
        .isEqualTo(0.26);

    JsonNode module = find(all, "progressed", pm + "/module/7vAcK");
    assertThat(module.get("timestamp").asText()).isEqualTo("2016-03-12T09:15:00Z");
    assertThat(module.path("object").path("definition").get("type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/module");
    assertThat(
            module
                .path("result")
                .path("extensions")
                .get(XapiStatementsRenderer.PROGRESS_EXTENSION)
                .asInt())
        .isEqualTo(60);
    assertThat(
            module
                .path("context")
                .path("contextActivities")
                .path("parent")
                .get(0)
                .get("id")
                .asText())
        .isEqualTo(pm);
    assertThat(
            find(all, "completed", pm + "/module/yd8Xq")
                .path("result")
                .get("completion")
                .asBoolean())
        .isTrue();
    assertThat(find(all, "passed", pm + "/module/SkoZT")).isNotNull();
    assertThat(find(all, "failed", pm + "/item/quiz2").path("result").get("success").asBoolean())
        .isFalse();
    assertThat(find(all, "attempted", pm + "/item/mqOt5").get("timestamp").asText())
        .isEqualTo("2016-03-12T09:15:00Z");

    Set<String> verbs = new HashSet<>();
    all.forEach(s -> verbs.add(s.path("verb").get("id").asText()));
    assertThat(verbs).allMatch(v -> v.startsWith("http://adlnet.gov/expapi/verbs/"));
    // nothing has a time in these two: no statement rather than an invented time
    assertThat(all)
        .noneMatch(s -> s.path("object").get("id").asText().contains("data-scientists-tools"))
        .noneMatch(s -> s.path("object").get("id").asText().contains("neuralnets"));
  }

  @Test
  void todaysStatementsAreValidXapi() throws Exception {
    Tools.Result result = validate(render(SampleRecords.today()));
    assertThat(result.stdout()).contains(" 0 problems");
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
  }

  @Test
  void itemsAndModulesAreNamedFromTheOutlineAndTypedByKind() throws IOException {
    List<JsonNode> all = statements(SampleRecords.today());
    String swift = "https://www.coursera.org/learn/swift-programming";
    JsonNode quiz = find(all, "passed", swift + "/item/qZ2bb");
    assertThat(quiz.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo("Control flow quiz");
    assertThat(quiz.path("object").path("definition").get("type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
    assertThat(quiz.path("context").path("contextActivities").path("grouping").get(0).get("id"))
        .hasToString("\"" + swift + "/module/Tq7Ws\"");
    // today's route has no grade time: the grade holds as of the newest activity, the override
    assertThat(quiz.get("timestamp").asText()).isEqualTo("2015-11-18T00:00:00Z");
    // the grade that counts is the override's; the override, with its explanation, comes along
    assertThat(quiz.path("result").path("score").get("scaled").asDouble()).isEqualTo(0.95);
    JsonNode override =
        quiz.path("result").path("extensions").get(XapiStatementsRenderer.OVERRIDE_EXTENSION);
    assertThat(override.get("explanation").asText()).isEqualTo(SampleRecords.OVERRIDE_EXPLANATION);
    assertThat(override.get("originalGrade").asDouble()).isEqualTo(0.9);
    assertThat(find(all, "failed", swift + "/item/qZ4dd")).isNotNull();

    JsonNode lecture = find(all, "completed", swift + "/item/qZ1aa");
    assertThat(lecture.path("object").path("definition").get("type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/media");
    assertThat(lecture.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo("Welcome to Swift");
    JsonNode module = find(all, "completed", swift + "/module/Tq7Ws");
    assertThat(module.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo("Week 2: Control Flow");
    JsonNode course = find(all, "passed", swift);
    assertThat(course.path("result").path("score").get("scaled").asDouble()).isEqualTo(0.95);

    // without an outline: named by id, no type, no module grouping
    JsonNode unnamed =
        find(all, "completed", "https://www.coursera.org/learn/data-visualization/item/dv1It");
    assertThat(unnamed.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo("Item dv1It");
    assertThat(unnamed.path("object").path("definition").has("type")).isFalse();
    assertThat(unnamed.path("context").path("contextActivities").has("grouping")).isFalse();
    assertThat(XapiStatementsRenderer.activityType(io.github.courseport.core.domain.ItemKind.OTHER))
        .isNull();
  }

  @Test
  void hostileIdsStayInsideTheirIri() throws IOException {
    for (JsonNode s : statements(SampleRecords.hostile())) {
      String iri = s.path("object").get("id").asText();
      assertThat(iri)
          .startsWith("https://www.coursera.org/learn/slug%2F..%2F%3Cx%3E%3Fa%3Db%23c%20d");
      assertThat(iri).doesNotContain("<", ">", "\"", " ", "#", "?");
    }
    JsonNode scored =
        statements(SampleRecords.hostile()).stream()
            .filter(s -> s.path("verb").get("id").asText().endsWith("/scored"))
            .findFirst()
            .orElseThrow();
    assertThat(scored.path("object").path("definition").path("name").get("und").asText())
        .isEqualTo(SampleRecords.XSS_IMG);
  }

  @Test
  void anEmptyRecordHasNoStatements() throws IOException {
    assertThat(statements(SampleRecords.empty())).isEmpty();
  }

  private static JsonNode find(List<JsonNode> all, String verb, String objectId) {
    return all.stream()
        .filter(s -> s.path("verb").get("id").asText().endsWith("/" + verb))
        .filter(s -> s.path("object").get("id").asText().equals(objectId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + verb + " " + objectId));
  }
}
