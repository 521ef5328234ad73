package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The grade of a weighted assignment group ({@code
 * onDemandCourseViewGradedAssignmentGroupGrades.v1}).
 *
 * @param groupId the group, from the element's id
 * @param name the group's name, when the server gives it
 * @param grade 0..1
 * @param droppedItemIds the items the group's rule dropped (lowest grades)
 */
@Described(
    "The grade of a weighted assignment group (onDemandCourseViewGradedAssignmentGroupGrades.v1).")
public record AssignmentGroupGrade(
    String groupId,
    @Nullable String name,
    @Nullable Double grade,
    List<ItemId> droppedItemIds,
    Extras extras) {
  public AssignmentGroupGrade {
    droppedItemIds = List.copyOf(droppedItemIds);
  }
}
