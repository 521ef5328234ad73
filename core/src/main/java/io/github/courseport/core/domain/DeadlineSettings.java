package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The learner's deadlines in a course ({@code onDemandDeadlineSettings.v1?q=byUserAndCourse}). */
@Described("The learner's deadlines (onDemandDeadlineSettings.v1).")
public record DeadlineSettings(
    CourseId courseId,
    @Nullable Instant start,
    boolean enabled,
    List<ModuleDeadline> moduleDeadlines,
    Extras extras) {
  public DeadlineSettings {
    moduleDeadlines = List.copyOf(moduleDeadlines);
  }
}
