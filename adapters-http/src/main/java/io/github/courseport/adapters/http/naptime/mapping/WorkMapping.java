package io.github.courseport.adapters.http.naptime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.AttemptSubmission;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.ForumPost;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerNote;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingSubmission;
import io.github.courseport.core.domain.PromptAnswers;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.domain.WorkPart;
import io.github.courseport.core.error.InvalidDataException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The learner's own work: quiz and exam states from the GraphQL gateway, peer submissions and the
 * reviews they received, programming assignments, discussion prompts and forum posts, notes and
 * certificates. No answer of these routes was ever recorded: the shapes are read from clients'
 * types (2025-26), so this mapping reads what it understands, keeps every other field in the
 * extras, and throws {@link InvalidDataException} for an answer it cannot read at all, which the
 * API layer turns into a named gap citing the raw answer. A later Courseport that reads the shape
 * right picks the data up from the same raw answer ({@code courseport rebuild}).
 */
public final class WorkMapping {
  /** Linked resources of the work routes. */
  static final String SOCIAL_PROFILES = "onDemandSocialProfiles.v1";

  static final String SUBMISSION_SCHEMAS = "onDemandPeerSubmissionSchemas.v1";
  static final String REVIEW_SCHEMAS = "onDemandPeerReviewSchemas.v1";
  static final String FORUM_QUESTIONS = "onDemandCourseForumQuestions.v1";

  private WorkMapping() {}

  // ---- the GraphQL gateway: QueryState ----

  /**
   * What the gateway said about one item.
   *
   * @param attempts the item's state, or null when the gateway had none (no state, or only errors)
   * @param errors the messages of the answer's {@code errors}, when any
   */
  public record GatewayAnswer(@Nullable ItemAttempts attempts, List<String> errors) {
    public GatewayAnswer {
      errors = List.copyOf(errors);
    }

    /** Whether the gateway answered with errors only: no data at all. */
    public boolean failed() {
      return attempts == null && !errors.isEmpty();
    }
  }

  /**
   * Reads a GraphQL answer of {@code QueryState}: {@code {"data": {...}, "errors": [...]}}. The
   * item's state is the object named {@code queryState} (directly in {@code data}, or one level
   * down, under the query's root field).
   *
   * @throws InvalidDataException when the answer is no GraphQL answer, or its data holds no {@code
   *     queryState}
   */
  public static GatewayAnswer queryState(ItemId item, JsonNode answer) {
    try {
      return readQueryState(item, answer);
    } catch (IllegalArgumentException e) {
      throw unreadable("the state of item " + item.value(), e);
    }
  }

  private static GatewayAnswer readQueryState(ItemId item, JsonNode answer) {
    if (!answer.isObject()) {
      throw new InvalidDataException("The GraphQL answer is not a JSON object.");
    }
    List<String> errors = new ArrayList<>();
    for (JsonNode e : answer.path("errors")) {
      String m = e.path("message").isTextual() ? e.path("message").asText() : WireJson.text(e);
      errors.add(m);
    }
    JsonNode data = answer.get("data");
    if (data == null || data.isNull()) {
      if (errors.isEmpty()) {
        throw new InvalidDataException("The GraphQL answer has neither data nor errors.");
      }
      return new GatewayAnswer(null, errors);
    }
    JsonNode state = find(data, "queryState", 2);
    if (state == null) {
      throw new InvalidDataException(
          "The GraphQL answer's data holds no queryState (fields: "
              + String.join(", ", fieldNames(data))
              + ").");
    }
    if (state.isNull()) {
      return new GatewayAnswer(null, errors);
    }
    WireElement s = WireElement.of(state);
    Map<String, String> more = new TreeMap<>();
    Integer made = null;
    Integer allowed = null;
    List<AttemptSubmission> submissions = new ArrayList<>();
    WireElement attempts = s.object("attempts");
    if (attempts != null) {
      made = attempts.smallInteger("attemptsMade");
      allowed = attempts.smallInteger("attemptLimit");
      List<String> seen = new ArrayList<>();
      for (WireElement sub : attempts.objects("submissions")) {
        AttemptSubmission a = submission(sub);
        submissions.add(a);
        seen.add(String.valueOf(a.id()));
      }
      WireElement last = attempts.object("lastSubmission");
      if (last != null) {
        AttemptSubmission a = submission(last);
        if (a.id() == null || !seen.contains(a.id())) {
          submissions.add(a);
        }
      }
      nested(more, "attempts", attempts);
    }
    Double earned = null;
    Boolean passed = null;
    Double latePenalty = null;
    Double override = null;
    WireElement outcome = s.object("outcome");
    if (outcome != null) {
      earned = outcome.number("earnedGrade");
      passed = outcome.bool("isPassed");
      latePenalty = outcome.number("latePenaltyRatio");
      override = outcome.number("gradeOverride");
      nested(more, "outcome", outcome);
    }
    Double latest = null;
    Double highest = null;
    Double max = null;
    String feedbackText = null;
    WireElement feedback = s.object("feedback");
    if (feedback != null) {
      latest = feedback.number("latestScore");
      highest = feedback.number("highestScore");
      max = feedback.number("maxScore");
      feedbackText = feedback.text("text");
      nested(more, "feedback", feedback);
    }
    ItemAttempts value =
        new ItemAttempts(
            item,
            null,
            made,
            allowed,
            submissions,
            earned,
            passed,
            latePenalty,
            override,
            latest,
            highest,
            max,
            feedbackText,
            errors,
            s.extrasWith(more));
    return new GatewayAnswer(value, errors);
  }

  private static AttemptSubmission submission(WireElement w) {
    return new AttemptSubmission(
        w.text("id"),
        instant(w, "submittedAt"),
        w.number("score"),
        w.number("maxScore"),
        w.extras());
  }

  // ---- peer assignments ----

  /**
   * The id a review request names a submission by, {@code {courseId}~{itemId}~{submissionId}}: the
   * element's own id when it is already of that form, else built from it.
   */
  public static String peerSubmissionId(CourseId course, ItemId item, ObjectNode element) {
    String id = WireElement.of(element).id();
    return NaptimeIds.parts(id).size() >= 3
        ? id
        : NaptimeIds.composite(course.value(), item.value(), id);
  }

  /**
   * One of the learner's peer submissions, its prompts from the linked submission schemas, and its
   * reviews (read apart).
   */
  public static PeerSubmission peerSubmission(
      ObjectNode element, Envelope envelope, List<PeerReview> reviews) {
    try {
      WireElement e = WireElement.of(element);
      String id = NaptimeIds.lastPart(e.id());
      e.ignore("userId", "courseId", "itemId", "submissionId");
      Map<String, String> prompts = prompts(envelope.linked(SUBMISSION_SCHEMAS));
      String title = null;
      List<WorkPart> parts = new ArrayList<>();
      Map<String, String> more = new TreeMap<>();
      WireElement submission = e.object("submission");
      if (submission != null) {
        title = submission.text("title");
        parts = parts(submission.entries("parts"), prompts);
        nested(more, "submission", submission);
      }
      return new PeerSubmission(
          id,
          instant(e, "createdAt"),
          instant(e, "submittedAt"),
          e.bool("isDraft"),
          title,
          parts,
          reviews,
          e.extrasWith(more));
    } catch (IllegalArgumentException ex) {
      throw unreadable("a peer submission", ex);
    }
  }

  /**
   * The reviews of a submission, the reviewers named from the linked profiles, each criterion's
   * prompt from the review schemas that came linked with the submission.
   */
  public static List<PeerReview> peerReviews(
      List<ObjectNode> elements, List<Envelope> pages, Envelope submissionPage) {
    try {
      Map<String, String> names = new HashMap<>();
      for (Envelope env : pages) {
        for (ObjectNode p : env.linked(SOCIAL_PROFILES)) {
          WireElement w = WireElement.of(p);
          String name = w.text("fullName");
          if (name != null) {
            names.put(w.id(), name);
          }
        }
      }
      List<PeerReview> out = new ArrayList<>();
      for (ObjectNode element : elements) {
        WireElement e = WireElement.of(element);
        String reviewer = e.text("reviewerId");
        UserId reviewerId = null;
        if (reviewer != null) {
          try {
            reviewerId = UserId.parse(reviewer);
          } catch (IllegalArgumentException notNumeric) {
            e.keep("reviewerId");
          }
        }
        e.ignore("peerSubmissionId", "courseId", "itemId");
        List<WorkPart> parts = new ArrayList<>();
        Map<String, String> more = new TreeMap<>();
        WireElement review = e.object("review");
        if (review != null) {
          parts = parts(review.entries("parts"), prompts(submissionPage.linked(REVIEW_SCHEMAS)));
          nested(more, "review", review);
        }
        out.add(
            new PeerReview(
                NaptimeIds.lastPart(e.id()),
                reviewerId,
                reviewer == null ? null : names.get(reviewer),
                instant(e, "createdAt"),
                e.number("score"),
                e.number("maxScore"),
                parts,
                e.extrasWith(more)));
      }
      return out;
    } catch (IllegalArgumentException ex) {
      throw unreadable("a peer review", ex);
    }
  }

  // ---- programming assignments ----

  /** What the server says about the learner and one programming assignment. */
  public static ProgrammingAssignmentWork programming(ItemId item, ObjectNode element) {
    try {
      WireElement e = WireElement.of(element);
      e.ignore("id", "courseId", "itemId");
      Map<String, String> more = new TreeMap<>();
      List<WorkPart> parts = new ArrayList<>();
      WireElement schema = e.object("submissionLearnerSchema");
      if (schema != null) {
        for (WireElement p : schema.objects("parts")) {
          parts.add(part(p.requiredText("id"), p, Map.of()));
        }
        if (parts.isEmpty()) {
          parts = parts(schema.entries("parts"), Map.of());
        }
        nested(more, "submissionLearnerSchema", schema);
      }
      List<ProgrammingSubmission> submissions = new ArrayList<>();
      List<WireElement> listed = e.objects("learnerSubmissions");
      if (listed.isEmpty()) {
        listed = e.objects("submissions");
      }
      for (WireElement s : listed) {
        List<WorkPart> scored = parts(s.entries("parts"), Map.of());
        submissions.add(
            new ProgrammingSubmission(
                s.text("id"),
                instant(s, s.has("submittedAt") ? "submittedAt" : "createdAt"),
                s.number("score"),
                s.number("maxScore"),
                scored,
                s.extras()));
      }
      Boolean passed = e.bool("isPassed");
      if (passed == null) {
        passed = e.bool("passed");
      }
      return new ProgrammingAssignmentWork(
          item,
          null,
          parts,
          submissions,
          e.number("score"),
          e.number("maxScore"),
          passed,
          e.extrasWith(more));
    } catch (IllegalArgumentException ex) {
      throw unreadable("a programming assignment", ex);
    }
  }

  // ---- discussions ----

  /**
   * A discussion prompt and its forum thread ({@code courseForumQuestionId}, or the linked
   * question's id); the answers are read apart.
   */
  public static PromptAnswers prompt(
      ItemId item,
      ObjectNode element,
      @Nullable Envelope envelope,
      List<ForumPost> answers,
      int answersRead) {
    try {
      WireElement e = WireElement.of(element);
      e.ignore("id", "userId", "courseId", "itemId");
      String questionId = e.text("courseForumQuestionId");
      if (questionId == null) {
        questionId = e.text("questionId");
      }
      String title = e.text("title");
      String text = null;
      List<ObjectNode> questions = envelope == null ? List.of() : envelope.linked(FORUM_QUESTIONS);
      Map<String, String> more = new TreeMap<>();
      for (ObjectNode q : questions) {
        WireElement w = WireElement.of(q);
        String id = w.id();
        if (questionId == null || NaptimeIds.lastPart(id).equals(NaptimeIds.lastPart(questionId))) {
          questionId = id;
          WireElement question = w.object("question");
          if (question != null) {
            title = title == null ? question.text("title") : title;
            nested(more, "question", question);
          }
          if (title == null) {
            title = w.text("title");
          }
          text = content(w, "content", more);
          break;
        }
      }
      return new PromptAnswers(
          item,
          null,
          questionId == null ? null : NaptimeIds.lastPart(questionId),
          title,
          text,
          answers,
          answersRead,
          e.extrasWith(more));
    } catch (IllegalArgumentException ex) {
      throw unreadable("a discussion prompt", ex);
    }
  }

  /** The thread id a prompt's element names, {@code {courseId}~{questionId}} on the wire. */
  public static @Nullable String promptQuestion(
      CourseId course, ObjectNode element, @Nullable Envelope envelope) {
    WireElement e = WireElement.of(element);
    String q = e.text("courseForumQuestionId");
    if (q == null) {
      q = e.text("questionId");
    }
    if (q == null && envelope != null) {
      List<ObjectNode> linked = envelope.linked(FORUM_QUESTIONS);
      if (!linked.isEmpty()) {
        q = WireElement.of(linked.get(0)).id();
      }
    }
    if (q == null) {
      return null;
    }
    return NaptimeIds.parts(q).size() >= 2 ? q : NaptimeIds.composite(course.value(), q);
  }

  /** Whether a forum post (an answer or a thread) is the learner's: its creator is the learner. */
  public static boolean byLearner(ObjectNode element, UserId learner) {
    JsonNode creator = element.get("creatorId");
    return creator != null
        && !creator.isContainerNode()
        && creator.asText().equals(Long.toString(learner.value()));
  }

  /** A forum post of the learner's. */
  public static ForumPost forumPost(ObjectNode element, String kind) {
    try {
      WireElement e = WireElement.of(element);
      String id = e.id();
      e.ignore("creatorId", "courseId");
      String question = e.text("courseForumQuestionId");
      if (question == null && kind.equals("question")) {
        question = id;
      }
      Map<String, String> more = new TreeMap<>();
      String text = content(e, "content", more);
      return new ForumPost(
          NaptimeIds.lastPart(id),
          question == null ? null : NaptimeIds.lastPart(question),
          kind,
          instant(e, "createdAt"),
          instant(e, "updatedAt"),
          text,
          e.extrasWith(more));
    } catch (IllegalArgumentException ex) {
      throw unreadable("a forum post", ex);
    }
  }

  // ---- notes and certificates ----

  /** A note of the learner's, found in a module. */
  public static LearnerNote note(ObjectNode element, ModuleId module) {
    try {
      WireElement e = WireElement.of(element);
      String id = e.id();
      e.ignore("userId", "courseId");
      String moduleText = e.text("moduleId");
      String itemText = e.text("itemId");
      return new LearnerNote(
          NaptimeIds.lastPart(id),
          moduleText == null ? module : new ModuleId(moduleText),
          itemText == null ? null : new ItemId(itemText),
          e.text("userText"),
          instant(e, "createdAt"),
          instant(e, "updatedAt"),
          e.extras());
    } catch (IllegalArgumentException ex) {
      throw unreadable("a note", ex);
    }
  }

  /** The learner's course certificate, its verification page built from the code. */
  public static Certificate certificate(CourseId course, ObjectNode element) {
    try {
      WireElement e = WireElement.of(element);
      e.ignore("id", "userId", "courseId");
      String code = e.text("certificateCode");
      return new Certificate(
          course,
          code,
          e.text("certificateCodeWithGrade"),
          e.number("grade"),
          instant(e, "grantedAt"),
          Certificate.verifyUrl(code),
          e.extras());
    } catch (IllegalArgumentException ex) {
      throw unreadable("the certificate", ex);
    }
  }

  // ---- shared readers ----

  /** Parts keyed by id on the wire: {@code {partId: {typeName, definition: {...}}}}. */
  private static List<WorkPart> parts(Map<String, JsonNode> wire, Map<String, String> prompts) {
    List<WorkPart> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : wire.entrySet()) {
      out.add(part(p.getKey(), WireElement.of(p.getValue()), prompts));
    }
    return out;
  }

  /**
   * One part: its words from {@code definition} (plain text, rich text as its markup, an option's
   * label), a link, points; its prompt from {@code prompts} or its own title.
   */
  private static WorkPart part(String id, WireElement p, Map<String, String> prompts) {
    p.ignore("id");
    String typeName = p.text("typeName");
    Map<String, String> more = new TreeMap<>();
    WireElement d = p.object("definition");
    WireElement source = d != null ? d : p;
    String text = null;
    Map<String, String> markup = new TreeMap<>();
    for (String field : List.of("plainText", "text", "answer", "option", "feedback", "value")) {
      if (text == null && source.has(field)) {
        text = source.text(field);
        if (text == null) {
          text = content(source, field, markup);
        }
      }
    }
    if (text == null && source.has("richText")) {
      text = content(source, "richText", markup);
    }
    String prefix = d != null ? "definition." : "";
    markup.forEach((k, v) -> more.put(prefix + k, v));
    String url = source.text("url");
    if (url == null) {
      url = source.text("fileUrl");
    }
    Double score = source.number("score");
    if (score == null) {
      score = source.number("points");
    }
    Double max = source.number("maxScore");
    if (max == null) {
      max = source.number("maxPoints");
    }
    String prompt = prompts.get(id);
    if (prompt == null) {
      prompt = p.text("title");
    }
    if (prompt == null) {
      prompt = p.text("prompt");
    }
    if (d != null) {
      nested(more, "definition", d);
    }
    return new WorkPart(id, prompt, typeName, text, url, score, max, p.extrasWith(more));
  }

  /** The prompts of the parts that linked submission schemas describe, by part id. */
  private static Map<String, String> prompts(List<ObjectNode> schemas) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ObjectNode schema : schemas) {
      for (JsonNode part : schema.path("parts")) {
        if (part instanceof ObjectNode p) {
          WireElement w = WireElement.of(p);
          String id = w.text("id");
          String prompt = w.text("prompt");
          if (prompt == null) {
            prompt = content(w, "prompt", new TreeMap<>());
          }
          if (id != null && prompt != null) {
            out.putIfAbsent(id, prompt);
          }
        }
      }
    }
    return out;
  }

  /**
   * The words of a content field: a string as it is; CML ({@code {typeName, definition: {dtdId,
   * value}}}, or {@code {value}}) as its markup, unchanged. What else a CML object says (its type,
   * its DTD) stays in {@code more}, without the words.
   */
  private static @Nullable String content(WireElement w, String field, Map<String, String> more) {
    JsonNode v = w.node().get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return w.text(field);
    }
    boolean nested = v.path("definition").path("value").isTextual();
    JsonNode value = nested ? v.path("definition").path("value") : v.path("value");
    if (!value.isTextual()) {
      return null;
    }
    w.ignore(field);
    JsonNode rest = v.deepCopy();
    if (nested) {
      ((ObjectNode) rest.path("definition")).remove("value");
    } else {
      ((ObjectNode) rest).remove("value");
    }
    more.put(field, WireJson.text(rest));
    return value.asText();
  }

  /** An instant in epoch milliseconds or seconds, or as ISO-8601 text, or null. */
  private static @Nullable Instant instant(WireElement w, String field) {
    JsonNode v = w.node().get(field);
    if (v != null && v.isTextual() && !v.asText().isEmpty() && !isDigits(v.asText())) {
      try {
        Instant t = Instant.parse(v.asText());
        w.ignore(field);
        return t;
      } catch (DateTimeParseException e) {
        return null; // stays in the extras
      }
    }
    return w.instantAuto(field);
  }

  private static boolean isDigits(String s) {
    return s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-');
  }

  /** The unread fields of a nested object, kept as {@code field.sub} extras. */
  private static void nested(Map<String, String> into, String field, WireElement inner) {
    inner.extras().fields().forEach((k, v) -> into.put(field + "." + k, v));
  }

  /** A field named somewhere at most {@code depth} objects down, breadth first. */
  private static @Nullable JsonNode find(JsonNode node, String field, int depth) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode direct = node.get(field);
    if (direct != null) {
      return direct;
    }
    if (depth <= 1) {
      return null;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode found = find(e.getValue(), field, depth - 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The field names of an object and of the objects in it, one level down ({@code a.b}). */
  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.properties()
        .forEach(
            e -> {
              if (e.getValue().isObject() && e.getValue().size() > 0) {
                e.getValue().fieldNames().forEachRemaining(f -> out.add(e.getKey() + "." + f));
              } else {
                out.add(e.getKey());
              }
            });
    return out;
  }

  private static InvalidDataException unreadable(String what, IllegalArgumentException e) {
    String m = e.getMessage();
    return new InvalidDataException(
        "The server's answer for " + what + " cannot be read: " + (m == null ? "invalid" : m));
  }
}
