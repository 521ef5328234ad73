package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One lesson of a module.
 *
 * @param timeCommitmentMillis the time the course expects it to take, in milliseconds
 * @param trackId the track the lesson belongs to (e.g. {@code honors}), when given
 * @param items the lesson's items in order
 */
@Described("One lesson of a module, with its items in order.")
public record OutlineLesson(
    LessonId id,
    @Nullable String name,
    @Nullable String slug,
    @Nullable Long timeCommitmentMillis,
    @Nullable Boolean optional,
    @Nullable String trackId,
    List<OutlineItem> items,
    Extras extras) {
  public OutlineLesson {
    items = List.copyOf(items);
  }

  /** The name for people: the lesson's name, or its id when it has none. */
  public String label() {
    return name == null || name.isBlank() ? "lesson " + id.value() : name;
  }
}
