package io.github.courseport.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * A course's instructor notes, with the instructors they link to.
 *
 * @param defaultNotesUnavailable why the course's default notes ({@code
 *     onDemandDefaultInstructorNotes.v1}) are missing, or empty when they were fetched; a non-empty
 *     reason makes the course record incomplete
 */
@Described(
    "Notes from the course's instructors (onDemandInstructorNotes.v1), with the instructors "
        + "they link to.")
public record InstructorNotes(
    CourseId courseId,
    List<InstructorNote> notes,
    List<Instructor> instructors,
    @AddedLater("default notes' gap, ccd78dc")
        @Described("Why onDemandDefaultInstructorNotes.v1 gave nothing; empty when it answered.")
        String defaultNotesUnavailable) {
  public InstructorNotes {
    notes = List.copyOf(notes);
    instructors = List.copyOf(instructors);
    defaultNotesUnavailable = Objects.requireNonNullElse(defaultNotesUnavailable, "");
  }

  /** Notes from both endpoints. */
  public InstructorNotes(
      CourseId courseId, List<InstructorNote> notes, List<Instructor> instructors) {
    this(courseId, notes, instructors, "");
  }
}
