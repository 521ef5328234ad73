package io.github.courseport.adapters.http.naptime.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemKind;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.error.InvalidDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mappings of today's routes: the outline ({@code onDemandCourseMaterials.v2}, stitched from
 * flat linked resources) and today's grades ({@code onDemandCourseViewGrades.v1}, item grades and
 * overrides linked). Their shapes are known from clients' code: the tests hold the variants seen or
 * guessed, and what must happen to what the mapping does not know.
 */
class TodayMappingTest {
  private static final CourseId COURSE = new CourseId("s5sEkwAHEeW9ISIACxWDhA");

  private static JsonNode json(String text) {
    return WireJson.parse(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  private static CourseOutline outline(String body) {
    Envelope e = Envelope.parse(json(body));
    return OutlineMapping.outline(COURSE, e.elements().get(0), e);
  }

  private static CourseGrade grades(String body) {
    Envelope e = Envelope.parse(json(body));
    return GradesMapping.viewGrades(COURSE, e.elements().get(0), e);
  }

  @Test
  void modulesLessonsAndItemsAreStitchedInTheCoursesOrder() {
    CourseOutline o =
        outline(
            "{'elements': [{'id': 'C', 'moduleIds': ['m2', 'm1']}], 'paging': {}, 'linked': {"
                + "'onDemandCourseMaterialModules.v1': ["
                + "  {'id': 'm1', 'name': 'Week 1: Basics', 'slug': 'basics', 'description':"
                + "   'First things', 'timeCommitment': 3600000, 'lessonIds': ['l1'],"
                + "   'learningObjectives': ['Know the basics'], 'newField': 7},"
                + "  {'id': 'm2', 'name': 'Week 0: Welcome', 'lessonIds': ['l2'], 'optional': true}],"
                + "'onDemandCourseMaterialLessons.v1': ["
                + "  {'id': 'l1', 'moduleId': 'm1', 'name': 'Lesson one', 'elementIds':"
                + "   ['item~i2', 'item~i1', 'lecture~nope']},"
                + "  {'id': 'l2', 'moduleId': 'm2', 'name': 'Hello', 'itemIds': ['i3']}],"
                + "'onDemandCourseMaterialItems.v2': ["
                + "  {'id': 'i1', 'lessonId': 'l1', 'name': 'Intro', 'timeCommitment': 600000,"
                + "   'contentSummary': {'typeName': 'lecture', 'definition': {'duration': 1}}},"
                + "  {'id': 'i2', 'lessonId': 'l1', 'name': 'Quiz', 'contentSummary':"
                + "   {'typeName': 'exam'}, 'isLocked': false},"
                + "  {'id': 'i3', 'lessonId': 'l2', 'name': 'Hi', 'contentSummary':"
                + "   {'typeName': 'supplement'}}],"
                + "'onDemandCourseMaterialPassableLessonElements.v1': ["
                + "  {'id': 'item~i2', 'gradingWeight': 0.4, 'isRequiredForPassing': true}],"
                + "'onDemandCourseMaterialTracks.v1': [{'id': 'core', 'passablesCount': 1}]}}");
    assertThat(o.modules())
        .extracting(OutlineModule::name)
        .containsExactly("Week 0: Welcome", "Week 1: Basics");
    OutlineModule basics = o.modules().get(1);
    assertThat(basics.timeCommitmentMillis()).isEqualTo(3_600_000L);
    assertThat(basics.learningObjectives()).containsExactly("Know the basics");
    assertThat(basics.extras().fields()).containsKey("newField");
    assertThat(o.modules().get(0).optional()).isTrue();
    assertThat(basics.lessons().get(0).items())
        .extracting(i -> i.id().value())
        .containsExactly("i2", "i1");
    OutlineItem quiz = o.item(new ItemId("i2")).orElseThrow();
    assertThat(quiz.kind()).isEqualTo(ItemKind.EXAM);
    assertThat(quiz.gradingWeight()).isEqualTo(0.4);
    assertThat(quiz.requiredForPassing()).isTrue();
    OutlineItem intro = o.item(new ItemId("i1")).orElseThrow();
    assertThat(intro.extras().fields()).containsKey("contentSummary.definition");
    assertThat(o.moduleOf(new ItemId("i1")).orElseThrow().name()).isEqualTo("Week 1: Basics");
    // What is linked beyond modules, lessons and items is kept whole.
    assertThat(o.extras().fields()).containsKey("onDemandCourseMaterialTracks.v1");
    assertThat(o.items()).isEmpty();
  }

  @Test
  void aLockedItemWithoutANameAndAnUnknownTypeAreKeptAsTheyCame() {
    CourseOutline o =
        outline(
            "{'elements': [{'id': 'C', 'moduleIds': ['m1']}], 'linked': {"
                + "'onDemandCourseMaterialModules.v1': [{'id': 'm1', 'lessonIds': ['l1']}],"
                + "'onDemandCourseMaterialLessons.v1': [{'id': 'l1', 'itemIds': ['i1', 'i2']}],"
                + "'onDemandCourseMaterialItems.v2': ["
                + "  {'id': 'i1', 'name': null, 'contentSummary': {'typeName': ''},"
                + "   'isLocked': true, 'itemLockedReasonCode': 'PREMIUM'},"
                + "  {'id': 'i2', 'name': 'Hologram', 'contentSummary':"
                + "   {'typeName': 'holographicLecture'}},"
                + "  {'id': 'i9', 'name': 'Nowhere', 'contentSummary': {'typeName': 'quiz'}}]}}");
    OutlineItem locked = o.item(new ItemId("i1")).orElseThrow();
    assertThat(locked.name()).isNull();
    assertThat(locked.isLocked()).isTrue();
    assertThat(locked.lockedReason()).isEqualTo("PREMIUM");
    assertThat(locked.label()).isEqualTo("locked item i1");
    OutlineItem unknown = o.item(new ItemId("i2")).orElseThrow();
    assertThat(unknown.typeName()).isEqualTo("holographicLecture");
    assertThat(unknown.kind()).isEqualTo(ItemKind.OTHER);
    // An item no lesson places is not dropped.
    assertThat(o.items()).extracting(i -> i.id().value()).containsExactly("i9");
    // A module the server does not describe keeps its id.
    assertThat(o.modules().get(0).label()).isEqualTo("module m1");
  }

  @Test
  void anItemWithoutAnIdIsUnreadableNotSilentlyDropped() {
    assertThatThrownBy(
            () ->
                outline(
                    "{'elements': [{'id': 'C', 'moduleIds': []}], 'linked': {"
                        + "'onDemandCourseMaterialItems.v2': [{'name': 'no id'}]}}"))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void todaysGradesLinkItemGradesOverridesTracksAndGroups() {
    CourseGrade g =
        grades(
            "{'elements': [{'id': '1~C', 'userId': 1, 'viewId': 'C', 'passingState': 'passed',"
                + " 'overallGrade': 0.95, 'verifiedGrade': 0, 'newThing': 'kept'}], 'linked': {"
                + "'onDemandCourseViewItemGrades.v1': ["
                + "  {'id': '1~C~q1', 'overallOutcome': {'grade': 0.9, 'isPassed': true,"
                + "   'latePenaltyRatio': 0}}],"
                + "'onDemandCourseGradeItemOutcomeOverrides.v1': ["
                + "  {'id': '1~C~q1', 'grade': 0.95, 'isPassed': true, 'explanation': 'Regraded',"
                + "   'overridenAt': 1447804800000, 'overriderId': '7'},"
                + "  {'id': '1~C~q2', 'grade': 1, 'isPassed': true, 'explanation': 'Excused'}],"
                + "'onDemandCourseViewTrackAttainments.v1': [{'id': '1~C~core', 'passingState':"
                + "  'passed', 'overallPassedCount': 2, 'verifiedPassedCount': 0}],"
                + "'onDemandCourseViewGradedAssignmentGroupGrades.v1': [{'id': '1~C~g1',"
                + "  'grade': 0.97, 'droppedItemIds': ['q3'], 'gradedAssignmentGroup':"
                + "  {'name': 'Assignments', 'dropLowest': 1}}],"
                + "'onDemandCourseViewPassableItemGroupGrades.v1': [{'id': '1~C~pg',"
                + "  'passingState': 'passed', 'overallPassedCount': 1, 'overallGrade': 1}]}}");
    assertThat(g.grade()).contains(0.95);
    assertThat(g.verifiedGrade()).isEqualTo(0.0);
    assertThat(g.passingState()).isEqualTo("passed");
    assertThat(g.extras().fields()).containsOnlyKeys("newThing");
    ItemGrade q1 = g.itemGrades().get(new ItemId("q1"));
    assertThat(q1.grade()).isEqualTo(0.9);
    assertThat(q1.passed()).isTrue();
    assertThat(q1.override().explanation()).isEqualTo("Regraded");
    assertThat(q1.effectiveGrade()).isEqualTo(0.95);
    assertThat(q1.extras().fields()).containsKey("overallOutcome.latePenaltyRatio");
    // An override of an item without a grade of its own is still kept.
    assertThat(g.itemGrades().get(new ItemId("q2")).effectiveGrade()).isEqualTo(1.0);
    assertThat(g.tracks())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.trackId()).isEqualTo("core");
              assertThat(t.overallPassedCount()).isEqualTo(2);
            });
    assertThat(g.passedItems()).contains(2);
    assertThat(g.assignmentGroups())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Assignments");
              assertThat(a.droppedItemIds()).containsExactly(new ItemId("q3"));
              assertThat(a.extras().fields()).containsKey("gradedAssignmentGroup");
            });
    assertThat(g.itemGroups())
        .singleElement()
        .satisfies(p -> assertThat(p.overallGrade()).isEqualTo(1.0));
  }

  @Test
  void aLinkedGradeThatCannotBePlacedFailsTheCourse() {
    assertThatThrownBy(
            () ->
                grades(
                    "{'elements': [{'id': '1~C'}], 'linked': {"
                        + "'onDemandCourseViewItemGrades.v1': [{'overallOutcome': {}}]}}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("cannot be placed");
  }

  @Test
  void aCompositeIdsLastPartUnescapesTildes() {
    ObjectNode e = (ObjectNode) json("{'id': '1~C~child!~X'}");
    assertThat(io.github.courseport.adapters.http.naptime.NaptimeIds.lastPart(e.get("id").asText()))
        .isEqualTo("child~X");
  }
}
