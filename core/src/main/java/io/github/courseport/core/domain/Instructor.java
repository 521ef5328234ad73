package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** An instructor: {@code instructors.v1}, linked from notes and courses, or catalog.v1. */
@Described("An instructor (instructors.v1 or catalog.v1).")
public record Instructor(
    InstructorId id,
    @Nullable String fullName,
    @Nullable String title,
    @Nullable String department,
    @Nullable String photoUrl,
    @Nullable String bio,
    Extras extras) {}
