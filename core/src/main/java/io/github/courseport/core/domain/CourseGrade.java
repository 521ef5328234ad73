package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A learner's grade in a course, from whichever route answered: today's {@code
 * onDemandCourseViewGrades.v1} (a course grade and a verified grade as fractions, item grades with
 * the instructors' overrides, track attainments, graded item groups and assignment groups) or
 * 2015's {@code onDemandCourseGrades.v1} (passed item counts and course grades per track). A route
 * fills what it knows; the rest stays null or empty.
 *
 * @param overallGrade the course grade, 0..1 (today's route)
 * @param verifiedGrade the grade of the verified (certificate) track, 0..1 (today's route)
 * @param tracks how far the learner got on each track
 * @param itemGroups grades of groups of items where passing one of several counts
 * @param assignmentGroups grades of weighted assignment groups, with the items they dropped
 */
@Described(
    "The learner's grade, from whichever route answered: today's onDemandCourseViewGrades.v1 "
        + "(overallGrade, verifiedGrade, item grades with overrides, tracks, groups) or 2015's "
        + "onDemandCourseGrades.v1 (passed item counts and outcomes). A route fills what it knows; "
        + "the rest is null or empty.")
public record CourseGrade(
    CourseId courseId,
    @Nullable Instant timestamp,
    @Nullable String passingState,
    SortedMap<ItemId, ItemGrade> itemGrades,
    @Nullable Integer passableItemsCount,
    @Nullable GradeOutcome overallOutcome,
    @Nullable GradeOutcome verifiedOutcome,
    Extras extras,
    @AddedLater("issue 24: today's grades") @Described("The course grade, 0..1 (today's route).")
        @Nullable Double overallGrade,
    @AddedLater("issue 24: today's grades")
        @Described("The verified track's grade, 0..1 (today's route).")
        @Nullable Double verifiedGrade,
    @AddedLater("issue 24: today's grades")
        @Described("How far the learner got on each track (today's route).")
        List<TrackAttainment> tracks,
    @AddedLater("issue 24: today's grades")
        @Described("Grades of groups of items where passing one of several counts (today's route).")
        List<ItemGroupGrade> itemGroups,
    @AddedLater("issue 24: today's grades")
        @Described(
            "Grades of weighted assignment groups, with the items they dropped (today's route).")
        List<AssignmentGroupGrade> assignmentGroups) {
  public CourseGrade {
    itemGrades = Collections.unmodifiableSortedMap(new TreeMap<>(itemGrades));
    tracks = List.copyOf(tracks);
    itemGroups = List.copyOf(itemGroups);
    assignmentGroups = List.copyOf(assignmentGroups);
  }

  /** A grade in 2015's shape ({@code onDemandCourseGrades.v1}). */
  public CourseGrade(
      CourseId courseId,
      @Nullable Instant timestamp,
      @Nullable String passingState,
      SortedMap<ItemId, ItemGrade> itemGrades,
      @Nullable Integer passableItemsCount,
      @Nullable GradeOutcome overallOutcome,
      @Nullable GradeOutcome verifiedOutcome,
      Extras extras) {
    this(
        courseId,
        timestamp,
        passingState,
        itemGrades,
        passableItemsCount,
        overallOutcome,
        verifiedOutcome,
        extras,
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  /** The course grade as a fraction (0..1), from whichever route answered, when known. */
  public Optional<Double> grade() {
    if (overallGrade != null) {
      return Optional.of(overallGrade);
    }
    return overallOutcome == null ? Optional.empty() : Optional.of(overallOutcome.courseGrade());
  }

  /** How many items the learner passed, when known (2015's outcome, or today's main track). */
  public Optional<Integer> passedItems() {
    if (overallOutcome != null) {
      return Optional.of(overallOutcome.passedItemsCount());
    }
    for (TrackAttainment t : tracks) {
      if (t.overallPassedCount() != null) {
        return Optional.of(t.overallPassedCount());
      }
    }
    return Optional.empty();
  }
}
