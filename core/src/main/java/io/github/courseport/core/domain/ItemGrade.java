package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** One graded item's grade and state, as far as the server tells. */
public record ItemGrade(@Nullable Double grade, @Nullable String state, Extras extras) {}
