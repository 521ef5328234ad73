package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The learner's membership in a specialization ({@code onDemandSpecializationMemberships.v1}).
 *
 * @param role the learner's role as the server names it: {@code LEARNER}, or {@code NOT_ENROLLED}
 *     for a specialization the learner left or only looked at
 */
@Described("A specialization membership (onDemandSpecializationMemberships.v1).")
public record SpecializationMembership(
    String id,
    UserId userId,
    SpecializationId specializationId,
    @Described(
            "The learner's role as the server names it: LEARNER, or NOT_ENROLLED for a "
                + "specialization the learner left or only looked at.")
        @Nullable String role,
    @Nullable Instant timestamp,
    Extras extras) {
  /** The role of a specialization the learner left or only looked at. */
  public static final String NOT_ENROLLED = "NOT_ENROLLED";

  /**
   * Whether the learner joined the specialization: any role but {@code NOT_ENROLLED} (a membership
   * without a role, as 2015's answers gave them, is taken as joined).
   */
  public boolean joined() {
    return role == null || !role.equalsIgnoreCase(NOT_ENROLLED);
  }
}
