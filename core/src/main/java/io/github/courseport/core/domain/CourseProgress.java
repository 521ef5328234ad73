package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Course progress ({@code onDemandCoursesProgress.v1/<user>~<course>}): overall, per-module and
 * per-lesson percentages, per-item state, and the next item to take.
 */
@Described("Course progress (onDemandCoursesProgress.v1).")
public record CourseProgress(
    CourseId courseId,
    @Nullable Double overall,
    @Described("by module id: percent complete") SortedMap<ModuleId, Double> modules,
    @Described("by lesson id: percent complete") SortedMap<LessonId, Double> lessons,
    SortedMap<ItemId, ItemProgress> items,
    @Nullable ItemId nextItem,
    Extras extras) {
  public CourseProgress {
    modules = Collections.unmodifiableSortedMap(new TreeMap<>(modules));
    lessons = Collections.unmodifiableSortedMap(new TreeMap<>(lessons));
    items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
  }
}
