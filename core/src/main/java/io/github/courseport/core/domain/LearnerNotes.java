package io.github.courseport.core.domain;

import java.util.List;

/** The learner's own notes in one course, module by module in the outline's order. */
@Described("The learner's own notes in one course, module by module in the outline's order.")
public record LearnerNotes(CourseId courseId, List<LearnerNote> notes) {
  public LearnerNotes {
    notes = List.copyOf(notes);
  }
}
