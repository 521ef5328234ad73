package io.github.courseport.core.domain;

import java.util.List;

/**
 * A typed key for one per-course family of the record (progress, grades, ...): the name used in
 * records and reports, and the value type. A domain key, not a wire name: which of Coursera's
 * resources serve a family is the adapters' business. Used as a type-safe key of {@link
 * FamilyOutcomes} and of the family ports.
 *
 * @param <V> the family's value type
 */
public final class CourseFamily<V> implements Comparable<CourseFamily<?>> {
  public static final CourseFamily<CourseProgress> PROGRESS =
      new CourseFamily<>(0, "progress", CourseProgress.class);
  public static final CourseFamily<CourseSchedule> SCHEDULE =
      new CourseFamily<>(1, "schedule", CourseSchedule.class);
  public static final CourseFamily<DeadlineSettings> DEADLINES =
      new CourseFamily<>(2, "deadlines", DeadlineSettings.class);
  public static final CourseFamily<HomeProgress> HOME_PROGRESS =
      new CourseFamily<>(3, "homeProgress", HomeProgress.class);
  public static final CourseFamily<CourseGrade> GRADES =
      new CourseFamily<>(4, "grades", CourseGrade.class);
  public static final CourseFamily<InstructorNotes> INSTRUCTOR_NOTES =
      new CourseFamily<>(5, "instructorNotes", InstructorNotes.class);
  public static final CourseFamily<Classmates> CLASSMATES =
      new CourseFamily<>(6, "classmates", Classmates.class);
  public static final CourseFamily<HomeExperiments> EXPERIMENTS =
      new CourseFamily<>(7, "experiments", HomeExperiments.class);
  public static final CourseFamily<CompletionEvents> COMPLETION_EVENTS =
      new CourseFamily<>(8, "completionEvents", CompletionEvents.class);
  public static final CourseFamily<CourseOutline> OUTLINE =
      new CourseFamily<>(9, "outline", CourseOutline.class);

  // The learner's own work: asked only when the export asks for it, most of it item by item of
  // the outline (a family that needs the outline is asked with the outlines found).
  public static final CourseFamily<AssessmentAttempts> ATTEMPTS =
      new CourseFamily<>(10, "attempts", AssessmentAttempts.class, true, true);
  public static final CourseFamily<PeerWork> PEER_WORK =
      new CourseFamily<>(11, "peerWork", PeerWork.class, true, true);
  public static final CourseFamily<ProgrammingWork> PROGRAMMING_WORK =
      new CourseFamily<>(12, "programmingWork", ProgrammingWork.class, true, true);
  public static final CourseFamily<DiscussionAnswers> DISCUSSION_ANSWERS =
      new CourseFamily<>(13, "discussionAnswers", DiscussionAnswers.class, true, true);
  public static final CourseFamily<LearnerNotes> LEARNER_NOTES =
      new CourseFamily<>(14, "learnerNotes", LearnerNotes.class, true, true);
  public static final CourseFamily<Certificate> CERTIFICATE =
      new CourseFamily<>(15, "certificate", Certificate.class, true, false);

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
          COMPLETION_EVENTS,
          OUTLINE,
          ATTEMPTS,
          PEER_WORK,
          PROGRAMMING_WORK,
          DISCUSSION_ANSWERS,
          LEARNER_NOTES,
          CERTIFICATE);

  private final int ordinal;
  private final String name;
  private final Class<V> type;
  private final boolean learnersWork;
  private final boolean needsOutline;

  private CourseFamily(int ordinal, String name, Class<V> type) {
    this(ordinal, name, type, false, false);
  }

  private CourseFamily(
      int ordinal, String name, Class<V> type, boolean learnersWork, boolean needsOutline) {
    this.ordinal = ordinal;
    this.name = name;
    this.type = type;
    this.learnersWork = learnersWork;
    this.needsOutline = needsOutline;
  }

  /** Every family, in a fixed order (the order of records and reports). */
  public static List<CourseFamily<?>> all() {
    return ALL;
  }

  /**
   * The families of the learner's own work (attempts, submissions, answers, notes, certificate).
   */
  public static List<CourseFamily<?>> learnersWork() {
    return ALL.stream().filter(CourseFamily::isLearnersWork).toList();
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

  /**
   * Whether the family is the learner's own work (what they submitted, wrote and earned), which an
   * export may leave out on request.
   */
  public boolean isLearnersWork() {
    return learnersWork;
  }

  /**
   * Whether a source can only ask the family item by item (or module by module) of the course's
   * outline: it is asked with the outlines found ({@code FamilyRequest.outlines}), after them.
   */
  public boolean needsOutline() {
    return needsOutline;
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
