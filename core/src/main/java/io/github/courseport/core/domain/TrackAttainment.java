package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * How far the learner got on one track of a course ({@code onDemandCourseViewTrackAttainments.v1}).
 *
 * @param trackId the track ({@code core}, {@code honors}...), from the element's id
 */
@Described("How far the learner got on one track (onDemandCourseViewTrackAttainments.v1).")
public record TrackAttainment(
    String trackId,
    @Nullable String passingState,
    @Nullable Integer overallPassedCount,
    @Nullable Integer verifiedPassedCount,
    Extras extras) {}
