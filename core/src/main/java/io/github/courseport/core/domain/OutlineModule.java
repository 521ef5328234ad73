package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One module (a "week") of a course's outline.
 *
 * @param name the module's name, or null when the server gave none
 * @param timeCommitmentMillis the time the course expects it to take, in milliseconds
 * @param optional whether the module is optional, when the server says
 * @param lessons the lessons in the module's order
 */
@Described("One module (a week) of the course, with its lessons in order.")
public record OutlineModule(
    ModuleId id,
    @Nullable String name,
    @Nullable String slug,
    @Nullable String description,
    @Nullable Long timeCommitmentMillis,
    @Nullable Boolean optional,
    List<String> learningObjectives,
    List<OutlineLesson> lessons,
    Extras extras) {
  public OutlineModule {
    learningObjectives = List.copyOf(learningObjectives);
    lessons = List.copyOf(lessons);
  }

  /** The name for people: the module's name, or its id when it has none. */
  public String label() {
    return name == null || name.isBlank() ? "module " + id.value() : name;
  }
}
