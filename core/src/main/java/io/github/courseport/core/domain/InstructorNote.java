package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A note from a course's instructors ({@code onDemandInstructorNotes.v1} or its default form). */
@Described(
    "A note from the course's instructors (onDemandInstructorNotes.v1 or its default form, "
        + "onDemandDefaultInstructorNotes.v1).")
public record InstructorNote(
    String id,
    List<InstructorId> instructorIds,
    @Nullable String title,
    @Nullable String body,
    boolean isDefault,
    Extras extras) {
  public InstructorNote {
    instructorIds = List.copyOf(instructorIds);
  }
}
