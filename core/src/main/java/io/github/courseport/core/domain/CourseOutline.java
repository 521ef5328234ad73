package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a course consists of, by name: its modules in order, each with its lessons and their items
 * ({@code onDemandCourseMaterials.v2}). The ids are the same 5-character ids that progress,
 * schedules, deadlines and grades use, so every view can name what those families only number.
 *
 * @param modules the modules in the course's order
 * @param items items the materials named that no lesson places, in the order they came (kept, so
 *     that nothing the server sent is lost)
 */
@Described(
    "What the course consists of, by name (onDemandCourseMaterials.v2): modules, lessons and "
        + "items; items no lesson places are kept in items.")
public record CourseOutline(
    CourseId courseId, List<OutlineModule> modules, List<OutlineItem> items, Extras extras) {
  public CourseOutline {
    modules = List.copyOf(modules);
    items = List.copyOf(items);
  }

  /** The module of an id. */
  public Optional<OutlineModule> module(ModuleId id) {
    for (OutlineModule m : modules) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The lesson of an id, in whichever module holds it. */
  public Optional<OutlineLesson> lesson(LessonId id) {
    for (OutlineModule m : modules) {
      for (OutlineLesson l : m.lessons()) {
        if (l.id().equals(id)) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }

  /** The item of an id, placed in a lesson or not. */
  public Optional<OutlineItem> item(ItemId id) {
    return Optional.ofNullable(itemsById().get(id));
  }

  /** Every item, placed ones in the course's order first, then those no lesson places. */
  public List<OutlineItem> allItems() {
    return List.copyOf(itemsById().values());
  }

  /** The module that holds an item, if a lesson places it. */
  public Optional<OutlineModule> moduleOf(ItemId id) {
    for (OutlineModule m : modules) {
      for (OutlineLesson l : m.lessons()) {
        for (OutlineItem i : l.items()) {
          if (i.id().equals(id)) {
            return Optional.of(m);
          }
        }
      }
    }
    return Optional.empty();
  }

  private Map<ItemId, OutlineItem> itemsById() {
    Map<ItemId, OutlineItem> out = new LinkedHashMap<>();
    for (OutlineModule m : modules) {
      for (OutlineLesson l : m.lessons()) {
        l.items().forEach(i -> out.putIfAbsent(i.id(), i));
      }
    }
    items.forEach(i -> out.putIfAbsent(i.id(), i));
    return Collections.unmodifiableMap(out);
  }
}
