package io.github.courseport.export.views;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.AttemptSubmission;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemKind;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingSubmission;
import io.github.courseport.core.domain.ProgrammingWork;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code exports/xapi-statements.json}: the record as xAPI 1.0.3 statements, a JSON array.
 * The actor is the Coursera account ({@code homePage} {@code https://www.coursera.org}, {@code
 * name} the user id; never an e-mail address). Verbs are ADL's: {@code registered} (memberships),
 * {@code attempted}, {@code progressed} and {@code completed} (items, modules, courses), {@code
 * passed}, {@code failed} and {@code scored} (grades, with a {@code result}); the learner's own
 * work adds {@code attempted} for each submission and {@code passed}, {@code failed} or {@code
 * scored} for the item as of its latest submission. Courses and modules are activities of ADL's
 * course and module types, items of the type of their kind, all named from the course's outline (by
 * id without one); modules and items name their course in {@code context.contextActivities.parent},
 * items their module in {@code grouping}. Every timestamp comes from the record, and a statement
 * for which the record holds no time is left out. Statement ids are UUIDv5 of learner, object, verb
 * and time, so exporting the same data twice gives the same statements.
 */
public final class XapiStatementsRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "exports/xapi-statements.json";

  static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
  static final String MODULE_TYPE = "http://adlnet.gov/expapi/activities/module";
  static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

  /** A result extension: an instructor's override of an item's outcome, with its explanation. */
  static final String OVERRIDE_EXTENSION = "https://courseport.github.io/xapi/extensions/override";

  /** ADL verbs used here. */
  enum Verb {
    REGISTERED("registered"),
    ATTEMPTED("attempted"),
    PROGRESSED("progressed"),
    COMPLETED("completed"),
    PASSED("passed"),
    FAILED("failed"),
    SCORED("scored");

    final String id;
    final String display;

    Verb(String display) {
      this.id = "http://adlnet.gov/expapi/verbs/" + display;
      this.display = display;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  public XapiStatementsRenderer() {}

  @Override
  public String name() {
    return "xapi-statements";
  }

  @Override
  public String description() {
    return "exports/xapi-statements.json: the record as xAPI statements";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    String user = Long.toString(record.learner().userId().value());
    IdSet ids = new IdSet();
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (OutputStream out = new BufferedOutputStream(target.open(PATH), 1 << 16)) {
      try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setPrettyPrinter(printer);
        gen.writeStartArray();
        write(gen, ids, learnerStatements(user, record.learner()));
        for (CourseRecord course : record.courses()) {
          write(gen, ids, courseStatements(user, course));
        }
        gen.writeEndArray();
      }
      out.write('\n');
    }
  }

  /** Writes statements in a stable order, each id once ({@code ids}: every id written so far). */
  private static void write(JsonGenerator gen, IdSet ids, List<ObjectNode> statements)
      throws IOException {
    List<Keyed> keyed = new ArrayList<>(statements.size());
    for (ObjectNode s : statements) {
      keyed.add(
          new Keyed(
              Instant.parse(s.path("timestamp").asText()),
              s.path("verb").path("id").asText(),
              s.path("object").path("id").asText(),
              s.path("id").asText(),
              s));
    }
    keyed.sort(ORDER);
    for (Keyed k : keyed) {
      if (ids.add(UUID.fromString(k.id()))) {
        MAPPER.writeTree(gen, sorted(k.statement()));
      }
    }
  }

  /** A statement with its sort keys read out once (not once per comparison). */
  private record Keyed(Instant at, String verb, String object, String id, ObjectNode statement) {}

  private static final Comparator<Keyed> ORDER =
      Comparator.comparing(Keyed::at)
          .thenComparing(Keyed::verb)
          .thenComparing(Keyed::object)
          .thenComparing(Keyed::id);

  /**
   * A copy of a tree with every object's keys in order, so the bytes do not depend on build order.
   */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        fields.put(e.getKey(), e.getValue());
      }
      fields.forEach((k, v) -> copy.set(k, sorted(v)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(v -> copy.add(sorted(v)));
      return copy;
    }
    return node;
  }

  // ---- statements of the learner ----

  private static List<ObjectNode> learnerStatements(String user, LearnerRecord learner) {
    List<ObjectNode> out = new ArrayList<>();
    for (SpecializationMembership m :
        learner.specializationMemberships().received().orElse(List.of())) {
      if (m.timestamp() == null) {
        continue;
      }
      Outcome<Specialization> spec = learner.specializations().get(m.specializationId());
      Specialization s = spec == null ? null : spec.found().orElse(null);
      String iri =
          s != null && !s.slug().isEmpty()
              ? Views.COURSERA + "/specializations/" + Views.pathSegment(s.slug())
              : Views.COURSERA
                  + "/api/onDemandSpecializations.v1/"
                  + Views.pathSegment(m.specializationId().value());
      ObjectNode object = activity(iri, null, s == null ? null : s.name());
      out.add(statement(user, Verb.REGISTERED, object, null, null, m.timestamp()));
    }
    return out;
  }

  // ---- statements of a course ----

  private static List<ObjectNode> courseStatements(String user, CourseRecord record) {
    List<ObjectNode> out = new ArrayList<>();
    String courseIri = Views.courseIri(record);
    Course course = record.course().found().orElse(null);
    ObjectNode courseActivity =
        activity(courseIri, COURSE_TYPE, course == null ? null : course.name());
    OutlineIndex names = OutlineIndex.of(record);
    for (Membership m : record.memberships()) {
      if (m.timestamp() != null) {
        out.add(statement(user, Verb.REGISTERED, courseActivity, null, null, m.timestamp()));
      }
    }
    progress(user, record, names, courseIri, courseActivity, out);
    grades(user, record, names, courseIri, courseActivity, out);
    attempts(user, record, names, courseIri, courseActivity, out);
    CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
    if (events != null) {
      for (CompletionEvent e : events.events()) {
        if (e.timestamp() != null) {
          ObjectNode result = NODES.objectNode().put("completion", true);
          out.add(statement(user, Verb.COMPLETED, courseActivity, result, null, e.timestamp()));
        }
      }
    }
    return out;
  }

  /**
   * Items at their own times; course and modules as of the latest item time (the moment up to which
   * the percentages are known).
   */
  private static void progress(
      String user,
      CourseRecord record,
      OutlineIndex names,
      String courseIri,
      ObjectNode courseActivity,
      List<ObjectNode> out) {
    CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
    if (progress == null) {
      return;
    }
    Instant asOf = null;
    for (Map.Entry<ItemId, ItemProgress> e : progress.items().entrySet()) {
      Instant at = e.getValue().timestamp();
      if (at == null) {
        continue;
      }
      asOf = Views.later(asOf, at);
      String state = e.getValue().progressState();
      Verb verb =
          state.equalsIgnoreCase("Completed")
              ? Verb.COMPLETED
              : state.equalsIgnoreCase("Started") ? Verb.ATTEMPTED : null;
      if (verb != null) {
        ObjectNode result =
            verb == Verb.COMPLETED ? NODES.objectNode().put("completion", true) : null;
        out.add(
            statement(
                user,
                verb,
                itemActivity(courseIri, e.getKey(), names),
                result,
                courseActivity,
                moduleIri(courseIri, e.getKey(), names),
                at));
      }
    }
    if (asOf == null) {
      return;
    }
    if (progress.overall() != null) {
      out.add(
          statement(
              user,
              Verb.PROGRESSED,
              courseActivity,
              progressResult(progress.overall()),
              null,
              asOf));
    }
    HomeProgress home = Views.found(record, CourseFamily.HOME_PROGRESS);
    Set<ModuleId> completed = new HashSet<>(home == null ? List.of() : home.modulesCompleted());
    Set<ModuleId> passed = new HashSet<>(home == null ? List.of() : home.modulesPassed());
    for (Map.Entry<ModuleId, Double> e : progress.modules().entrySet()) {
      ObjectNode module =
          activity(
              courseIri + "/module/" + Views.pathSegment(e.getKey().value()),
              MODULE_TYPE,
              displayName(names.module(e.getKey())));
      ObjectNode result = progressResult(e.getValue());
      if (completed.contains(e.getKey())) {
        result.put("completion", true);
        out.add(statement(user, Verb.COMPLETED, module, result, courseActivity, asOf));
      } else {
        out.add(statement(user, Verb.PROGRESSED, module, result, courseActivity, asOf));
      }
      if (passed.contains(e.getKey())) {
        ObjectNode success = NODES.objectNode().put("success", true).put("completion", true);
        out.add(statement(user, Verb.PASSED, module, success, courseActivity, asOf));
      }
    }
  }

  /**
   * Course and item grades, as of the grade's timestamp, or, for today's route that gives none, as
   * of the newest activity in the course ({@link Views#gradedAt}). An item's score is the grade
   * that counts (an instructor's override's), and the override, with its explanation, is a result
   * extension.
   */
  private static void grades(
      String user,
      CourseRecord record,
      OutlineIndex names,
      String courseIri,
      ObjectNode courseActivity,
      List<ObjectNode> out) {
    CourseGrade grade = Views.found(record, CourseFamily.GRADES);
    Instant at = grade == null ? null : Views.gradedAt(record, grade);
    if (grade == null || at == null) {
      return;
    }
    Double overall = grade.grade().orElse(null);
    ObjectNode result = NODES.objectNode();
    if (overall != null) {
      putScore(result, overall);
    }
    if (Views.passed(grade.passingState())) {
      result.put("success", true).put("completion", true);
      out.add(statement(user, Verb.PASSED, courseActivity, result, null, at));
    } else if (grade.passingState() != null && grade.passingState().equalsIgnoreCase("failed")) {
      result.put("success", false);
      out.add(statement(user, Verb.FAILED, courseActivity, result, null, at));
    } else if (overall != null) {
      out.add(statement(user, Verb.SCORED, courseActivity, result, null, at));
    }
    for (Map.Entry<ItemId, ItemGrade> e : grade.itemGrades().entrySet()) {
      ItemGrade item = e.getValue();
      ObjectNode itemResult = NODES.objectNode();
      Double score = item.effectiveGrade();
      if (score != null) {
        putScore(itemResult, score);
      }
      Boolean passed = Views.itemPassed(item);
      Verb verb;
      if (Boolean.TRUE.equals(passed)) {
        verb = Verb.PASSED;
        itemResult.put("success", true);
      } else if (Boolean.FALSE.equals(passed)) {
        verb = Verb.FAILED;
        itemResult.put("success", false);
      } else if (score != null) {
        verb = Verb.SCORED;
      } else {
        continue;
      }
      GradeOverride o = item.override();
      if (o != null) {
        ObjectNode override = NODES.objectNode();
        if (item.grade() != null && Double.isFinite(item.grade())) {
          override.put("originalGrade", item.grade());
        }
        if (o.grade() != null && Double.isFinite(o.grade())) {
          override.put("grade", o.grade());
        }
        if (o.passed() != null) {
          override.put("passed", o.passed());
        }
        if (o.explanation() != null) {
          override.put("explanation", o.explanation());
        }
        if (o.overriddenAt() != null) {
          override.put("overriddenAt", o.overriddenAt().toString());
        }
        itemResult.set("extensions", NODES.objectNode().set(OVERRIDE_EXTENSION, override));
      }
      out.add(
          statement(
              user,
              verb,
              itemActivity(courseIri, e.getKey(), names),
              itemResult,
              courseActivity,
              moduleIri(courseIri, e.getKey(), names),
              at));
    }
  }

  /**
   * The learner's own attempts: {@code attempted} the item at each submission's time (quizzes,
   * exams and programming assignments with the submission's score; peer assignments without one,
   * drafts left out), then the item's outcome at the time of its latest submission: {@code passed}
   * or {@code failed} (or {@code scored} when the record does not say which) with the grade that
   * counts as {@code score.scaled} and, when given, the points as {@code raw} and {@code max}. A
   * submission without a time gives no statement, and an item none of whose submissions has one
   * gives no outcome: no time is invented.
   */
  private static void attempts(
      String user,
      CourseRecord record,
      OutlineIndex names,
      String courseIri,
      ObjectNode courseActivity,
      List<ObjectNode> out) {
    Attempts statements = new Attempts(user, names, courseIri, courseActivity, out);
    AssessmentAttempts attempts = Views.held(record, CourseFamily.ATTEMPTS);
    if (attempts != null) {
      for (ItemAttempts a : attempts.items()) {
        Instant latest = null;
        for (AttemptSubmission s : a.submissions()) {
          latest =
              Views.later(
                  latest,
                  statements.attempted(a.itemId(), s.submittedAt(), s.score(), s.maxScore()));
        }
        Double grade = a.gradeOverride() != null ? a.gradeOverride() : a.earnedGrade();
        statements.outcome(a.itemId(), latest, a.passed(), grade, a.highestScore(), a.maxScore());
      }
    }
    ProgrammingWork programming = Views.held(record, CourseFamily.PROGRAMMING_WORK);
    if (programming != null) {
      for (ProgrammingAssignmentWork p : programming.items()) {
        Instant latest = null;
        for (ProgrammingSubmission s : p.submissions()) {
          latest =
              Views.later(
                  latest,
                  statements.attempted(p.itemId(), s.submittedAt(), s.score(), s.maxScore()));
        }
        Double grade = ratio(p.score(), p.maxScore());
        statements.outcome(p.itemId(), latest, p.passed(), grade, p.score(), p.maxScore());
      }
    }
    PeerWork peer = Views.held(record, CourseFamily.PEER_WORK);
    if (peer != null) {
      for (PeerAssignmentWork p : peer.items()) {
        for (PeerSubmission s : p.submissions()) {
          if (!Boolean.TRUE.equals(s.draft())) {
            statements.attempted(p.itemId(), s.submittedAt(), null, null);
          }
        }
      }
    }
  }

  /** The statements of one course's attempts, item by item. */
  private record Attempts(
      String user,
      OutlineIndex names,
      String courseIri,
      ObjectNode courseActivity,
      List<ObjectNode> out) {

    /** {@code attempted} the item at a submission's time, with its points; returns the time. */
    @Nullable Instant attempted(
        ItemId item, @Nullable Instant at, @Nullable Double score, @Nullable Double max) {
      if (at == null) {
        return null;
      }
      ObjectNode result = NODES.objectNode();
      putPoints(result, ratio(score, max), score, max);
      out.add(itemStatement(Verb.ATTEMPTED, item, result, at));
      return at;
    }

    /** The item's outcome as of its latest submission, when one has a time. */
    void outcome(
        ItemId item,
        @Nullable Instant latest,
        @Nullable Boolean passed,
        @Nullable Double grade,
        @Nullable Double raw,
        @Nullable Double max) {
      if (latest == null) {
        return;
      }
      ObjectNode result = NODES.objectNode();
      putPoints(result, grade, raw, max);
      Verb verb;
      if (passed != null) {
        verb = passed ? Verb.PASSED : Verb.FAILED;
        result.put("success", passed);
      } else if (result.has("score")) {
        verb = Verb.SCORED;
      } else {
        return;
      }
      out.add(itemStatement(verb, item, result, latest));
    }

    private ObjectNode itemStatement(Verb verb, ItemId item, ObjectNode result, Instant at) {
      return statement(
          user,
          verb,
          itemActivity(courseIri, item, names),
          result,
          courseActivity,
          moduleIri(courseIri, item, names),
          at);
    }
  }

  /** Points as a fraction of the most, when both are known and the most is positive. */
  private static @Nullable Double ratio(@Nullable Double score, @Nullable Double max) {
    return score == null || max == null || !(max > 0) ? null : score / max;
  }

  /**
   * A result's score: {@code scaled} (a fraction 0..1) and the points, {@code raw} and {@code max},
   * each when known and valid (the specification wants raw no more than max; a max without raw says
   * nothing).
   */
  private static void putPoints(
      ObjectNode result, @Nullable Double scaled, @Nullable Double raw, @Nullable Double max) {
    ObjectNode score = NODES.objectNode();
    if (scaled != null && scaled >= 0 && scaled <= 1) {
      score.put("scaled", scaled);
    }
    if (raw != null && Double.isFinite(raw) && raw >= 0) {
      score.put("raw", raw);
      if (max != null && Double.isFinite(max) && max >= raw) {
        score.put("max", max);
      }
    }
    if (!score.isEmpty()) {
      result.set("score", score);
    }
  }

  private static void putScore(ObjectNode result, double fraction) {
    if (!Double.isFinite(fraction)) {
      return;
    }
    ObjectNode score = NODES.objectNode();
    if (fraction >= 0 && fraction <= 1) {
      score.put("scaled", fraction);
    } else {
      score.put("raw", fraction);
    }
    result.set("score", score);
  }

  private static ObjectNode progressResult(double percent) {
    long clamped = Math.max(0, Math.min(100, Math.round(percent)));
    ObjectNode result = NODES.objectNode();
    result.set("extensions", NODES.objectNode().put(PROGRESS_EXTENSION, clamped));
    return result;
  }

  /** An item: named from the outline, of the activity type of its kind. */
  private static ObjectNode itemActivity(String courseIri, ItemId item, OutlineIndex names) {
    OutlineItem outlined = names.itemOf(item);
    return activity(
        courseIri + "/item/" + Views.pathSegment(item.value()),
        outlined == null ? null : activityType(outlined.kind()),
        displayName(names.item(item)));
  }

  /** The module that holds an item, as an activity IRI, when the outline places the item. */
  private static @Nullable String moduleIri(String courseIri, ItemId item, OutlineIndex names) {
    OutlineModule m = names.moduleOf(item);
    return m == null ? null : courseIri + "/module/" + Views.pathSegment(m.id().value());
  }

  /** A name from the record as an activity's display name: shortened, capitalized. */
  private static String displayName(String name) {
    return IndexHtmlText.capitalize(Views.clip(name, Views.NAME_LIMIT));
  }

  /**
   * The ADL activity type of an item's kind: lectures and readings are media ("text, audio or video
   * used to convey information"), graded work an assessment, a lab a simulation, a discussion
   * prompt or a widget an interaction; an item of an unknown kind has no type.
   */
  static @Nullable String activityType(ItemKind kind) {
    String adl = "http://adlnet.gov/expapi/activities/";
    return switch (kind) {
      case LECTURE, READING -> adl + "media";
      case QUIZ, EXAM, PEER_ASSIGNMENT, PROGRAMMING_ASSIGNMENT, STAFF_GRADED -> adl + "assessment";
      case LAB -> adl + "simulation";
      case DISCUSSION_PROMPT, WIDGET -> adl + "interaction";
      case OTHER -> null;
    };
  }

  static ObjectNode activity(String iri, @Nullable String type, @Nullable String name) {
    ObjectNode activity = NODES.objectNode().put("objectType", "Activity").put("id", iri);
    ObjectNode definition = NODES.objectNode();
    if (type != null) {
      definition.put("type", type);
    }
    if (name != null && !name.isEmpty()) {
      // the language of Coursera's names is not known: "und" is BCP 47's "undetermined"
      definition.set("name", NODES.objectNode().put("und", name));
    }
    if (!definition.isEmpty()) {
      activity.set("definition", definition);
    }
    return activity;
  }

  static ObjectNode statement(
      String user,
      Verb verb,
      ObjectNode object,
      @Nullable ObjectNode result,
      @Nullable ObjectNode parent,
      Instant at) {
    return statement(user, verb, object, result, parent, null, at);
  }

  /**
   * A statement.
   *
   * @param parent the activity the object is part of (its course), if any
   * @param grouping the IRI of a further activity it belongs to (an item's module), if any
   */
  static ObjectNode statement(
      String user,
      Verb verb,
      ObjectNode object,
      @Nullable ObjectNode result,
      @Nullable ObjectNode parent,
      @Nullable String grouping,
      Instant at) {
    String timestamp = at.toString();
    String objectId = object.path("id").asText();
    ObjectNode s = NODES.objectNode();
    s.put("id", statementId(user, objectId, verb.id, timestamp));
    ObjectNode actor = NODES.objectNode().put("objectType", "Agent");
    actor.set("account", NODES.objectNode().put("homePage", Views.COURSERA).put("name", user));
    s.set("actor", actor);
    s.set(
        "verb",
        NODES
            .objectNode()
            .put("id", verb.id)
            .set("display", NODES.objectNode().put("en-US", verb.display)));
    s.set("object", object);
    if (result != null && !result.isEmpty()) {
      s.set("result", result);
    }
    ObjectNode context = NODES.objectNode().put("platform", "Coursera");
    if (parent != null) {
      ObjectNode ref = NODES.objectNode().put("objectType", "Activity");
      ref.put("id", parent.path("id").asText());
      ObjectNode activities = NODES.objectNode().set("parent", NODES.arrayNode().add(ref));
      if (grouping != null) {
        ObjectNode group = NODES.objectNode().put("objectType", "Activity").put("id", grouping);
        activities.set("grouping", NODES.arrayNode().add(group));
      }
      context.set("contextActivities", activities);
    }
    s.set("context", context);
    s.put("timestamp", timestamp);
    return s;
  }

  /** The UUIDv5 of a statement: learner, object, verb and time. */
  static String statementId(String user, String objectId, String verbId, String timestamp) {
    return Uuids.v5(
            Uuids.COURSEPORT, "xapi\n" + user + "\n" + objectId + "\n" + verbId + "\n" + timestamp)
        .toString();
  }
}
