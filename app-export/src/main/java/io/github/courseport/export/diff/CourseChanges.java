package io.github.courseport.export.diff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The changes of one course.
 *
 * @param courseId the course id as the record has it ({@code v1-77} for a session-based course)
 * @param name the course's name (the newer archive's, when both have one), or null
 * @param slug the course's slug, or null
 * @param status {@code added} (only in the newer archive), {@code dropped} (only in the older), or
 *     else the word changed
 * @param changes what changed, at least one
 */
public record CourseChanges(
    String courseId,
    @Nullable String name,
    @Nullable String slug,
    String status,
    List<Change> changes) {
  public CourseChanges {
    changes = List.copyOf(changes);
  }

  /** The course as the learner knows it: its name, or its id when it has none. */
  public String title() {
    return name == null || name.isBlank() ? courseId : name;
  }
}
