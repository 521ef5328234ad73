package io.github.courseport.core.contract;

import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.UserId;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plain description of the learner a source is expected to deliver, written independently of any
 * adapter (the fixtures module derives it from its recorded and generated learners).
 *
 * @param courses every course id the learner has, with its expected name
 * @param slugs the slug of every on-demand course
 * @param familiesFound per family, the courses for which it must be found; for every other
 *     on-demand course of the learner it must be absent
 */
public record ExpectedLearner(
    UserId userId,
    SortedMap<CourseId, String> courses,
    SortedMap<CourseId, String> slugs,
    int memberships,
    int enrollments,
    SortedSet<SpecializationId> specializations,
    int courseLists,
    SortedSet<PartnerId> partners,
    SortedSet<InstructorId> instructors,
    SortedSet<SessionId> sessions,
    SortedSet<CategoryId> categories,
    Map<CourseFamily<?>, SortedSet<CourseId>> familiesFound) {
  public ExpectedLearner {
    courses = new TreeMap<>(courses);
    slugs = new TreeMap<>(slugs);
    specializations = new TreeSet<>(specializations);
    partners = new TreeSet<>(partners);
    instructors = new TreeSet<>(instructors);
    sessions = new TreeSet<>(sessions);
    categories = new TreeSet<>(categories);
    familiesFound = Map.copyOf(familiesFound);
  }

  /** The on-demand (v2) courses. */
  public SortedSet<CourseId> onDemandCourses() {
    TreeSet<CourseId> out = new TreeSet<>();
    courses.keySet().stream().filter(c -> !c.isSessionBased()).forEach(out::add);
    return out;
  }

  /** The session-based (v1) courses. */
  public SortedSet<CourseId> sessionCourses() {
    TreeSet<CourseId> out = new TreeSet<>();
    courses.keySet().stream().filter(CourseId::isSessionBased).forEach(out::add);
    return out;
  }

  /** The courses where a family is expected to be found. */
  public Set<CourseId> found(CourseFamily<?> family) {
    return familiesFound.getOrDefault(family, new TreeSet<>());
  }
}
