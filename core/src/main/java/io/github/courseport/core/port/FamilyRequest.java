package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a per-course family call needs: whose, which courses, the external user ids known so far
 * (the classmates endpoint can only be asked by external id), the outlines of the courses for the
 * families that are asked item by item ({@link
 * io.github.courseport.core.domain.CourseFamily#needsOutline()}), and how many requests per course
 * the search of the whole course forums may make (0: not asked; it is opt-in).
 *
 * @param outlines the outlines found for the request's courses; a course without one here cannot
 *     have an outline-bound family asked, and a source answers it with a gap that says so
 * @param forumRequestsPerCourse the request budget per course of the whole-forum search, or 0
 */
public record FamilyRequest(
    UserId user,
    List<CourseRef> courses,
    Set<ExternalUserId> externalIds,
    Map<CourseId, CourseOutline> outlines,
    int forumRequestsPerCourse) {
  public FamilyRequest {
    courses = List.copyOf(courses);
    externalIds = Set.copyOf(externalIds);
    outlines = Map.copyOf(outlines);
    if (forumRequestsPerCourse < 0) {
      throw new IllegalArgumentException("forumRequestsPerCourse must not be negative");
    }
  }

  /** A request without outlines, for the families that need none. */
  public FamilyRequest(UserId user, List<CourseRef> courses, Set<ExternalUserId> externalIds) {
    this(user, courses, externalIds, Map.of(), 0);
  }

  /** The outline of a course, when the request carries it. */
  public Optional<CourseOutline> outline(CourseId course) {
    return Optional.ofNullable(outlines.get(course));
  }
}
