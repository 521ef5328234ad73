package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import java.util.List;

/**
 * Everything the learner has, as complete lists: every page followed, the count checked against the
 * server's total. A short list is a failure, never a smaller list.
 */
public interface LearnerListsPort {
  /** On-demand course memberships ({@code memberships.v1} and friends). */
  Fetched<List<Membership>> memberships(UserId user);

  /** Session-based enrollments ({@code users/v1/me/enrollments}). */
  Fetched<V1Enrollments> enrollments(UserId user);

  /** Specialization memberships ({@code onDemandSpecializationMemberships.v1}). */
  Fetched<List<SpecializationMembership>> specializationMemberships(UserId user);

  /** Course lists ({@code courseLists.v1}). */
  Fetched<List<CourseList>> courseLists(UserId user);
}
