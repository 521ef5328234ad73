package io.github.courseport.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.export.archive.CourseKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordReaderTest {
  static List<Path> oldArchives() {
    return OldArchives.all();
  }

  /**
   * Files of an earlier version lack the components added since (today's grades, the items' passed
   * flags and overrides, the outline): they read as empty lists and nulls, not as a failure.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oldArchives")
  void readsEveryRecordFileOfAnArchiveOfThePreviousVersion(Path archive) throws IOException {
    Map<String, String> files = OldArchives.recordFiles(archive);
    List<CourseRecord> courses = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      JsonNode tree = RecordJson.mapper().readTree(f.getValue());
      if (f.getKey().startsWith("data/record/courses/")) {
        CourseRecord course = RecordReader.course(tree);
        assertThat(f.getKey())
            .isEqualTo("data/record/courses/" + CourseKeys.of(course.id()) + ".json");
        courses.add(course);
      }
    }
    LearnerRecord learner =
        RecordReader.learner(RecordJson.mapper().readTree(files.get("data/record/learner.json")));
    CompletenessReport report =
        RecordReader.report(
            RecordJson.mapper().readTree(files.get("data/record/completeness.json")));

    assertThat(courses).isNotEmpty();
    assertThat(learner.courses()).isNotEmpty();
    assertThat(report.families()).isNotEmpty();
    // Some course had grades, written before the grades of today's route were part of the record.
    List<CourseGrade> grades =
        courses.stream()
            .map(c -> c.families().get(CourseFamily.GRADES))
            .filter(o -> o != null)
            .flatMap(o -> o.found().stream())
            .toList();
    assertThat(grades).isNotEmpty();
    assertThat(files.values()).noneMatch(t -> t.contains("\"tracks\""));
    assertThat(grades)
        .allSatisfy(
            g -> {
              assertThat(g.tracks()).isEmpty();
              assertThat(g.itemGroups()).isEmpty();
              assertThat(g.assignmentGroups()).isEmpty();
              assertThat(g.overallGrade()).isNull();
              assertThat(g.itemGrades().values()).allMatch(i -> i.override() == null);
            });
    assertThat(courses).allMatch(c -> c.families().get(CourseFamily.OUTLINE) == null);
    // What the old files do hold comes back: every course the index names that is kept here.
    assertThat(courses)
        .allSatisfy(
            c ->
                assertThat(learner.courses())
                    .anySatisfy(s -> assertThat(s.id()).isEqualTo(c.id())));
    assertThat(courses).anyMatch(c -> c.course().status() == Outcome.Status.FOUND);
  }
}
