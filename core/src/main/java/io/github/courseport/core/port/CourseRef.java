package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseId;

/** A course as the per-course endpoints address it: some take the id, some the slug. */
public record CourseRef(CourseId id, String slug) {}
