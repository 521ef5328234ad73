package io.github.courseport.core.domain;

import java.util.List;

/** A course's home experiments for the learner. */
@Described("Home experiments (onDemandHomeExperiments.v1).")
public record HomeExperiments(CourseId courseId, List<HomeExperiment> experiments) {
  public HomeExperiments {
    experiments = List.copyOf(experiments);
  }
}
