package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;

/**
 * One per-course capability (progress, schedule, deadlines, home progress, grades, instructor
 * notes, classmates, experiments, completion events), bulk-shaped: many courses in, one outcome per
 * course out. The family key names the capability and types the value.
 *
 * @param <V> the family's value type
 */
public interface CourseFamilyPort<V> {
  /** Which family this port serves. */
  CourseFamily<V> family();

  /**
   * Fetches this family for each course of the request.
   *
   * @return an outcome for every course asked: absent when the course has none (e.g. no grades
   *     yet), unavailable when the endpoint is gone, failed after retries
   * @throws io.github.courseport.core.error.AuthenticationException when the session is rejected;
   *     the caller then checks the session with {@link IdentityPort#whoAmI()}
   */
  KeyedResult<CourseId, V> fetch(FamilyRequest request);

  /** A port from a family and a function, for adapters that serve families generically. */
  static <V> CourseFamilyPort<V> of(
      CourseFamily<V> family,
      java.util.function.Function<FamilyRequest, KeyedResult<CourseId, V>> fetch) {
    return new CourseFamilyPort<>() {
      @Override
      public CourseFamily<V> family() {
        return family;
      }

      @Override
      public KeyedResult<CourseId, V> fetch(FamilyRequest request) {
        return fetch.apply(request);
      }

      @Override
      public String toString() {
        return family + " port";
      }
    };
  }
}
