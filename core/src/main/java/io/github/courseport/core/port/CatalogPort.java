package io.github.courseport.core.port;

import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import java.util.Set;

/**
 * Catalog look-ups by ids, in bulk. Every method answers every key it is given: found, absent (the
 * catalog has no such id), unavailable or failed. An empty set costs no request.
 */
public interface CatalogPort {
  /** Courses of both generations; session-based ids ({@code v1-<n>}) go to the v1 catalog. */
  KeyedResult<CourseId, Course> courses(Set<CourseId> ids);

  KeyedResult<SessionId, Session> sessions(Set<SessionId> ids);

  KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids);

  KeyedResult<InstructorId, Instructor> instructors(Set<InstructorId> ids);

  KeyedResult<SpecializationId, Specialization> specializations(Set<SpecializationId> ids);

  KeyedResult<CategoryId, Category> categories(Set<CategoryId> ids);
}
