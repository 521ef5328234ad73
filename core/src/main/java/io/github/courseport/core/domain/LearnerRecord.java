package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The learner-level record: identity and profile, every list the learner has (memberships, v1
 * enrollments, specialization memberships, course lists), the specializations and categories they
 * reference, and the index of course records.
 *
 * @param listsDisagree where lists that should name the same courses do not (for example a course
 *     that {@code openCourseMemberships.v1} lists and {@code memberships.v1} does not), one line
 *     per course, in course order; empty when they agree or when a list is incomplete
 */
@Described(
    "The learner-level record: identity, profile, every list the learner has, the "
        + "specializations and categories they reference, and the index of course records.")
public record LearnerRecord(
    UserId userId,
    @Described("The resource that revealed the user id.") String identifiedBy,
    Outcome<LearnerProfile> profile,
    Outcome<List<Membership>> memberships,
    Outcome<List<Enrollment>> enrollments,
    Outcome<List<SpecializationMembership>> specializationMemberships,
    Outcome<List<CourseList>> courseLists,
    SortedMap<SpecializationId, Outcome<Specialization>> specializations,
    SortedMap<CategoryId, Outcome<Category>> categories,
    List<CourseSummary> courses,
    @AddedLater("issue 15: list provenance")
        @Described(
            "Where complete membership lists disagree: one line per course that some name and "
                + "others do not.")
        List<String> listsDisagree) {
  public LearnerRecord {
    specializations = Collections.unmodifiableSortedMap(new TreeMap<>(specializations));
    categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
    courses = courses.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    listsDisagree = List.copyOf(listsDisagree);
  }

  /** A record whose lists agree. */
  public LearnerRecord(
      UserId userId,
      String identifiedBy,
      Outcome<LearnerProfile> profile,
      Outcome<List<Membership>> memberships,
      Outcome<List<Enrollment>> enrollments,
      Outcome<List<SpecializationMembership>> specializationMemberships,
      Outcome<List<CourseList>> courseLists,
      SortedMap<SpecializationId, Outcome<Specialization>> specializations,
      SortedMap<CategoryId, Outcome<Category>> categories,
      List<CourseSummary> courses) {
    this(
        userId,
        identifiedBy,
        profile,
        memberships,
        enrollments,
        specializationMemberships,
        courseLists,
        specializations,
        categories,
        courses,
        List.of());
  }
}
