package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectId;
import io.github.courseport.core.domain.AddedLater;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagVerifier;
import io.github.courseport.export.archive.CourseKeys;
import io.github.courseport.export.json.OldArchives;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordSchemasTest {
  /**
   * RecordJson's mapper, writing no component marked {@link AddedLater}: record files as the first
   * version of the record files wrote them.
   */
  private static final ObjectMapper FIRST_VERSION =
      RecordJson.mapper()
          .copy()
          .setAnnotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public boolean hasIgnoreMarker(AnnotatedMember m) {
                  return m.hasAnnotation(AddedLater.class) || super.hasIgnoreMarker(m);
                }
              });

  @TempDir Path tmp;

  /** Every record file RecordJson writes for a record, by bag path. */
  static Map<String, String> recordFiles(SampleRecords.Exported record) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("data/record/learner.json", text(RecordJson.learner(record.learner())));
    files.put("data/record/completeness.json", text(RecordJson.completeness(record.report())));
    for (CourseRecord c : record.courseList()) {
      files.put(
          "data/record/courses/" + CourseKeys.of(c.id()) + ".json", text(RecordJson.course(c)));
    }
    return files;
  }

  static String text(JsonNode tree) {
    return new String(RecordJson.bytes(tree), StandardCharsets.UTF_8);
  }

  static Stream<String> samples() {
    return Stream.of("demo", "today", "hostile", "empty");
  }

  static SampleRecords.Exported sample(String name) {
    return switch (name) {
      case "demo" -> SampleRecords.demo();
      case "today" -> SampleRecords.today();
      case "hostile" -> SampleRecords.hostile();
      default -> SampleRecords.empty();
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void realRecordFilesAreValid(String sample) {
    Map<String, String> files = recordFiles(sample(sample));
    assertThat(files).isNotEmpty();
    files.forEach((path, text) -> assertThat(RecordSchemas.check(path, text)).as(path).isEmpty());
  }

  @Test
  void theDemoCoversEveryFamilyAndEveryKindOfOutcome() {
    String all = String.join("\n", recordFiles(SampleRecords.demo()).values());
    for (String family :
        List.of(
            "progress",
            "schedule",
            "deadlines",
            "homeProgress",
            "grades",
            "instructorNotes",
            "classmates",
            "experiments",
            "completionEvents")) {
      assertThat(all).contains("\"" + family + "\" : {");
    }
    assertThat(all)
        .contains(
            "\"status\" : \"found\"",
            "\"status\" : \"absent\"",
            "\"status\" : \"unavailable\"",
            "\"status\" : \"failed\"",
            "\"courseType\" : \"v1.session\"",
            "\"courseType\" : \"v2.ondemand\"");
  }

  @Test
  void theSchemasThemselvesAreValidDraft202012Schemas() throws IOException {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
    for (Map.Entry<String, byte[]> e : RecordSchemas.files().entrySet()) {
      JsonNode schema = RecordJson.mapper().readTree(e.getValue());
      List<Error> errors = meta.validate(schema);
      assertThat(errors).as(e.getKey()).isEmpty();
      assertThat(schema.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").asText())
          .isEqualTo("https://courseport.github.io/schema/record/1/" + e.getKey());
      // self-contained: every reference points into the file itself
      assertThat(new String(e.getValue(), StandardCharsets.UTF_8).lines())
          .filteredOn(l -> l.contains("\"$ref\""))
          .allMatch(l -> l.contains("\"#/$defs/"));
    }
  }

  @Test
  void definitionsSharedByTheSchemasAreTheSame() throws IOException {
    JsonNode learner =
        RecordJson.mapper().readTree(RecordSchemas.files().get(RecordSchemas.LEARNER));
    JsonNode course = RecordJson.mapper().readTree(RecordSchemas.files().get(RecordSchemas.COURSE));
    int shared = 0;
    for (Map.Entry<String, JsonNode> def : learner.get("$defs").properties()) {
      JsonNode other = course.get("$defs").get(def.getKey());
      if (other != null) {
        assertThat(other).as(def.getKey()).isEqualTo(def.getValue());
        shared++;
      }
    }
    assertThat(shared).isGreaterThanOrEqualTo(8);
  }

  @Test
  void theRendererCopiesTheShippedSchemas() {
    MemoryTarget target = MemoryTarget.render(new RecordSchemasRenderer(), SampleRecords.demo());
    RecordSchemas.files()
        .forEach((name, bytes) -> assertThat(target.bytes("schema/" + name)).isEqualTo(bytes));
    assertThat(target.files).hasSize(3);
  }

  @Test
  void eachRecordFileHasItsSchema() {
    assertThat(RecordSchemas.schemaFor("data/record/learner.json")).contains("learner.schema.json");
    assertThat(RecordSchemas.schemaFor("record/learner.json")).contains("learner.schema.json");
    assertThat(RecordSchemas.schemaFor("data/record/completeness.json"))
        .contains("completeness.schema.json");
    assertThat(RecordSchemas.schemaFor("data/record/courses/x-1a2b3c4d.json"))
        .contains("course.schema.json");
    assertThat(RecordSchemas.schemaFor("data/record/courses/a/b.json")).isEmpty();
    assertThat(RecordSchemas.schemaFor("data/raw/000001.json")).isEmpty();
    assertThat(RecordSchemas.schemaFor("data/index.html")).isEmpty();
    assertThat(RecordSchemas.check("data/raw/000001.json", "not json")).isEmpty();
  }

  // ---- broken files are reported ----

  private static String course() {
    return recordFiles(SampleRecords.demo()).entrySet().stream()
        .filter(e -> e.getKey().contains("/courses/s5sEkw"))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private static List<String> brokenCourse(Consumer<ObjectNode> damage) {
    try {
      ObjectNode tree = (ObjectNode) RecordJson.mapper().readTree(course());
      damage.accept(tree);
      return RecordSchemas.check("data/record/courses/x-00000000.json", tree.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Archives written before lists kept their provenance (no {@code listedBy}, {@code member},
   * {@code listsDisagree}, {@code provenance}) are still valid records of schema version 1.
   */
  @Test
  void recordFilesWithoutTheProvenanceFieldsOfLaterVersionsStillVerify() throws IOException {
    for (Map.Entry<String, String> f : recordFiles(SampleRecords.demo()).entrySet()) {
      JsonNode tree = RecordJson.mapper().readTree(f.getValue());
      stripProvenance(tree);
      assertThat(tree.toString()).doesNotContain("\"listedBy\"").doesNotContain("\"provenance\"");
      assertThat(RecordSchemas.check(f.getKey(), tree.toString())).as(f.getKey()).isEmpty();
    }
  }

  private static void stripProvenance(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove(List.of("listedBy", "member", "listsDisagree", "provenance"));
    }
    node.forEach(RecordSchemasTest::stripProvenance);
  }

  // ---- files of earlier versions ----

  static List<Path> oldArchives() {
    return OldArchives.all();
  }

  /**
   * Real archives written by the Courseport before issue 24 (caf701a): their grades have none of
   * today's fields, no course has an outline, and the learned-unavailable resources still say after
   * how many answers.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oldArchives")
  void recordFilesOfAnArchiveOfThePreviousVersionStillVerify(Path archive) {
    Map<String, String> files = OldArchives.recordFiles(archive);
    assertThat(files)
        .containsKeys("data/record/learner.json", "data/record/completeness.json")
        .hasSizeGreaterThanOrEqualTo(5);
    String all = String.join("\n", files.values());
    assertThat(all).contains("\"grades\" : {").doesNotContain("\"tracks\"", "\"outline\"");
    files.forEach((path, text) -> assertThat(RecordSchemas.check(path, text)).as(path).isEmpty());
  }

  @Test
  void theOldArchivesHoldWhatLaterVersionsNoLongerWrite() {
    String completeness =
        OldArchives.recordFiles(
                OldArchives.all().stream()
                    .filter(p -> p.getFileName().toString().endsWith("synthetic"))
                    .findFirst()
                    .orElseThrow())
            .get("data/record/completeness.json");
    assertThat(completeness).contains("\"learnedUnavailable\"", "\"answers\" : 3");
  }

  /**
   * Files as the first version of the record files wrote them: every component marked {@link
   * AddedLater} left out (and so derived from the marks, not listed here). They verify, and read
   * back with those components empty.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void recordFilesWithoutEveryComponentAddedLaterStillVerifyAndRead(String sample)
      throws IOException {
    SampleRecords.Exported record = sample(sample);
    Map<String, String> files = new LinkedHashMap<>();
    ObjectNode learner = JsonNodeFactory.instance.objectNode();
    learner.put("schemaVersion", RecordJson.SCHEMA_VERSION);
    learner.set("learner", FIRST_VERSION.valueToTree(record.learner()));
    files.put("data/record/learner.json", text(learner));
    for (CourseRecord c : record.courseList()) {
      ObjectNode course = JsonNodeFactory.instance.objectNode();
      course.put("schemaVersion", RecordJson.SCHEMA_VERSION);
      course.set("course", FIRST_VERSION.valueToTree(c));
      course.set("completeness", FIRST_VERSION.valueToTree(c.completeness()));
      files.put("data/record/courses/" + CourseKeys.of(c.id()) + ".json", text(course));
    }
    assertThat(String.join("\n", files.values()))
        .doesNotContain("\"listedBy\"", "\"listsDisagree\"", "\"tracks\"", "\"provenance\"");
    files.forEach((path, text) -> assertThat(RecordSchemas.check(path, text)).as(path).isEmpty());
    for (Map.Entry<String, String> f : files.entrySet()) {
      JsonNode tree = RecordJson.mapper().readTree(f.getValue());
      if (f.getKey().endsWith("learner.json")) {
        assertThat(RecordReader.learner(tree).listsDisagree()).isEmpty();
      } else {
        CourseRecord c = RecordReader.course(tree);
        assertThat(c.memberships()).allMatch(m -> m.listedBy().isEmpty());
      }
    }
  }

  // ---- the schemas are strict ----

  private static JsonNode sampleGrades() {
    try {
      return RecordJson.mapper().readTree(course()).at("/course/families/grades");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every status but found and absent carries a reason and no value (not_carried too, whenever
   * there is one): derived from {@link Outcome.Status#values()}, so a new status is checked.
   */
  @Test
  void everyStatusHasTheFieldsOfItsKindAndNoOther() {
    JsonNode value = sampleGrades().get("value");
    assertThat(value).isNotNull();
    for (Outcome.Status s : Outcome.Status.values()) {
      String status = s.name().toLowerCase(Locale.ROOT);
      boolean found = s == Outcome.Status.FOUND;
      boolean absent = s == Outcome.Status.ABSENT;
      Map<String, Boolean> cases = new LinkedHashMap<>();
      cases.put("value", found);
      cases.put("reason", !found && !absent);
      cases.put("", absent);
      cases.put("value reason", false);
      cases.put("reason received", s == Outcome.Status.FAILED);
      cases.put("value received", false);
      cases.forEach(
          (fields, valid) -> {
            List<String> problems =
                brokenCourse(
                    t -> {
                      ObjectNode o = JsonNodeFactory.instance.objectNode();
                      o.put("status", status);
                      o.putArray("sources");
                      if (fields.contains("value")) {
                        o.set("value", value);
                      }
                      if (fields.contains("reason")) {
                        o.put("reason", "because");
                      }
                      if (fields.contains("received")) {
                        o.set("received", value);
                      }
                      ((ObjectNode) t.at("/course/families")).set("grades", o);
                    });
            assertThat(problems.isEmpty())
                .as(status + " with " + fields + ": " + problems)
                .isEqualTo(valid);
          });
    }
  }

  @Test
  void anUnknownPropertyIsReportedAtEveryDepth() {
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/families/grades/value")).put("gossip", 1)))
        .anyMatch(p -> p.startsWith("/course/families/grades/value") && p.contains("gossip"));
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/course/course/value")).put("gossip", 1)))
        .anyMatch(p -> p.startsWith("/course/course"));
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/completeness")).put("gossip", 1)))
        .anyMatch(p -> p.startsWith("/completeness") && p.contains("gossip"));
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/course/course/sources/0")).put("gossip", 1)))
        .anyMatch(p -> p.contains("gossip"));
  }

  @Test
  void aNullOrAWrongTypeOrAMissingFieldIsReportedInsideAValue() {
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/course/course/value")).putNull("name")))
        .anyMatch(p -> p.startsWith("/course/course"));
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/families/grades/value")).put("courseId", 7)))
        .anyMatch(p -> p.startsWith("/course/families/grades/value/courseId: "));
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/families/grades/value")).remove("itemGrades")))
        .anyMatch(p -> p.startsWith("/course/families/grades/value") && p.contains("itemGrades"));
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/course")).put("sessionBased", "no")))
        .anyMatch(p -> p.startsWith("/course/sessionBased: "));
    // An on-demand course that says it is session-based is neither.
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/course/value")).put("courseType", "v1.session")))
        .anyMatch(p -> p.startsWith("/course/course"));
  }

  @Test
  void theReportIsStrictToo() {
    String report = text(RecordJson.completeness(SampleRecords.demo().report()));
    assertThat(RecordSchemas.check("data/record/completeness.json", report)).isEmpty();
    // A gap is unavailable or failed, never found; counts are never negative.
    assertThat(
            RecordSchemas.check(
                "data/record/completeness.json",
                report.replaceFirst(
                    "\"status\" : \"(UNAVAILABLE|FAILED)\"", "\"status\" : \"FOUND\"")))
        .anyMatch(p -> p.startsWith("/report/gaps/"));
    assertThat(
            RecordSchemas.check(
                "data/record/completeness.json",
                report.replaceFirst("\"asked\" : \\d+", "\"asked\" : -1")))
        .anyMatch(p -> p.startsWith("/report/families/"));
    assertThat(
            RecordSchemas.check(
                "data/record/completeness.json",
                report.replaceFirst("\"found\" : ", "\"transports\" : [ ], \"found\" : ")))
        .anyMatch(p -> p.contains("transports"));
  }

  @Test
  void whatAFailureReceivedIsAllowedOnAFailureOnly() {
    assertThat(
            brokenCourse(t -> ((ObjectNode) t.at("/course/course")).putArray("received").add("x")))
        .anyMatch(p -> p.startsWith("/course/course"));
    assertThat(
            brokenCourse(
                t -> {
                  ObjectNode course = (ObjectNode) t.at("/course/course");
                  course.put("status", "failed").put("reason", "page 2 failed");
                  course.set("received", course.remove("value"));
                }))
        .isEmpty();
  }

  @Test
  void aMissingFieldIsReported() {
    assertThat(brokenCourse(t -> ((ObjectNode) t.get("course")).remove("id")))
        .anyMatch(p -> p.startsWith("/course: ") && p.contains("id"));
  }

  @Test
  void aWrongTypeIsReported() {
    assertThat(brokenCourse(t -> t.put("schemaVersion", "1")))
        .anyMatch(p -> p.startsWith("/schemaVersion: "));
    assertThat(
            brokenCourse(
                t ->
                    ((ObjectNode) t.at("/course/families/progress/value/modules"))
                        .put("SkoZT", "all")))
        .anyMatch(p -> p.startsWith("/course/families/progress/value/modules/SkoZT: "));
  }

  @Test
  void aBadOutcomeIsReported() {
    assertThat(brokenCourse(t -> ((ObjectNode) t.at("/course/course")).remove("value")))
        .anyMatch(p -> p.startsWith("/course/course"));
    assertThat(
            brokenCourse(t -> ((ObjectNode) t.at("/course/families/grades")).put("status", "ok")))
        .anyMatch(p -> p.startsWith("/course/families/grades/status: "));
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/families/completionEvents")).remove("reason")))
        .anyMatch(p -> p.startsWith("/course/families/completionEvents"));
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/course/sources/0")).put("sha256", "not a hash")))
        .anyMatch(p -> p.startsWith("/course/course/sources/0/sha256: "));
  }

  @Test
  void anUnknownFieldOrFamilyOrABadTimeIsReported() {
    assertThat(brokenCourse(t -> t.put("extra", true))).anyMatch(p -> p.contains("extra"));
    assertThat(
            brokenCourse(
                t -> ((ObjectNode) t.at("/course/families")).set("gossip", t.get("schemaVersion"))))
        .anyMatch(p -> p.contains("gossip"));
    assertThat(
            brokenCourse(
                t ->
                    ((ObjectNode) t.at("/course/families/grades/value"))
                        .put("timestamp", "12 March 2016")))
        .anyMatch(p -> p.startsWith("/course/families/grades/value/timestamp: "));
  }

  @Test
  void aFileThatIsNotJsonIsReported() {
    assertThat(RecordSchemas.check("data/record/learner.json", "{\"schemaVersion\": 1,"))
        .singleElement()
        .asString()
        .startsWith("not valid JSON");
    assertThat(RecordSchemas.check("data/record/learner.json", "")).containsExactly("empty file");
    assertThat(RecordSchemas.check("data/record/completeness.json", "[]")).isNotEmpty();
  }

  @Test
  void manyViolationsAreCappedWithACount() {
    StringBuilder gaps = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      gaps.append(i == 0 ? "" : ",").append("{\"family\":1}");
    }
    List<String> problems =
        RecordSchemas.check(
            "data/record/completeness.json",
            "{\"schemaVersion\":1,\"complete\":false,\"report\":{\"families\":{},\"gaps\":["
                + gaps
                + "]}}");
    assertThat(problems).hasSize(51);
    assertThat(problems.get(50)).matches("\\.\\.\\. and \\d+ more violations");
  }

  // ---- with the bag verifier ----

  @Test
  void plugsIntoTheBagVerifier() throws IOException {
    SampleRecords.Exported demo = SampleRecords.demo();
    Path bag = tmp.resolve("bag");
    SourceDocument doc =
        SourceDocument.ofText(
            "courses.v1", "/api/courses.v1", 200, Instant.EPOCH, "fixtures", "{\"elements\":[]}");
    try (BagArchive archive =
        BagArchive.open(
            bag,
            BagArchive.Format.DIR,
            false,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            "test",
            s -> s)) {
      archive.acceptDocuments(List.of(doc));
      demo.courseList().forEach(archive::acceptCourse);
      archive.finish(demo.learner(), demo.report());
    }
    BagVerifier verifier = new BagVerifier(RecordSchemas.checker());
    assertThat(verifier.verify(bag)).isEmpty();

    Path learner = bag.resolve("data/record/learner.json");
    Files.writeString(
        learner, Files.readString(learner).replace("\"identifiedBy\" :", "\"identified\" :"));
    assertThat(verifier.verify(bag))
        .anyMatch(
            p -> p.startsWith("data/record/learner.json: /learner: ") && p.contains("identif"));
    // files without a schema (raw documents) are not schema-checked
    assertThat(RecordSchemas.checker().apply("data/raw/000001.json", "not json")).isEmpty();
    assertThat(RecordSchemas.checker().apply("data/record/learner.json", Files.readString(learner)))
        .isNotEmpty();
  }
}
