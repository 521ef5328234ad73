package io.github.courseport.core.domain;

import java.util.List;

/** The learner's programming assignments of one course, item by item in the outline's order. */
@Described(
    "The learner's programming assignments of one course, item by item in the outline's order.")
public record ProgrammingWork(CourseId courseId, List<ProgrammingAssignmentWork> items) {
  public ProgrammingWork {
    items = List.copyOf(items);
  }
}
