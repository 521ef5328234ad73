package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A run of a session-based course ({@code catalog.v1/sessions}); its dates may be partial. */
@Described("A run of a session-based course (catalog.v1/sessions).")
public record Session(
    SessionId id,
    @Nullable CourseId courseId,
    PartialDate start,
    @Nullable String durationString,
    @Nullable String homeLink,
    @Nullable Boolean active,
    Extras extras) {}
