package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A course membership ({@code memberships.v1}, {@code openCourseMemberships.v1}): the learner's
 * role in a course and when it began (epoch milliseconds on the wire).
 */
public record Membership(
    String id,
    UserId userId,
    CourseId courseId,
    @Nullable String role,
    @Nullable Instant timestamp,
    Extras extras) {}
