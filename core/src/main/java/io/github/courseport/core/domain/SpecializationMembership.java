package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The learner's membership in a specialization ({@code onDemandSpecializationMemberships.v1}). */
public record SpecializationMembership(
    String id,
    UserId userId,
    SpecializationId specializationId,
    @Nullable String role,
    @Nullable Instant timestamp,
    Extras extras) {}
