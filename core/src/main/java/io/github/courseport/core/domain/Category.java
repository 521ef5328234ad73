package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A catalog.v1 category. */
@Described("A catalog.v1 category.")
public record Category(
    CategoryId id,
    String name,
    @Nullable String shortName,
    @Nullable String description,
    Extras extras) {}
