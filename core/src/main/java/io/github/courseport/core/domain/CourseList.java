package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named list of courses ({@code courseLists.v1}). */
@Described("A named list of courses (courseLists.v1).")
public record CourseList(
    String id, @Nullable String name, List<CourseId> courseIds, Extras extras) {
  public CourseList {
    courseIds = List.copyOf(courseIds);
  }
}
