package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * The grade of a group of passable items ({@code onDemandCourseViewPassableItemGroupGrades.v1}).
 *
 * @param groupId the group, from the element's id
 * @param overallGrade 0..1
 */
@Described("The grade of a group of passable items (onDemandCourseViewPassableItemGroupGrades.v1).")
public record ItemGroupGrade(
    String groupId,
    @Nullable String passingState,
    @Nullable Integer overallPassedCount,
    @Nullable Double overallGrade,
    Extras extras) {}
