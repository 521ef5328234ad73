package io.github.courseport.core.domain;

import java.util.List;

/** Modules completed and passed ({@code onDemandHomeProgress.v1/<user>~<course>}). */
@Described("Modules completed and passed (onDemandHomeProgress.v1).")
public record HomeProgress(
    CourseId courseId,
    List<ModuleId> modulesCompleted,
    List<ModuleId> modulesPassed,
    Extras extras) {
  public HomeProgress {
    modulesCompleted = List.copyOf(modulesCompleted);
    modulesPassed = List.copyOf(modulesPassed);
  }
}
