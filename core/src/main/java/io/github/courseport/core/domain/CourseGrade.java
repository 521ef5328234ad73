package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A learner's grade in a course ({@code onDemandCourseGrades.v1}). */
public record CourseGrade(
    CourseId courseId,
    @Nullable Instant timestamp,
    @Nullable String passingState,
    SortedMap<ItemId, ItemGrade> itemGrades,
    @Nullable Integer passableItemsCount,
    @Nullable GradeOutcome overallOutcome,
    @Nullable GradeOutcome verifiedOutcome,
    Extras extras) {
  public CourseGrade {
    itemGrades = Collections.unmodifiableSortedMap(new TreeMap<>(itemGrades));
  }
}
