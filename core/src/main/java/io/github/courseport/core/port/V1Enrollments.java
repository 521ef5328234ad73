package io.github.courseport.core.port;

import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.SessionCourse;
import java.util.List;

/**
 * The learner's session-based (v1) enrollments and the catalog entries the same answer carries
 * (joined on course id, never by position).
 */
public record V1Enrollments(List<Enrollment> enrollments, List<SessionCourse> courses) {
  public V1Enrollments {
    enrollments = List.copyOf(enrollments);
    courses = List.copyOf(courses);
  }
}
