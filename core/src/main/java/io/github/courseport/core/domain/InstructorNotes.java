package io.github.courseport.core.domain;

import java.util.List;

/** A course's instructor notes, with the instructors they link to. */
public record InstructorNotes(
    CourseId courseId, List<InstructorNote> notes, List<Instructor> instructors) {
  public InstructorNotes {
    notes = List.copyOf(notes);
    instructors = List.copyOf(instructors);
  }
}
