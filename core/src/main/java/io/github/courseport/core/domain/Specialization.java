package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An on-demand specialization ({@code onDemandSpecializations.v1}). */
@Described("A specialization (onDemandSpecializations.v1).")
public record Specialization(
    SpecializationId id,
    String slug,
    String name,
    @Nullable String tagline,
    @Nullable String description,
    List<CourseId> courseIds,
    List<PartnerId> partnerIds,
    Extras extras) {
  public Specialization {
    courseIds = List.copyOf(courseIds);
    partnerIds = List.copyOf(partnerIds);
  }
}
