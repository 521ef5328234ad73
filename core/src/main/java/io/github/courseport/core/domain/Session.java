package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A run of a session-based course ({@code catalog.v1/sessions}); its dates may be partial. */
public record Session(
    SessionId id,
    @Nullable CourseId courseId,
    PartialDate start,
    @Nullable String durationString,
    @Nullable String homeLink,
    @Nullable Boolean active,
    Extras extras) {}
