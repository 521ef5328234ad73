package io.github.courseport.export.views;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One course's outline, indexed once for the views: what progress, schedules, deadlines and grades
 * only number (modules, lessons, items by id) by name, where each item sits, and, when the record
 * has no outline, why. Every view of a course asks it instead of looking ids up in the outline one
 * by one (which walks the whole outline each time).
 */
final class OutlineIndex {
  private final @Nullable CourseOutline outline;
  private final String missing;
  private final Map<ModuleId, OutlineModule> modules = new HashMap<>();
  private final Map<ModuleId, Integer> modulePositions = new HashMap<>();
  private final Map<ItemId, OutlineItem> items = new HashMap<>();
  private final Map<ItemId, OutlineModule> moduleOfItem = new HashMap<>();

  private OutlineIndex(@Nullable CourseOutline outline, String missing) {
    this.outline = outline;
    this.missing = missing;
    if (outline == null) {
      return;
    }
    for (OutlineModule m : outline.modules()) {
      modules.putIfAbsent(m.id(), m);
      modulePositions.putIfAbsent(m.id(), modulePositions.size());
      for (OutlineLesson l : m.lessons()) {
        for (OutlineItem i : l.items()) {
          items.putIfAbsent(i.id(), i);
          moduleOfItem.putIfAbsent(i.id(), m);
        }
      }
    }
    outline.items().forEach(i -> items.putIfAbsent(i.id(), i));
  }

  /** The outline of a course record, or why it has none. */
  static OutlineIndex of(CourseRecord record) {
    Outcome<CourseOutline> o = record.families().get(CourseFamily.OUTLINE);
    if (o != null && o.found().isPresent()) {
      return new OutlineIndex(o.found().get(), "");
    }
    return new OutlineIndex(null, whyMissing(record, o));
  }

  private static String whyMissing(CourseRecord record, @Nullable Outcome<CourseOutline> o) {
    if (record.isSessionBased() || record.families().asMap().isEmpty()) {
      return ""; // a session-based or only listed course has no outline to miss
    }
    if (o == null) {
      return "this record has no outline of the course: it was exported before Courseport"
          + " fetched course outlines";
    }
    if (o.status() == Outcome.Status.ABSENT) {
      return "Coursera has no outline of this course";
    }
    return "the course outline "
        + Views.statusInWords(o.status())
        + (o.reason().isBlank() ? "" : ": " + o.reason());
  }

  /** The outline, when the record has one. */
  Optional<CourseOutline> outline() {
    return Optional.ofNullable(outline);
  }

  /**
   * Why modules and items appear by id: a sentence without a final stop, empty when the record has
   * the outline (or the course cannot have one: session-based, or only listed).
   */
  String missing() {
    return missing;
  }

  /** A module by name, or {@code module <id>} when the outline does not name it. */
  String module(ModuleId id) {
    OutlineModule m = modules.get(id);
    return m == null ? "module " + id.value() : m.label();
  }

  /** Whether the outline names this module. */
  boolean knows(ModuleId id) {
    return modules.containsKey(id);
  }

  /** The module's place in the course, 0 first, or null when the outline does not have it. */
  @Nullable Integer position(ModuleId id) {
    return modulePositions.get(id);
  }

  /** An item by name, or {@code item <id>} when the outline does not name it. */
  String item(ItemId id) {
    OutlineItem i = items.get(id);
    return i == null ? "item " + id.value() : i.label();
  }

  /** The outline's item of an id, if it has one. */
  @Nullable OutlineItem itemOf(ItemId id) {
    return items.get(id);
  }

  /** The module that holds an item, when the outline places it in one. */
  @Nullable OutlineModule moduleOf(ItemId id) {
    return moduleOfItem.get(id);
  }
}
