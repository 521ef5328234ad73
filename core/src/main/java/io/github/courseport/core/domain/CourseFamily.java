package io.github.courseport.core.domain;

import java.util.List;

/**
 * A typed key for one per-course resource family (progress, grades, ...): the name used in records
 * and reports, the value type, and the Coursera resource that serves it. Used as a type-safe key of
 * {@link FamilyOutcomes} and of the family ports.
 *
 * @param <V> the family's value type
 */
public final class CourseFamily<V> implements Comparable<CourseFamily<?>> {
  public static final CourseFamily<CourseProgress> PROGRESS =
      new CourseFamily<>(0, "progress", CourseProgress.class, "onDemandCoursesProgress.v1");
  public static final CourseFamily<CourseSchedule> SCHEDULE =
      new CourseFamily<>(1, "schedule", CourseSchedule.class, "onDemandCourseSchedules.v1");
  public static final CourseFamily<DeadlineSettings> DEADLINES =
      new CourseFamily<>(2, "deadlines", DeadlineSettings.class, "onDemandDeadlineSettings.v1");
  public static final CourseFamily<HomeProgress> HOME_PROGRESS =
      new CourseFamily<>(3, "homeProgress", HomeProgress.class, "onDemandHomeProgress.v1");
  public static final CourseFamily<CourseGrade> GRADES =
      new CourseFamily<>(4, "grades", CourseGrade.class, "onDemandCourseGrades.v1");
  public static final CourseFamily<InstructorNotes> INSTRUCTOR_NOTES =
      new CourseFamily<>(5, "instructorNotes", InstructorNotes.class, "onDemandInstructorNotes.v1");
  public static final CourseFamily<Classmates> CLASSMATES =
      new CourseFamily<>(6, "classmates", Classmates.class, "onDemandClassmateProfiles.v1");
  public static final CourseFamily<HomeExperiments> EXPERIMENTS =
      new CourseFamily<>(7, "experiments", HomeExperiments.class, "onDemandHomeExperiments.v1");
  public static final CourseFamily<CompletionEvents> COMPLETION_EVENTS =
      new CourseFamily<>(
          8, "completionEvents", CompletionEvents.class, "onDemandCompletionEvents.v1");

  private static final List<CourseFamily<?>> ALL =
      List.of(
          PROGRESS,
          SCHEDULE,
          DEADLINES,
          HOME_PROGRESS,
          GRADES,
          INSTRUCTOR_NOTES,
          CLASSMATES,
          EXPERIMENTS,
          COMPLETION_EVENTS);

  private final int ordinal;
  private final String name;
  private final Class<V> type;
  private final String resource;

  private CourseFamily(int ordinal, String name, Class<V> type, String resource) {
    this.ordinal = ordinal;
    this.name = name;
    this.type = type;
    this.resource = resource;
  }

  /** Every family, in a fixed order (the order of records and reports). */
  public static List<CourseFamily<?>> all() {
    return ALL;
  }

  /** The family with this name. */
  public static CourseFamily<?> named(String name) {
    for (CourseFamily<?> f : ALL) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no course family named " + Ids.quote(name));
  }

  public String name() {
    return name;
  }

  public Class<V> type() {
    return type;
  }

  /** The primary Coursera resource that serves this family. */
  public String resource() {
    return resource;
  }

  /** Casts a value known to belong to this family. */
  public V cast(Object value) {
    return type.cast(value);
  }

  @Override
  public int compareTo(CourseFamily<?> o) {
    return Integer.compare(ordinal, o.ordinal);
  }

  @Override
  public String toString() {
    return name;
  }
}
