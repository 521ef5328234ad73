package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An instructor's override of an item's outcome ({@code
 * onDemandCourseGradeItemOutcomeOverrides.v1}): the grade and passed state it sets, why, when and
 * by whom.
 */
@Described(
    "An instructor's override of an item's outcome (onDemandCourseGradeItemOutcomeOverrides.v1).")
public record GradeOverride(
    @Nullable Double grade,
    @Nullable Boolean passed,
    @Nullable String explanation,
    @Nullable Instant overriddenAt,
    @Nullable String overriderId,
    Extras extras) {}
