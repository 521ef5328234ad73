package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A v1 session enrollment ({@code users/v1/me/enrollments}; dates are epoch seconds there). */
@Described("A session-based (v1) enrollment (users/v1/me/enrollments).")
public record Enrollment(
    long id,
    CourseId courseId,
    @Nullable SessionId sessionId,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable String startStatus,
    boolean signatureTrack,
    boolean active,
    Extras extras) {}
