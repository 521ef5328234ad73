package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.mapping.WorkMapping;
import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.DiscussionAnswers;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.ForumPost;
import io.github.courseport.core.domain.ForumSearch;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemKind;
import io.github.courseport.core.domain.LearnerNote;
import io.github.courseport.core.domain.LearnerNotes;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingWork;
import io.github.courseport.core.domain.PromptAnswers;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The learner's own work, course by course: quiz and exam attempts (the GraphQL gateway's {@code
 * QueryState}, item by item), peer submissions with the reviews they received, programming
 * assignments, discussion prompts with the learner's answers (and, opt-in, their posts found in the
 * whole course forums), notes (module by module) and the course certificate.
 *
 * <p>Every family but the certificate is asked item by item (or module by module) of the course's
 * outline, which the request carries; a course without one is a gap that says so. The requests of
 * all courses of a call travel in one round per level (items, then what the items found). An item
 * the server keeps locked ({@code 403 Item is locked}) is recorded as locked, not as a failure of
 * the course; an item that fails, or whose answer cannot be read, leaves the course's other items
 * in the record and makes its outcome a failure that names the item and cites the raw answer.
 */
final class CourseraWork {
  private final ApiContext s;

  CourseraWork(ApiContext s) {
    this.s = s;
  }

  /** One outline item of a course, the key of item-by-item requests. */
  private record ItemKey(CourseId course, ItemId item) {}

  /**
   * What one item (or module, or submission) gave: a value, a gap, or both (a part arrived, a part
   * failed), with the documents it rests on.
   *
   * @param what how a reason names it ({@code item Nq1Qz})
   */
  private record Piece<T>(
      String what, @Nullable T value, @Nullable Outcome<?> gap, List<SourceRef> refs) {
    static <T> Piece<T> of(String what, Outcome<T> o) {
      return new Piece<>(what, o.found().orElse(null), o.isGap() ? o : null, o.sources());
    }
  }

  // ---- attempts: the GraphQL gateway, one QueryState per quiz or exam ----

  Map<CourseId, Outcome<AssessmentAttempts>> attempts(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<AssessmentAttempts>> out = new TreeMap<>();
    Map<CourseId, List<OutlineItem>> items = items(request, CourseFamily.ATTEMPTS, out);
    List<ElementStep.Ask<ItemKey, WorkMapping.GatewayAnswer>> asks = new ArrayList<>();
    items.forEach(
        (course, list) -> {
          for (OutlineItem i : list) {
            asks.add(
                ElementStep.Ask.of(
                    new ItemKey(course, i.id()),
                    s.endpoints.queryState(course.value(), i.id().value()),
                    "",
                    e -> WorkMapping.queryState(i.id(), e)));
          }
        });
    Map<ItemKey, Outcome<WorkMapping.GatewayAnswer>> answers =
        asks.isEmpty() ? Map.of() : call.run(new ElementStep<>(asks, s::redact));
    Map<CourseId, List<Piece<ItemAttempts>>> pieces = new LinkedHashMap<>();
    items.keySet().forEach(c -> pieces.put(c, new ArrayList<>()));
    answers.forEach(
        (key, o) -> {
          String what = "item " + key.item().value();
          String locked = locked(o);
          Piece<ItemAttempts> piece;
          if (locked != null) {
            piece = new Piece<>(what, ItemAttempts.locked(key.item(), locked), null, o.sources());
          } else if (o.found().isEmpty()) {
            piece = Piece.of(what, o.retype());
          } else {
            WorkMapping.GatewayAnswer a = o.found().get();
            Outcome<?> gap =
                a.errors().isEmpty()
                    ? null
                    : Outcome.failed(
                        s.redact(
                            Endpoints.GATEWAY
                                + ": "
                                + Endpoints.QUERY_STATE
                                + " answered "
                                + (a.attempts() == null ? "only errors: " : "with errors: ")
                                + String.join("; ", a.errors())),
                        o.sources().toArray(SourceRef[]::new));
            piece = new Piece<>(what, a.attempts(), gap, o.sources());
          }
          at(pieces, key.course()).add(piece);
        });
    pieces.forEach(
        (course, list) ->
            out.put(course, combine(list, found -> new AssessmentAttempts(course, found))));
    return out;
  }

  // ---- peer assignments: the learner's submissions, then the reviews of each ----

  Map<CourseId, Outcome<PeerWork>> peerWork(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<PeerWork>> out = new TreeMap<>();
    String user = CourseraFamilies.user(request);
    Map<CourseId, List<OutlineItem>> items = items(request, CourseFamily.PEER_WORK, out);
    List<ItemKey> keys = new ArrayList<>();
    List<Call.ListSpec> specs = new ArrayList<>();
    items.forEach(
        (course, list) -> {
          for (OutlineItem i : list) {
            keys.add(new ItemKey(course, i.id()));
            specs.add(
                new Call.ListSpec(
                    Endpoints.PEER_SUBMISSIONS,
                    start ->
                        s.endpoints.peerSubmissions(user, course.value(), i.id().value(), start),
                    true));
          }
        });
    List<Call.Listed> submissions = specs.isEmpty() ? List.of() : call.lists(specs);
    // The reviews of every submission found, all in one round.
    List<Call.ListSpec> reviewSpecs = new ArrayList<>();
    java.util.IdentityHashMap<ObjectNode, Integer> reviewsOf = new java.util.IdentityHashMap<>();
    java.util.IdentityHashMap<ObjectNode, Outcome<?>> unreadableIds =
        new java.util.IdentityHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      Call.Listed listed = submissions.get(k);
      if (listed.gap() != null) {
        continue;
      }
      for (ObjectNode e : listed.elements()) {
        try {
          String id = WorkMapping.peerSubmissionId(keys.get(k).course(), keys.get(k).item(), e);
          reviewsOf.put(e, reviewSpecs.size());
          reviewSpecs.add(
              new Call.ListSpec(
                  Endpoints.PEER_REVIEWS, start -> s.endpoints.peerReviews(id, user, start), true));
        } catch (InvalidDataException bad) {
          unreadableIds.put(
              e, Outcomes.unreadable(Endpoints.PEER_SUBMISSIONS, bad, listed.refs(), s::redact));
        }
      }
    }
    List<Call.Listed> reviews = reviewSpecs.isEmpty() ? List.of() : call.lists(reviewSpecs);
    Map<CourseId, List<Piece<PeerAssignmentWork>>> pieces = new LinkedHashMap<>();
    items.keySet().forEach(c -> pieces.put(c, new ArrayList<>()));
    for (int k = 0; k < keys.size(); k++) {
      ItemKey key = keys.get(k);
      String what = "item " + key.item().value();
      Call.Listed listed = submissions.get(k);
      List<Piece<PeerAssignmentWork>> into = at(pieces, key.course());
      if (listed.gap() != null) {
        Outcome<PeerAssignmentWork> gap = listed.gapAs();
        String locked = locked(gap);
        into.add(
            locked != null
                ? new Piece<>(
                    what,
                    new PeerAssignmentWork(key.item(), locked, List.of()),
                    null,
                    gap.sources())
                : Piece.of(what, gap));
        continue;
      }
      List<SourceRef> refs = new ArrayList<>(listed.refs());
      List<PeerSubmission> found = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      boolean failed = false;
      for (ObjectNode e : listed.elements()) {
        Outcome<?> bad = unreadableIds.get(e);
        if (bad != null) {
          problems.add(bad.reason());
          failed = true;
          continue;
        }
        Call.Listed r = reviews.get(at(reviewsOf, e));
        refs.addAll(r.refs());
        List<PeerReview> received = List.of();
        if (r.gap() != null) {
          Outcome<?> g = r.gap();
          refs.addAll(g.sources());
          problems.add("the reviews of a submission: " + g.reason());
          failed |= g.status() == Outcome.Status.FAILED;
        } else {
          try {
            received = WorkMapping.peerReviews(r.elements(), r.envelopes(), envelopeOf(listed, e));
          } catch (InvalidDataException ex) {
            problems.add(
                Outcomes.unreadable(Endpoints.PEER_REVIEWS, ex, r.refs(), s::redact).reason());
            failed = true;
          }
        }
        try {
          found.add(WorkMapping.peerSubmission(e, envelopeOf(listed, e), received));
        } catch (InvalidDataException ex) {
          problems.add(
              Outcomes.unreadable(Endpoints.PEER_SUBMISSIONS, ex, listed.refs(), s::redact)
                  .reason());
          failed = true;
        }
      }
      Outcome<?> gap =
          problems.isEmpty()
              ? null
              : failed
                  ? Outcome.failed(String.join("; ", problems), refs.toArray(SourceRef[]::new))
                  : Outcome.unavailable(
                      String.join("; ", problems), refs.toArray(SourceRef[]::new));
      into.add(
          new Piece<>(
              what,
              found.isEmpty() ? null : new PeerAssignmentWork(key.item(), null, found),
              gap,
              refs));
    }
    pieces.forEach(
        (course, list) -> out.put(course, combine(list, found -> new PeerWork(course, found))));
    return out;
  }

  @SuppressWarnings("ReferenceEquality") // the very element, not an equal one from another page
  private static Envelope envelopeOf(Call.Listed listed, ObjectNode element) {
    for (Envelope e : listed.envelopes()) {
      for (ObjectNode x : e.elements()) {
        if (x == element) {
          return e;
        }
      }
    }
    return listed.envelopes().get(0);
  }

  // ---- programming assignments ----

  Map<CourseId, Outcome<ProgrammingWork>> programmingWork(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<ProgrammingWork>> out = new TreeMap<>();
    Map<CourseId, List<OutlineItem>> items = items(request, CourseFamily.PROGRAMMING_WORK, out);
    List<ElementStep.Ask<ItemKey, ProgrammingAssignmentWork>> asks = new ArrayList<>();
    items.forEach(
        (course, list) -> {
          for (OutlineItem i : list) {
            String wire = NaptimeIds.composite(course.value(), i.id().value());
            asks.add(
                ElementStep.Ask.of(
                    new ItemKey(course, i.id()),
                    s.endpoints.programming(wire),
                    wire,
                    e -> WorkMapping.programming(i.id(), e)));
          }
        });
    Map<ItemKey, Outcome<ProgrammingAssignmentWork>> answers =
        asks.isEmpty() ? Map.of() : call.run(new ElementStep<>(asks, s::redact));
    Map<CourseId, List<Piece<ProgrammingAssignmentWork>>> pieces = new LinkedHashMap<>();
    items.keySet().forEach(c -> pieces.put(c, new ArrayList<>()));
    answers.forEach(
        (key, o) -> {
          String locked = locked(o);
          at(pieces, key.course())
              .add(
                  locked != null
                      ? new Piece<>(
                          "item " + key.item().value(),
                          new ProgrammingAssignmentWork(
                              key.item(),
                              locked,
                              List.of(),
                              List.of(),
                              null,
                              null,
                              null,
                              Extras.none()),
                          null,
                          o.sources())
                      : Piece.of("item " + key.item().value(), o));
        });
    pieces.forEach(
        (course, list) ->
            out.put(course, combine(list, found -> new ProgrammingWork(course, found))));
    return out;
  }

  // ---- discussions: each prompt and the learner's answers; opt-in, the whole forums ----

  /** A discussion prompt's answer as it came, read once its thread's answers are in. */
  private record PromptAnswer(ObjectNode element, @Nullable Envelope envelope) {}

  Map<CourseId, Outcome<DiscussionAnswers>> discussionAnswers(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<DiscussionAnswers>> out = new TreeMap<>();
    String user = CourseraFamilies.user(request);
    Map<CourseId, List<OutlineItem>> items = items(request, CourseFamily.DISCUSSION_ANSWERS, out);
    List<ElementStep.Ask<ItemKey, PromptAnswer>> asks = new ArrayList<>();
    items.forEach(
        (course, list) -> {
          for (OutlineItem i : list) {
            String wire = NaptimeIds.composite(user, course.value(), i.id().value());
            asks.add(
                new ElementStep.Ask<>(
                    new ItemKey(course, i.id()),
                    s.endpoints.discussionPrompt(wire),
                    wire,
                    PromptAnswer::new));
          }
        });
    Map<ItemKey, Outcome<PromptAnswer>> prompts =
        asks.isEmpty() ? Map.of() : call.run(new ElementStep<>(asks, s::redact));
    // The answers in every prompt's thread, all in one round (everyone's: the learner's are those
    // whose creator is the learner).
    List<ItemKey> threads = new ArrayList<>();
    List<Call.ListSpec> specs = new ArrayList<>();
    Map<ItemKey, Outcome<?>> noThread = new LinkedHashMap<>();
    prompts.forEach(
        (key, o) ->
            o.found()
                .ifPresent(
                    p -> {
                      String thread;
                      try {
                        thread =
                            WorkMapping.promptQuestion(key.course(), p.element(), p.envelope());
                      } catch (InvalidDataException bad) {
                        noThread.put(
                            key,
                            Outcomes.unreadable(
                                Endpoints.DISCUSSION_PROMPTS, bad, o.sources(), s::redact));
                        return;
                      }
                      if (thread == null) {
                        noThread.put(
                            key,
                            Outcome.unavailable(
                                Endpoints.DISCUSSION_PROMPTS
                                    + ": the prompt names no forum thread, so its answers cannot"
                                    + " be asked",
                                o.sources().toArray(SourceRef[]::new)));
                        return;
                      }
                      threads.add(key);
                      specs.add(
                          new Call.ListSpec(
                              Endpoints.FORUM_ANSWERS,
                              start -> s.endpoints.forumAnswers(thread, start),
                              true));
                    }));
    List<Call.Listed> answers = specs.isEmpty() ? List.of() : call.lists(specs);
    Map<ItemKey, Call.Listed> answersOf = new LinkedHashMap<>();
    for (int k = 0; k < threads.size(); k++) {
      answersOf.put(threads.get(k), answers.get(k));
    }
    UserId learner = request.user();
    Map<CourseId, List<Piece<PromptAnswers>>> pieces = new LinkedHashMap<>();
    items.keySet().forEach(c -> pieces.put(c, new ArrayList<>()));
    prompts.forEach(
        (key, o) -> {
          String what = "item " + key.item().value();
          List<Piece<PromptAnswers>> into = at(pieces, key.course());
          String locked = locked(o);
          if (locked != null) {
            into.add(
                new Piece<>(
                    what,
                    new PromptAnswers(
                        key.item(), locked, null, null, null, List.of(), 0, Extras.none()),
                    null,
                    o.sources()));
            return;
          }
          if (o.found().isEmpty()) {
            into.add(Piece.of(what, o.retype()));
            return;
          }
          PromptAnswer p = o.found().get();
          List<SourceRef> refs = new ArrayList<>(o.sources());
          Outcome<?> gap = noThread.get(key);
          List<ForumPost> mine = new ArrayList<>();
          int read = 0;
          Call.Listed listed = answersOf.get(key);
          if (listed != null) {
            refs.addAll(listed.refs());
            if (listed.gap() != null) {
              gap = listed.gap();
              refs.addAll(gap.sources());
            }
            read = listed.elements().size();
            try {
              for (ObjectNode a : listed.elements()) {
                if (WorkMapping.byLearner(a, learner)) {
                  mine.add(WorkMapping.forumPost(a, "answer"));
                }
              }
            } catch (InvalidDataException bad) {
              gap = Outcomes.unreadable(Endpoints.FORUM_ANSWERS, bad, listed.refs(), s::redact);
            }
          }
          try {
            PromptAnswers value =
                WorkMapping.prompt(key.item(), p.element(), p.envelope(), mine, read);
            into.add(new Piece<>(what, value, gap, refs));
          } catch (InvalidDataException bad) {
            into.add(
                new Piece<>(
                    what,
                    null,
                    Outcomes.unreadable(Endpoints.DISCUSSION_PROMPTS, bad, refs, s::redact),
                    refs));
          }
        });
    Map<CourseId, Piece<ForumSearch>> forums =
        request.forumRequestsPerCourse() > 0
            ? new ForumCrawl(call, learner, request.forumRequestsPerCourse())
                .search(new ArrayList<>(items.keySet()))
            : Map.of();
    pieces.forEach(
        (course, list) -> {
          Piece<ForumSearch> search = forums.get(course);
          List<Piece<PromptAnswers>> all = new ArrayList<>(list);
          if (search != null) {
            // The forum search counts as a piece of its own: its gap and documents join the
            // course's; its value goes beside the prompts.
            all.add(new Piece<>(search.what(), null, search.gap(), search.refs()));
          }
          ForumSearch found = search == null ? null : search.value();
          Outcome<DiscussionAnswers> o =
              combine(all, prompts1 -> new DiscussionAnswers(course, prompts1, found));
          if (found != null && o.status() == Outcome.Status.ABSENT) {
            o =
                Outcome.found(
                    new DiscussionAnswers(course, List.of(), found),
                    o.sources().toArray(SourceRef[]::new));
          } else if (found != null && o.received().isEmpty() && o.isGap()) {
            o =
                Outcome.partial(
                    new DiscussionAnswers(course, List.of(), found),
                    o.reason(),
                    o.sources().toArray(SourceRef[]::new));
          }
          out.put(course, o);
        });
    return out;
  }

  // ---- notes, module by module ----

  Map<CourseId, Outcome<LearnerNotes>> learnerNotes(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<LearnerNotes>> out = new TreeMap<>();
    List<CourseId> courses = new ArrayList<>();
    List<ModuleId> modules = new ArrayList<>();
    List<Call.ListSpec> specs = new ArrayList<>();
    Map<CourseId, List<Piece<List<LearnerNote>>>> pieces = new LinkedHashMap<>();
    for (CourseRef c : CourseraFamilies.distinct(request).values()) {
      CourseOutline outline = request.outline(c.id()).orElse(null);
      if (outline == null) {
        out.put(c.id(), withoutOutline(CourseFamily.LEARNER_NOTES));
        continue;
      }
      pieces.put(c.id(), new ArrayList<>());
      for (OutlineModule m : outline.modules()) {
        courses.add(c.id());
        modules.add(m.id());
        specs.add(
            new Call.ListSpec(
                Endpoints.USER_NOTES,
                start -> s.endpoints.userNotes(c.id().value(), m.id().value(), start),
                true));
      }
    }
    List<Call.Listed> listed = specs.isEmpty() ? List.of() : call.lists(specs);
    for (int k = 0; k < specs.size(); k++) {
      Call.Listed l = listed.get(k);
      String what = "module " + modules.get(k).value();
      List<Piece<List<LearnerNote>>> into = at(pieces, courses.get(k));
      if (l.gap() != null) {
        into.add(Piece.of(what, l.gapAs()));
        continue;
      }
      try {
        List<LearnerNote> notes = new ArrayList<>();
        for (ObjectNode e : l.elements()) {
          notes.add(WorkMapping.note(e, modules.get(k)));
        }
        into.add(new Piece<>(what, notes.isEmpty() ? null : notes, null, l.refs()));
      } catch (InvalidDataException bad) {
        into.add(
            new Piece<>(
                what,
                null,
                Outcomes.unreadable(Endpoints.USER_NOTES, bad, l.refs(), s::redact),
                l.refs()));
      }
    }
    pieces.forEach(
        (course, list) ->
            out.put(
                course,
                combine(
                    list,
                    found -> {
                      List<LearnerNote> all = new ArrayList<>();
                      found.forEach(all::addAll);
                      return new LearnerNotes(course, all);
                    })));
    return out;
  }

  // ---- the certificate: one element per course ----

  Map<CourseId, Outcome<Certificate>> certificate(Call call, FamilyRequest request) {
    String user = CourseraFamilies.user(request);
    List<ElementStep.Ask<CourseId, Certificate>> asks = new ArrayList<>();
    for (CourseRef c : CourseraFamilies.distinct(request).values()) {
      String wire = NaptimeIds.composite(user, c.id().value());
      asks.add(
          ElementStep.Ask.of(
              c.id(),
              s.endpoints.vcMembership(wire),
              wire,
              e -> WorkMapping.certificate(c.id(), e)));
    }
    return asks.isEmpty()
        ? new TreeMap<>()
        : new TreeMap<>(call.run(new ElementStep<>(asks, s::redact)));
  }

  // ---- shared ----

  /**
   * The items of each course's outline that a family asks (by kind, in the outline's order); a
   * course without an outline gets the gap that says why, in {@code out}.
   */
  private static <V> Map<CourseId, List<OutlineItem>> items(
      FamilyRequest request, CourseFamily<V> family, Map<CourseId, Outcome<V>> out) {
    Set<ItemKind> kinds = CourseraRoutes.kinds(family);
    Map<CourseId, List<OutlineItem>> items = new LinkedHashMap<>();
    for (CourseRef c : CourseraFamilies.distinct(request).values()) {
      CourseOutline outline = request.outline(c.id()).orElse(null);
      if (outline == null) {
        out.put(c.id(), withoutOutline(family));
        continue;
      }
      List<OutlineItem> of = new ArrayList<>();
      for (OutlineItem i : outline.allItems()) {
        if (kinds.contains(i.kind())) {
          of.add(i);
        }
      }
      items.put(c.id(), of);
    }
    return items;
  }

  private static <V> Outcome<V> withoutOutline(CourseFamily<V> family) {
    return Outcome.unavailable(
        family.name()
            + " not asked: it is asked item by item of the course's outline, and no outline of"
            + " the course was given");
  }

  /**
   * The reason of a 403 that says the item is locked for the learner (the server's {@code Item is
   * locked}), or null for any other outcome.
   */
  private static @Nullable String locked(Outcome<?> o) {
    if (o.status() != Outcome.Status.UNAVAILABLE) {
      return null;
    }
    String reason = o.reason();
    int denied = reason.indexOf("access denied: ");
    if (denied < 0 || !reason.toLowerCase(Locale.ROOT).contains("locked")) {
      return null;
    }
    return reason.substring(denied + "access denied: ".length());
  }

  /**
   * One course's outcome from its pieces: found with every value that arrived (absent when none did
   * and nothing failed); when pieces failed, the values that arrived are kept in a failed outcome
   * whose reason names each failed piece; when every piece says the route is gone for the run, that
   * one reason, as {@link RouteHealth} words it.
   */
  private static <T, V> Outcome<V> combine(List<Piece<T>> pieces, Function<List<T>, V> build) {
    Set<SourceRef> refs = new LinkedHashSet<>();
    List<T> values = new ArrayList<>();
    List<Piece<T>> gaps = new ArrayList<>();
    for (Piece<T> p : pieces) {
      refs.addAll(p.refs());
      if (p.value() != null) {
        values.add(p.value());
      }
      Outcome<?> g = p.gap();
      if (g != null) {
        refs.addAll(g.sources());
        gaps.add(p);
      }
    }
    SourceRef[] sources = refs.toArray(SourceRef[]::new);
    if (gaps.isEmpty()) {
      return values.isEmpty()
          ? Outcome.absent(sources)
          : Outcome.found(build.apply(values), sources);
    }
    if (values.isEmpty()
        && gaps.size() == pieces.size()
        && gaps.stream().allMatch(p -> Outcomes.routeGone(requireGap(p)))) {
      return Outcome.unavailable(requireGap(gaps.get(0)).reason(), sources);
    }
    StringBuilder reason = new StringBuilder();
    boolean failed = false;
    for (int i = 0; i < gaps.size(); i++) {
      Outcome<?> g = requireGap(gaps.get(i));
      failed |= g.status() == Outcome.Status.FAILED;
      if (i < 3) {
        reason
            .append(i == 0 ? "" : "; ")
            .append(gaps.get(i).what())
            .append(": ")
            .append(g.reason());
      }
    }
    if (gaps.size() > 3) {
      reason.append("; and ").append(gaps.size() - 3).append(" more");
    }
    if (!values.isEmpty()) {
      return Outcome.partial(build.apply(values), reason.toString(), sources);
    }
    return failed
        ? Outcome.failed(reason.toString(), sources)
        : Outcome.unavailable(reason.toString(), sources);
  }

  private static <K, V> V at(Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalStateException("nothing for " + key);
    }
    return v;
  }

  private static Outcome<?> requireGap(Piece<?> p) {
    Outcome<?> g = p.gap();
    if (g == null) {
      throw new IllegalStateException("no gap");
    }
    return g;
  }

  /**
   * The search of the whole course forums for the learner's posts (opt-in): no finder by author is
   * known, so it reads each course's forums ({@code onDemandCourseForums.v1?q=course}, a guess),
   * their threads page by page, and the answers of each thread, everyone's, keeping the learner's;
   * at most {@code budget} requests per course, in rounds shared by every course of the call. A
   * search that ran out of budget says so; one whose route failed keeps what it found and names the
   * failure.
   */
  private final class ForumCrawl {
    private final Call call;
    private final UserId learner;
    private final int budget;

    ForumCrawl(Call call, UserId learner, int budget) {
      this.call = call;
      this.learner = learner;
      this.budget = budget;
    }

    /** A list being read: which resource, how its pages are asked, what its elements are. */
    private static final class Pages {
      final String resource;
      final Function<@Nullable String, ApiRequest> page;
      final String kind;
      @Nullable String cursor;

      Pages(String resource, Function<@Nullable String, ApiRequest> page, String kind) {
        this.resource = resource;
        this.page = page;
        this.kind = kind;
      }
    }

    /** One course's search. */
    private final class Search {
      final CourseId course;
      final java.util.ArrayDeque<Pages> queue = new java.util.ArrayDeque<>();
      final List<String> forumIds = new ArrayList<>();
      final List<ForumPost> posts = new ArrayList<>();
      final List<SourceRef> refs = new ArrayList<>();
      final List<String> problems = new ArrayList<>();
      boolean failed;
      int made;

      Search(CourseId course) {
        this.course = course;
        queue.add(
            new Pages(
                Endpoints.FORUMS, start -> s.endpoints.forums(course.value(), start), "forum"));
      }
    }

    Map<CourseId, Piece<ForumSearch>> search(List<CourseId> courses) {
      List<Search> searches = new ArrayList<>();
      courses.forEach(c -> searches.add(new Search(c)));
      while (true) {
        List<Search> who = new ArrayList<>();
        List<Pages> lists = new ArrayList<>();
        List<ApiRequest> requests = new ArrayList<>();
        for (Search x : searches) {
          // One page of each list in the queue's head, as many as the budget leaves.
          int room = budget - x.made;
          List<Pages> taken = new ArrayList<>();
          while (room > 0 && !x.queue.isEmpty()) {
            Pages p = x.queue.poll();
            taken.add(p);
            room--;
          }
          for (Pages p : taken) {
            who.add(x);
            lists.add(p);
            requests.add(p.page.apply(p.cursor));
            x.made++;
          }
        }
        if (requests.isEmpty()) {
          break;
        }
        List<io.github.courseport.adapters.http.exchange.Reply> replies = call.send(requests);
        for (int k = 0; k < replies.size(); k++) {
          read(who.get(k), lists.get(k), replies.get(k));
        }
      }
      Map<CourseId, Piece<ForumSearch>> out = new LinkedHashMap<>();
      for (Search x : searches) {
        ForumSearch value =
            new ForumSearch(budget, x.made, !x.queue.isEmpty(), x.forumIds, x.posts);
        SourceRef[] refs = x.refs.toArray(SourceRef[]::new);
        Outcome<?> gap =
            x.problems.isEmpty()
                ? null
                : x.failed
                    ? Outcome.failed(String.join("; ", x.problems), refs)
                    : Outcome.unavailable(String.join("; ", x.problems), refs);
        out.put(x.course, new Piece<>("forum search", value, gap, x.refs));
      }
      return out;
    }

    private void read(
        Search x, Pages list, io.github.courseport.adapters.http.exchange.Reply reply) {
      if (!(reply.verdict()
          instanceof io.github.courseport.adapters.http.naptime.Verdict.Data data)) {
        Outcome<?> gap = Outcomes.gap(reply, false, s::redact);
        x.refs.addAll(gap.sources());
        if (gap.isGap()) {
          x.problems.add(gap.reason());
          x.failed |= gap.status() == Outcome.Status.FAILED;
        }
        return;
      }
      x.refs.addAll(reply.lastRef());
      try {
        Envelope page = Envelope.parse(data.json());
        for (ObjectNode e : page.elements()) {
          String id = io.github.courseport.adapters.http.naptime.WireElement.of(e).id();
          switch (list.kind) {
            case "forum" -> {
              x.forumIds.add(NaptimeIds.lastPart(id));
              x.queue.add(
                  new Pages(
                      Endpoints.FORUM_QUESTIONS,
                      start -> s.endpoints.forumQuestions(id, start),
                      "question"));
            }
            case "question" -> {
              if (WorkMapping.byLearner(e, learner)) {
                x.posts.add(WorkMapping.forumPost(e, "question"));
              }
              String thread =
                  NaptimeIds.parts(id).size() >= 2
                      ? id
                      : NaptimeIds.composite(x.course.value(), id);
              x.queue.add(
                  new Pages(
                      Endpoints.FORUM_ANSWERS,
                      start -> s.endpoints.forumAnswers(thread, start),
                      "answer"));
            }
            default -> {
              if (WorkMapping.byLearner(e, learner)) {
                x.posts.add(WorkMapping.forumPost(e, "answer"));
              }
            }
          }
        }
        String next = page.paging().next();
        if (next != null && !next.equals(list.cursor)) {
          list.cursor = next;
          x.queue.addFirst(list);
        }
      } catch (InvalidDataException bad) {
        x.problems.add(
            Outcomes.unreadable(list.resource, bad, reply.lastRef(), s::redact).reason());
        x.failed = true;
      }
    }
  }
}
