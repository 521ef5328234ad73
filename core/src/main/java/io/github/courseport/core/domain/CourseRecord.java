package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything known about the learner in one course, finished: the catalog entry, the learner's
 * enrollments and memberships in it, its partners, instructors and sessions, the specializations it
 * belongs to, and the outcome of every per-course family. Collections are in id order, so the same
 * data always makes the same record.
 */
@Described("Everything known about the learner in one course.")
public record CourseRecord(
    CourseId id,
    Outcome<Course> course,
    List<Membership> memberships,
    List<Enrollment> enrollments,
    SortedMap<SessionId, Outcome<Session>> sessions,
    SortedMap<PartnerId, Outcome<Partner>> partners,
    SortedMap<InstructorId, Outcome<Instructor>> instructors,
    SortedSet<SpecializationId> specializations,
    @Described(
            "The outcome of each per-course family that was asked (none for session-based "
                + "courses).")
        FamilyOutcomes families) {
  public CourseRecord {
    memberships = List.copyOf(memberships);
    enrollments = List.copyOf(enrollments);
    sessions = Collections.unmodifiableSortedMap(new TreeMap<>(sessions));
    partners = Collections.unmodifiableSortedMap(new TreeMap<>(partners));
    instructors = Collections.unmodifiableSortedMap(new TreeMap<>(instructors));
    specializations = Collections.unmodifiableSortedSet(new TreeSet<>(specializations));
  }

  /** Whether this is a session-based (v1) course. */
  @Described("Whether this is a session-based (v1) course.")
  public boolean isSessionBased() {
    return id.isSessionBased();
  }

  /** What this record says about its own completeness, part by part. */
  public CourseCompleteness completeness() {
    SortedMap<String, CourseCompleteness.Part> parts = new TreeMap<>();
    parts.put("course", CourseCompleteness.Part.of(course));
    sessions.forEach((k, o) -> parts.put("sessions:" + k, CourseCompleteness.Part.of(o)));
    partners.forEach((k, o) -> parts.put("partners:" + k, CourseCompleteness.Part.of(o)));
    instructors.forEach((k, o) -> parts.put("instructors:" + k, CourseCompleteness.Part.of(o)));
    families.asMap().forEach((f, o) -> parts.put(f.name(), CourseCompleteness.Part.of(o)));
    Outcome<InstructorNotes> notes = families.get(CourseFamily.INSTRUCTOR_NOTES);
    if (notes != null) {
      notes
          .found()
          .filter(n -> !n.defaultNotesUnavailable().isEmpty())
          .ifPresent(
              n ->
                  parts.put(
                      "defaultInstructorNotes",
                      new CourseCompleteness.Part(
                          // a route gone for the run is one the source no longer serves
                          LearnedUnavailable.allGone(n.defaultNotesUnavailable())
                              ? Outcome.Status.NOT_CARRIED
                              : Outcome.Status.UNAVAILABLE,
                          n.defaultNotesUnavailable())));
    }
    return new CourseCompleteness(id, parts);
  }
}
