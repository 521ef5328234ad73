package io.github.courseport.core.domain;

import java.util.List;

/** A course's default schedule ({@code onDemandCourseSchedules.v1?fields=defaultSchedule}). */
@Described("The default schedule (onDemandCourseSchedules.v1).")
public record CourseSchedule(CourseId courseId, List<SchedulePeriod> periods, Extras extras) {
  public CourseSchedule {
    periods = List.copyOf(periods);
  }
}
