package io.github.courseport.export.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The comparison of two course records in words, without archives around it. */
class RecordDiffTest {
  private static final CourseId ID = new CourseId("c1");
  private static final SourceRef REF = new SourceRef("grades", "0".repeat(64));

  private static CourseRecord course(Outcome<CourseGrade> grades) {
    return new CourseRecord(
        ID,
        Outcome.found(
            new OnDemandCourse(
                ID,
                "c-one",
                "Course one",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                Extras.none()),
            REF),
        List.of(),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeSet<>(),
        FamilyOutcomes.builder().put(CourseFamily.GRADES, grades).build());
  }

  private static Outcome<CourseGrade> grade(double fraction, String state) {
    return Outcome.found(
        new CourseGrade(
            ID,
            null,
            state,
            new TreeMap<>(),
            4,
            new GradeOutcome(2, fraction, Extras.none()),
            null,
            Extras.none()),
        REF);
  }

  @Test
  void theSameRecordHasNoChange() {
    assertThat(RecordDiff.course(course(grade(0.5, "notPassed")), course(grade(0.5, "notPassed"))))
        .isEmpty();
  }

  @Test
  void aGradeChangeIsSaidInPercentWithTheStates() {
    List<Change> changes =
        RecordDiff.course(course(grade(0.5, "notPassed")), course(grade(0.975, "passed")));
    assertThat(changes).extracting(Change::kind).contains(Change.Kind.GRADE_CHANGED);
    assertThat(changes.stream().filter(c -> c.kind() == Change.Kind.GRADE_CHANGED).findFirst())
        .get()
        .extracting(Change::text)
        .asString()
        .contains("Course grade: 50")
        .contains("97.5")
        .contains("notPassed -> passed");
  }

  @Test
  void aPartOneArchiveLacksIsNotComparedRatherThanChanged() {
    for (Outcome<CourseGrade> lacking :
        List.<Outcome<CourseGrade>>of(
            Outcome.failed("HTTP 500 after 6 attempts"),
            Outcome.notCarried("the source recording does not carry grades"))) {
      List<Change> changes = RecordDiff.course(course(lacking), course(grade(0.9, "notPassed")));
      assertThat(changes).extracting(Change::kind).containsExactly(Change.Kind.NOT_COMPARED);
      assertThat(changes.get(0).text())
          .contains("could not be compared: the older archive lacks them")
          .contains(lacking.reason());
      // both lacking it: nothing to say
      assertThat(RecordDiff.course(course(lacking), course(lacking))).isEmpty();
    }
  }
}
