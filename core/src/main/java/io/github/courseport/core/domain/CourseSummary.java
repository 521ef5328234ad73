package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A line of the learner's course index: enough to find and name the course record. */
public record CourseSummary(
    CourseId id, String courseType, @Nullable String slug, @Nullable String name) {}
