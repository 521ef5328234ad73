package io.github.courseport.core.domain;

import java.util.List;

/** One period of a default schedule: some modules over some weeks. */
@Described("One period of the default schedule: some modules over some weeks.")
public record SchedulePeriod(List<ModuleId> moduleIds, int numberOfWeeks, Extras extras) {
  public SchedulePeriod {
    moduleIds = List.copyOf(moduleIds);
  }
}
