package io.github.courseport.adapters.http.naptime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LessonId;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The course outline from {@code onDemandCourseMaterials.v2}: one element ({@code {id, moduleIds}})
 * and, linked and flat, the modules, lessons and items it is made of, stitched together by their
 * ids. Modules come in the element's order, lessons in their module's and items in their lesson's
 * ({@code itemIds}, or {@code elementIds} of the form {@code item~ID}); whatever the lists do not
 * place is still kept: a lesson or item by its {@code moduleId} or {@code lessonId}, else among the
 * outline's unplaced items. Item types are kept as they came; the linked resources that are not
 * modules, lessons or items (tracks, grading parameters, item groups...) are kept whole in the
 * outline's extras.
 */
public final class OutlineMapping {
  static final String MODULES = "onDemandCourseMaterialModules.v1";
  static final String LESSONS = "onDemandCourseMaterialLessons.v1";
  static final String ITEMS = "onDemandCourseMaterialItems.v2";
  static final String PASSABLE_ELEMENTS = "onDemandCourseMaterialPassableLessonElements.v1";

  private OutlineMapping() {}

  /** The outline of a course from the materials element and the envelope that brought it. */
  public static CourseOutline outline(CourseId course, ObjectNode element, Envelope envelope) {
    try {
      return read(course, element, envelope);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new InvalidDataException(
          "The course outline cannot be read: " + (m == null ? "invalid value" : m));
    }
  }

  private static CourseOutline read(CourseId course, ObjectNode element, Envelope envelope) {
    WireElement root = WireElement.of(element);
    root.ignore("id");
    Map<String, Double> weights = new TreeMap<>();
    Map<String, Boolean> required = new TreeMap<>();
    for (ObjectNode p : envelope.linked(PASSABLE_ELEMENTS)) {
      WireElement e = WireElement.of(p);
      String id = e.text("id");
      String itemId = e.text("itemId");
      String key = itemId != null ? itemId : id == null ? null : itemOf(NaptimeIds.lastPart(id));
      if (key == null) {
        continue;
      }
      Double w = e.number("gradingWeight");
      if (w != null) {
        weights.put(key, w);
      }
      Boolean r = e.bool("isRequiredForPassing");
      if (r != null) {
        required.put(key, r);
      }
    }
    Map<String, OutlineItem> items = new LinkedHashMap<>();
    Map<String, String> itemLesson = new LinkedHashMap<>();
    for (ObjectNode i : envelope.linked(ITEMS)) {
      WireElement e = WireElement.of(i);
      OutlineItem item = item(e, weights, required);
      items.putIfAbsent(item.id().value(), item);
      String lesson = e.text("lessonId");
      if (lesson != null) {
        itemLesson.putIfAbsent(item.id().value(), lesson);
      }
    }
    Set<String> placed = new LinkedHashSet<>();
    Map<String, WireElement> lessons = new LinkedHashMap<>();
    for (ObjectNode l : envelope.linked(LESSONS)) {
      WireElement e = WireElement.of(l);
      lessons.putIfAbsent(e.id(), e);
    }
    Map<String, WireElement> modules = new LinkedHashMap<>();
    for (ObjectNode m : envelope.linked(MODULES)) {
      WireElement e = WireElement.of(m);
      modules.putIfAbsent(e.id(), e);
    }
    List<String> moduleOrder = new ArrayList<>(root.texts("moduleIds"));
    modules.keySet().stream().filter(id -> !moduleOrder.contains(id)).forEach(moduleOrder::add);
    Set<String> lessonsPlaced = new LinkedHashSet<>();
    List<OutlineModule> out = new ArrayList<>();
    for (String moduleId : moduleOrder) {
      WireElement m = modules.get(moduleId);
      List<String> lessonOrder = new ArrayList<>(m == null ? List.of() : m.texts("lessonIds"));
      lessons.forEach(
          (id, l) -> {
            if (moduleId.equals(l.text("moduleId")) && !lessonOrder.contains(id)) {
              lessonOrder.add(id);
            }
          });
      List<OutlineLesson> ls = new ArrayList<>();
      for (String lessonId : lessonOrder) {
        WireElement l = lessons.get(lessonId);
        if (l == null || !lessonsPlaced.add(lessonId)) {
          continue;
        }
        ls.add(lesson(l, items, itemLesson, placed));
      }
      out.add(module(moduleId, m, ls));
    }
    List<OutlineItem> unplaced = new ArrayList<>();
    // Lessons no module names, and their items, are not dropped: their items stay unplaced.
    lessons.forEach(
        (id, l) -> {
          if (!lessonsPlaced.contains(id)) {
            unplaced.addAll(lesson(l, items, itemLesson, placed).items());
          }
        });
    items.forEach(
        (id, item) -> {
          if (!placed.contains(id)) {
            unplaced.add(item);
          }
        });
    Map<String, String> extras = new TreeMap<>();
    for (Map.Entry<String, List<ObjectNode>> e : envelope.linked().entrySet()) {
      if (!Set.of(MODULES, LESSONS, ITEMS, PASSABLE_ELEMENTS).contains(e.getKey())) {
        extras.put(e.getKey(), WireJson.text(WireJson.mapper().valueToTree(e.getValue())));
      }
    }
    return new CourseOutline(course, out, unplaced, root.extrasWith(extras));
  }

  private static OutlineModule module(String id, @Nullable WireElement m, List<OutlineLesson> ls) {
    if (m == null) {
      return new OutlineModule(
          new ModuleId(id), null, null, null, null, null, List.of(), ls, Extras.none());
    }
    m.ignore("id", "lessonIds", "moduleId", "courseId");
    return new OutlineModule(
        new ModuleId(id),
        m.text("name"),
        m.text("slug"),
        m.text("description"),
        m.integer("timeCommitment"),
        m.bool("optional"),
        m.texts("learningObjectives"),
        ls,
        m.extras());
  }

  private static OutlineLesson lesson(
      WireElement l,
      Map<String, OutlineItem> items,
      Map<String, String> itemLesson,
      Set<String> placed) {
    String id = l.id();
    List<String> order = new ArrayList<>();
    for (String i : l.texts("itemIds")) {
      order.add(i);
    }
    for (String element : l.texts("elementIds")) {
      String item = itemOf(element);
      if (item != null && !order.contains(item)) {
        order.add(item);
      }
    }
    itemLesson.forEach(
        (item, lesson) -> {
          if (lesson.equals(id) && !order.contains(item)) {
            order.add(item);
          }
        });
    List<OutlineItem> is = new ArrayList<>();
    for (String item : order) {
      OutlineItem found = items.get(item);
      if (found != null && placed.add(item)) {
        is.add(found);
      }
    }
    l.ignore("id", "moduleId", "courseId");
    return new OutlineLesson(
        new LessonId(id),
        l.text("name"),
        l.text("slug"),
        l.integer("timeCommitment"),
        l.bool("optional"),
        l.text("trackId"),
        is,
        l.extras());
  }

  private static OutlineItem item(
      WireElement e, Map<String, Double> weights, Map<String, Boolean> required) {
    String id = e.id();
    String typeName = null;
    Map<String, String> summary = new TreeMap<>();
    JsonNode cs = e.node().get("contentSummary");
    if (cs instanceof ObjectNode o) {
      WireElement c = WireElement.of(o);
      typeName = c.text("typeName");
      c.extras().fields().forEach((k, v) -> summary.put("contentSummary." + k, v));
      e.ignore("contentSummary");
    }
    Boolean isLocked = e.bool("isLocked");
    String status = e.text("lockedStatus");
    Boolean locked =
        isLocked != null
            ? isLocked
            : status == null ? null : !status.toUpperCase(java.util.Locale.ROOT).startsWith("UN");
    e.ignore("moduleId", "lessonId", "courseId");
    return new OutlineItem(
        new ItemId(id),
        e.text("name"),
        e.text("slug"),
        e.text("description"),
        typeName,
        e.integer("timeCommitment"),
        e.bool("optional"),
        locked,
        e.text("itemLockedReasonCode"),
        weights.get(id),
        required.get(id),
        e.text("trackId"),
        e.extrasWith(summary));
  }

  /** The item id of a lesson element id ({@code item~ID}, or a bare id); null for other kinds. */
  private static @Nullable String itemOf(String elementId) {
    List<String> parts = NaptimeIds.parts(elementId);
    if (parts.size() == 1) {
      return parts.get(0).isEmpty() ? null : parts.get(0);
    }
    return parts.get(0).equals("item") ? parts.get(parts.size() - 1) : null;
  }
}
