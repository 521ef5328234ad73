package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A course membership ({@code memberships.v1}, {@code openCourseMemberships.v1}): the learner's
 * role in a course and when it began (epoch milliseconds on the wire).
 *
 * @param listedBy the lists that named this membership (their resource names, sorted), so a record
 *     shows where each course came from
 */
@Described("A course membership (memberships.v1, openCourseMemberships.v1).")
public record Membership(
    String id,
    UserId userId,
    CourseId courseId,
    @Nullable String role,
    @Nullable Instant timestamp,
    Extras extras,
    @AddedLater("issue 15: list provenance")
        @Described(
            "The lists that named this membership (resource names, sorted): memberships.v1, "
                + "openCourseMemberships.v1.")
        List<String> listedBy) {
  public Membership {
    listedBy = List.copyOf(new TreeSet<>(listedBy));
  }

  /** A membership whose lists are not (yet) known. */
  public Membership(
      String id,
      UserId userId,
      CourseId courseId,
      @Nullable String role,
      @Nullable Instant timestamp,
      Extras extras) {
    this(id, userId, courseId, role, timestamp, extras, List.of());
  }

  /** The same membership, named by one more list. */
  public Membership alsoListedBy(String list) {
    List<String> more = new java.util.ArrayList<>(listedBy);
    more.add(list);
    return new Membership(id, userId, courseId, role, timestamp, extras, more);
  }
}
