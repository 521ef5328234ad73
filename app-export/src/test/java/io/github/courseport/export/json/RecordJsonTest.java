package io.github.courseport.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  private static CourseRecord sample() {
    SourceDocument doc =
        SourceDocument.ofText(
            "courses.v1", "/api/courses.v1?ids=x", 200, Instant.EPOCH, "http", "{}");
    var id = new io.github.courseport.core.domain.CourseId("s5sEkwAHEeW9ISIACxWDhA");
    var course =
        new OnDemandCourse(
            id,
            "modern-postmodern-2",
            "The Modern and the Postmodern (Part 2)",
            List.of(new io.github.courseport.core.domain.PartnerId("34")),
            List.of(),
            null,
            null,
            null,
            null,
            Extras.of(Map.of("z", "[1,2]", "a", "{\"y\":true,\"x\":\"é\"}")));
    var grade =
        new io.github.courseport.core.domain.CourseGrade(
            id,
            Instant.ofEpochMilli(1_441_491_952_482L),
            "notPassed",
            new TreeMap<>(),
            5,
            new io.github.courseport.core.domain.GradeOutcome(0, 0.0, Extras.none()),
            null,
            Extras.none());
    return new CourseRecord(
        id,
        Outcome.found(course, doc.ref()),
        List.of(),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(
            Map.of(
                new io.github.courseport.core.domain.PartnerId("34"),
                Outcome.failed("HTTP 503 after 4 tries", doc.ref()))),
        new TreeMap<>(),
        new TreeSet<>(),
        io.github.courseport.core.domain.FamilyOutcomes.builder()
            .put(
                io.github.courseport.core.domain.CourseFamily.GRADES,
                Outcome.found(grade, doc.ref()))
            .put(
                io.github.courseport.core.domain.CourseFamily.EXPERIMENTS,
                Outcome.absent(doc.ref()))
            .build());
  }

  @Test
  void aCourseRecordSurvivesTheRoundTripByteForByte() throws Exception {
    CourseRecord record = sample();
    byte[] once = RecordJson.bytes(RecordJson.course(record));
    JsonNode tree = RecordJson.mapper().readTree(once);
    CourseRecord back = RecordReader.course(tree);
    assertThat(back.id()).isEqualTo(record.id());
    assertThat(back.families().asMap().keySet()).isEqualTo(record.families().asMap().keySet());
    assertThat(back.course().found().orElseThrow()).isInstanceOf(OnDemandCourse.class);
    assertThat(back.partners()).isEqualTo(record.partners());
    byte[] twice = RecordJson.bytes(RecordJson.course(back));
    assertThat(new String(twice, StandardCharsets.UTF_8))
        .isEqualTo(new String(once, StandardCharsets.UTF_8));
  }

  @Test
  void recordFilesHaveSortedKeysAndTypedIdsAsStrings() throws Exception {
    String json = new String(RecordJson.bytes(RecordJson.course(sample())), StandardCharsets.UTF_8);
    assertThat(json).endsWith("}\n");
    assertThat(json).contains("\"id\" : \"s5sEkwAHEeW9ISIACxWDhA\"");
    assertThat(json).contains("\"reason\" : \"HTTP 503 after 4 tries\"");
    assertThat(json.indexOf("\"completeness\"")).isLessThan(json.indexOf("\"schemaVersion\""));
    // Unknown server fields are kept, as JSON, with sorted keys.
    assertThat(json.indexOf("\"x\" : \"é\"")).isLessThan(json.indexOf("\"y\" : true"));
  }
}
