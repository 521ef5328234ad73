package io.github.courseport.adapters.http.naptime.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.core.domain.AssignmentGroupGrade;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemGroupGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.TrackAttainment;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Today's grades ({@code onDemandCourseViewGrades.v1/{userId}~{courseId}}): the element carries the
 * course's passing state and its grades as fractions; the item grades, the instructors' overrides,
 * the track attainments and the group grades arrive linked, each element keyed by an id whose last
 * part names the item, track or group. Shapes are known from clients' code, not from recorded
 * answers: every field this mapping does not read stays in the extras, and an element it cannot
 * place fails the course rather than vanishing.
 */
public final class GradesMapping {
  static final String ITEMS = "onDemandCourseViewItemGrades.v1";
  static final String OVERRIDES = "onDemandCourseGradeItemOutcomeOverrides.v1";
  static final String TRACKS = "onDemandCourseViewTrackAttainments.v1";
  static final String ASSIGNMENT_GROUPS = "onDemandCourseViewGradedAssignmentGroupGrades.v1";
  static final String ITEM_GROUPS = "onDemandCourseViewPassableItemGroupGrades.v1";

  private GradesMapping() {}

  /** A course's grade from today's route. */
  public static CourseGrade viewGrades(CourseId course, ObjectNode element, Envelope envelope) {
    try {
      return read(course, element, envelope);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new InvalidDataException(
          "The course's grades cannot be read: " + (m == null ? "invalid value" : m));
    }
  }

  private static CourseGrade read(CourseId course, ObjectNode element, Envelope envelope) {
    WireElement e = WireElement.of(element);
    e.ignore("id", "userId", "viewId", "courseId");
    SortedMap<ItemId, ItemGrade> items = new TreeMap<>();
    Map<ItemId, GradeOverride> overrides = new TreeMap<>();
    for (ObjectNode o : envelope.linked(OVERRIDES)) {
      WireElement w = WireElement.of(o);
      ItemId item = new ItemId(keyOf(w, "itemId"));
      overrides.put(
          item,
          new GradeOverride(
              w.number("grade"),
              w.bool("isPassed"),
              w.text("explanation"),
              w.epochMillis("overridenAt"),
              w.text("overriderId"),
              w.extras()));
    }
    for (ObjectNode i : envelope.linked(ITEMS)) {
      WireElement w = WireElement.of(i);
      ItemId item = new ItemId(keyOf(w, "itemId"));
      WireElement outcome = w.object("overallOutcome");
      Double grade = null;
      Boolean passed = null;
      Extras extras = w.extras();
      if (outcome != null) {
        grade = outcome.number("grade");
        passed = outcome.bool("isPassed");
        Map<String, String> more = new TreeMap<>();
        outcome.extras().fields().forEach((k, v) -> more.put("overallOutcome." + k, v));
        extras = w.extrasWith(more);
      }
      String state = passed == null ? null : passed ? "passed" : "notPassed";
      items.put(item, new ItemGrade(grade, state, extras, passed, overrides.remove(item)));
    }
    // An override of an item without a grade of its own is still the learner's grade.
    overrides.forEach(
        (item, o) -> items.put(item, new ItemGrade(null, null, Extras.none(), null, o)));
    List<TrackAttainment> tracks = new ArrayList<>();
    for (ObjectNode t : envelope.linked(TRACKS)) {
      WireElement w = WireElement.of(t);
      tracks.add(
          new TrackAttainment(
              keyOf(w, "trackId"),
              w.text("passingState"),
              w.smallInteger("overallPassedCount"),
              w.smallInteger("verifiedPassedCount"),
              w.extras()));
    }
    List<ItemGroupGrade> itemGroups = new ArrayList<>();
    for (ObjectNode g : envelope.linked(ITEM_GROUPS)) {
      WireElement w = WireElement.of(g);
      itemGroups.add(
          new ItemGroupGrade(
              keyOf(w, "itemGroupId"),
              w.text("passingState"),
              w.smallInteger("overallPassedCount"),
              w.number("overallGrade"),
              w.extras()));
    }
    List<AssignmentGroupGrade> assignmentGroups = new ArrayList<>();
    for (ObjectNode g : envelope.linked(ASSIGNMENT_GROUPS)) {
      WireElement w = WireElement.of(g);
      String name = null;
      WireElement group = w.object("gradedAssignmentGroup");
      if (group != null) {
        name = group.text("name");
        w.keep("gradedAssignmentGroup"); // the rest of the group's definition stays as it came
      }
      List<ItemId> dropped = new ArrayList<>();
      w.texts("droppedItemIds").forEach(id -> dropped.add(new ItemId(id)));
      assignmentGroups.add(
          new AssignmentGroupGrade(
              keyOf(w, "gradedAssignmentGroupId"), name, w.number("grade"), dropped, w.extras()));
    }
    String passingState = e.text("passingState");
    Double overallGrade = e.number("overallGrade");
    Double verifiedGrade = e.number("verifiedGrade");
    return new CourseGrade(
        course,
        null,
        passingState,
        items,
        null,
        null,
        null,
        e.extras(), // after every field is read, so that only the unread ones remain
        overallGrade,
        verifiedGrade,
        tracks,
        itemGroups,
        assignmentGroups);
  }

  /** What a linked element is about: its own field when given, else its id's last part. */
  private static String keyOf(WireElement w, String field) {
    @Nullable String own = w.text(field);
    if (own != null) {
      return own;
    }
    String id = w.text("id");
    if (id == null) {
      throw new InvalidDataException(
          "A linked grade has neither an id nor " + field + ", so it cannot be placed.");
    }
    w.ignore("id");
    return NaptimeIds.lastPart(id);
  }
}
