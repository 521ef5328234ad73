package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.adapters.http.naptime.mapping.GradesMapping;
import io.github.courseport.adapters.http.naptime.mapping.OutlineMapping;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.Classmates;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.HomeExperiment;
import io.github.courseport.core.domain.HomeExperiments;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SocialProfile;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.KeyedResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-course families. The courses of a call are asked together ({@code ids=} requests, as
 * {@link RequestShape#courseIdsTogether()} says, or each course's finder), in one round, and so are
 * the follow-up requests (further pages, per-element retries where {@code ids=} is refused, the
 * {@code opencourse.v1} fallback of progress) of every course: a packing transport puts each round
 * into few round trips, a plain one sends it side by side.
 */
final class CourseraFamilies {
  private static final Logger LOG = LoggerFactory.getLogger(CourseraFamilies.class);

  /** Why classmates other than the learner are missing. */
  static final String UNASKED =
      "only the learner's own profile can be asked: the API answers by external user id, and"
          + " nothing lists the classmates' ids";

  private final ApiContext s;
  private final AtomicBoolean defaultNotesWarned = new AtomicBoolean();

  CourseraFamilies(ApiContext s) {
    this.s = s;
  }

  /** A port for every family. */
  Map<CourseFamily<?>, CourseFamilyPort<?>> ports() {
    Map<CourseFamily<?>, CourseFamilyPort<?>> out = new TreeMap<>();
    put(out, CourseFamily.PROGRESS, this::progress);
    put(out, CourseFamily.SCHEDULE, this::schedule);
    put(out, CourseFamily.DEADLINES, this::deadlines);
    put(out, CourseFamily.HOME_PROGRESS, this::homeProgress);
    put(out, CourseFamily.GRADES, this::grades);
    put(out, CourseFamily.INSTRUCTOR_NOTES, this::notes);
    put(out, CourseFamily.CLASSMATES, this::classmates);
    put(out, CourseFamily.EXPERIMENTS, this::experiments);
    put(out, CourseFamily.COMPLETION_EVENTS, this::completionEvents);
    put(out, CourseFamily.OUTLINE, this::outline);
    CourseraWork work = new CourseraWork(s);
    put(out, CourseFamily.ATTEMPTS, work::attempts);
    put(out, CourseFamily.PEER_WORK, work::peerWork);
    put(out, CourseFamily.PROGRAMMING_WORK, work::programmingWork);
    put(out, CourseFamily.DISCUSSION_ANSWERS, work::discussionAnswers);
    put(out, CourseFamily.LEARNER_NOTES, work::learnerNotes);
    put(out, CourseFamily.CERTIFICATE, work::certificate);
    return out;
  }

  private <V> void put(
      Map<CourseFamily<?>, CourseFamilyPort<?>> out,
      CourseFamily<V> family,
      BiFunction<Call, FamilyRequest, Map<CourseId, Outcome<V>>> fetch) {
    out.put(
        family,
        CourseFamilyPort.of(
            family,
            request ->
                s.run(
                    call ->
                        new KeyedResult<>(
                            fetch.apply(call, request), call.documents(), s.name()))));
  }

  /** The courses of a request, each once, in the request's order. */
  static Map<CourseId, CourseRef> distinct(FamilyRequest request) {
    Map<CourseId, CourseRef> out = new LinkedHashMap<>();
    request.courses().forEach(c -> out.putIfAbsent(c.id(), c));
    return out;
  }

  /** The user of a request as the wire writes it. */
  static String user(FamilyRequest request) {
    return Long.toString(request.user().value());
  }

  // ---- asked by id: progress (with the opencourse.v1 fallback), schedule, home progress, grades

  private Map<CourseId, Outcome<CourseProgress>> progress(Call call, FamilyRequest request) {
    String user = user(request);
    Map<CourseId, CourseRef> courses = distinct(request);
    Map<CourseId, Outcome<CourseProgress>> first =
        byIds(
            call,
            Endpoints.PROGRESS,
            courses,
            id -> NaptimeIds.composite(user, id.value()),
            s.endpoints::progressByIds,
            s.endpoints::progress,
            WireMapper::progress);
    Map<CourseId, Outcome<CourseProgress>> outcomes = new TreeMap<>(first);
    List<ElementStep.Ask<CourseId, CourseProgress>> asks = new ArrayList<>();
    first.forEach(
        (id, o) -> {
          if (o.status() != Outcome.Status.UNAVAILABLE) {
            return;
          }
          CourseRef course = courses.get(id);
          if (course == null || course.slug().isEmpty()) {
            outcomes.put(
                id,
                Outcomes.orElse(
                    o,
                    Outcome.unavailable(
                        Endpoints.OPENCOURSE + " was not asked: the course's slug is unknown")));
          } else {
            asks.add(
                ElementStep.Ask.of(
                    id,
                    s.endpoints.opencourse(user, course.slug()),
                    NaptimeIds.composite(user, id.value()),
                    e -> WireMapper.progress(id, e)));
          }
        });
    if (!asks.isEmpty()) {
      Map<CourseId, Outcome<CourseProgress>> fallback =
          call.run(new ElementStep<>(asks, s::redact));
      fallback.forEach(
          (id, o) ->
              outcomes.put(
                  id, Outcomes.orElse(first.getOrDefault(id, Outcome.failed("not asked")), o)));
    }
    return outcomes;
  }

  private Map<CourseId, Outcome<CourseSchedule>> schedule(Call call, FamilyRequest request) {
    return byIds(
        call,
        Endpoints.SCHEDULES,
        distinct(request),
        CourseId::value,
        s.endpoints::schedulesByIds,
        s.endpoints::schedule,
        WireMapper::schedule);
  }

  private Map<CourseId, Outcome<HomeProgress>> homeProgress(Call call, FamilyRequest request) {
    String user = user(request);
    return byIds(
        call,
        Endpoints.HOME_PROGRESS,
        distinct(request),
        id -> NaptimeIds.composite(user, id.value()),
        s.endpoints::homeProgressByIds,
        s.endpoints::homeProgress,
        WireMapper::homeProgress);
  }

  /**
   * Grades from today's route ({@code onDemandCourseViewGrades.v1}, one course each, its item
   * grades, overrides and attainments linked), then, for the courses whose route is gone, 2015's
   * ({@code onDemandCourseGrades.v1}).
   */
  private Map<CourseId, Outcome<CourseGrade>> grades(Call call, FamilyRequest request) {
    String user = user(request);
    return routes(
        distinct(request),
        List.of(
            courses -> {
              List<ElementStep.Ask<CourseId, CourseGrade>> asks = new ArrayList<>();
              for (CourseId id : courses.keySet()) {
                String wire = NaptimeIds.composite(user, id.value());
                asks.add(
                    new ElementStep.Ask<>(
                        id,
                        s.endpoints.viewGrades(wire),
                        wire,
                        (e, envelope) ->
                            GradesMapping.viewGrades(
                                id, e, envelope == null ? Envelope.parse(e) : envelope)));
              }
              return call.run(new ElementStep<>(asks, s::redact));
            },
            courses ->
                byIds(
                    call,
                    Endpoints.GRADES,
                    courses,
                    CourseId::value,
                    s.endpoints::gradesByIds,
                    s.endpoints::grades,
                    WireMapper::grade)));
  }

  /**
   * A family asked of its routes in order, today's first: a course goes on to the next route only
   * when the route it was asked of is gone for this run; its outcome is the first route's that
   * answered (found, absent or another gap), or, when every route is gone, all their reasons.
   */
  private static <V> Map<CourseId, Outcome<V>> routes(
      Map<CourseId, CourseRef> courses,
      List<Function<Map<CourseId, CourseRef>, Map<CourseId, Outcome<V>>>> routes) {
    Map<CourseId, Outcome<V>> out = new TreeMap<>();
    Map<CourseId, CourseRef> pending = new LinkedHashMap<>(courses);
    for (int i = 0; i < routes.size() && !pending.isEmpty(); i++) {
      Map<CourseId, Outcome<V>> answers = routes.get(i).apply(pending);
      Map<CourseId, CourseRef> next = new LinkedHashMap<>();
      for (Map.Entry<CourseId, CourseRef> c : pending.entrySet()) {
        Outcome<V> answer = answers.getOrDefault(c.getKey(), Outcome.failed("not asked"));
        Outcome<V> before = out.get(c.getKey());
        out.put(c.getKey(), before == null ? answer : Outcomes.orElse(before, answer));
        if (Outcomes.routeGone(answer)) {
          next.put(c.getKey(), c.getValue());
        }
      }
      pending = next;
    }
    return out;
  }

  /**
   * The course outline, from {@code onDemandCourseMaterials.v2} by the course's slug: one element,
   * the modules, lessons and items linked.
   */
  private Map<CourseId, Outcome<CourseOutline>> outline(Call call, FamilyRequest request) {
    Map<CourseId, Outcome<CourseOutline>> out = new TreeMap<>();
    List<CourseRef> asked = new ArrayList<>();
    for (CourseRef c : distinct(request).values()) {
      if (c.slug().isEmpty()) {
        out.put(
            c.id(),
            Outcome.unavailable(
                Endpoints.MATERIALS
                    + " was not asked: it is asked by course slug, and the slug is unknown"));
      } else {
        asked.add(c);
      }
    }
    out.putAll(
        finders(
            call,
            asked,
            Endpoints.MATERIALS,
            course -> start -> s.endpoints.materials(course.slug()),
            (course, listed) -> {
              ObjectNode chosen = listed.elements().get(0);
              Envelope envelope = listed.envelopes().get(0);
              for (int i = 0; i < listed.envelopes().size(); i++) {
                for (ObjectNode e : listed.envelopes().get(i).elements()) {
                  if (course.id().value().equals(WireElement.of(e).text("id"))) {
                    chosen = e;
                    envelope = listed.envelopes().get(i);
                  }
                }
              }
              return OutlineMapping.outline(course.id(), chosen, envelope);
            }));
    return out;
  }

  /**
   * Asks each course with its own {@code ids=} request (a missing element is absent; a 404 means
   * the resource is gone); where the server refuses {@code ids=} as a route (405, a routing error,
   * HTML), asks those courses by their own URL, where a 404 with a Naptime error is absent.
   */
  private <V> Map<CourseId, Outcome<V>> byIds(
      Call call,
      String resource,
      Map<CourseId, CourseRef> courses,
      Function<CourseId, String> wireId,
      Function<String, ApiRequest> idsRequest,
      Function<String, ApiRequest> oneRequest,
      BiFunction<CourseId, ObjectNode, V> map) {
    IdsStep.Keyed<CourseId, V> keyed =
        call.run(
            new IdsStep<>(
                resource,
                courses.keySet(),
                wireId,
                idsRequest,
                map,
                IdsStep::noLinked,
                s.familyIdsLength,
                s::redact));
    if (keyed.multiGetRefused().isEmpty()) {
      return keyed.outcomes();
    }
    List<ElementStep.Ask<CourseId, V>> asks = new ArrayList<>();
    for (CourseId id : keyed.multiGetRefused()) {
      String w = wireId.apply(id);
      asks.add(ElementStep.Ask.of(id, oneRequest.apply(w), w, e -> map.apply(id, e)));
    }
    Map<CourseId, Outcome<V>> answers = call.run(new ElementStep<>(asks, s::redact));
    Map<CourseId, Outcome<V>> outcomes = new TreeMap<>(keyed.outcomes());
    answers.forEach(
        (id, answer) ->
            outcomes.put(
                id,
                answer.isGap()
                    ? Outcomes.orElse(
                        keyed.outcomes().getOrDefault(id, Outcome.failed("not asked")), answer)
                    : answer));
    return outcomes;
  }

  // ---- finders: deadlines, instructor notes, classmates, experiments, completion events ----

  private Map<CourseId, Outcome<DeadlineSettings>> deadlines(Call call, FamilyRequest request) {
    String user = user(request);
    return finders(
        call,
        request,
        Endpoints.DEADLINES,
        course -> start -> s.endpoints.deadlines(user, course.id().value(), start),
        (course, listed) -> {
          ObjectNode chosen = listed.elements().get(0);
          for (ObjectNode e : listed.elements()) {
            if (course.id().value().equals(WireElement.of(e).text("courseId"))) {
              chosen = e;
              break;
            }
          }
          return WireMapper.deadlines(course.id(), chosen);
        });
  }

  private Map<CourseId, Outcome<InstructorNotes>> notes(Call call, FamilyRequest request) {
    List<CourseRef> courses = new ArrayList<>(distinct(request).values());
    List<Call.ListSpec> specs = new ArrayList<>();
    for (CourseRef c : courses) {
      String id = c.id().value();
      specs.add(new Call.ListSpec(Endpoints.NOTES, start -> s.endpoints.notes(id, start), true));
      specs.add(
          new Call.ListSpec(
              Endpoints.DEFAULT_NOTES, start -> s.endpoints.defaultNotes(id, start), false));
    }
    List<Call.Listed> listed = call.lists(specs);
    Map<CourseId, Outcome<InstructorNotes>> out = new TreeMap<>();
    for (int i = 0; i < courses.size(); i++) {
      out.put(courses.get(i).id(), notes(courses.get(i), listed.get(2 * i), listed.get(2 * i + 1)));
    }
    return out;
  }

  private Outcome<InstructorNotes> notes(CourseRef course, Call.Listed main, Call.Listed defaults) {
    if (main.gap() != null) {
      return main.gapAs();
    }
    List<SourceRef> refs = new ArrayList<>(main.refs());
    Outcome<InstructorNotes> defaultGap = defaults.gap() == null ? null : defaults.gapAs();
    if (defaultGap != null) {
      if (defaultGap.status() == Outcome.Status.FAILED) {
        List<SourceRef> all = new ArrayList<>(refs);
        all.addAll(defaultGap.sources());
        return Outcome.failed(
            "the default notes could not be fetched: " + defaultGap.reason(),
            all.toArray(SourceRef[]::new));
      }
      // Gone or refused: the notes are the main endpoint's; the record cites the default
      // endpoint's answer, so the archive shows that it was asked and what it said.
      refs.addAll(defaultGap.sources());
      if (defaultNotesWarned.compareAndSet(false, true)) {
        LOG.warn("{}; instructor notes come from {} alone", defaultGap.reason(), Endpoints.NOTES);
      }
    }
    try {
      List<InstructorNote> notes = new ArrayList<>();
      Map<InstructorId, Instructor> instructors = new LinkedHashMap<>();
      for (ObjectNode e : main.elements()) {
        notes.add(WireMapper.instructorNote(e, false));
      }
      collectInstructors(main, instructors);
      if (defaultGap == null) {
        refs.addAll(defaults.refs());
        for (ObjectNode e : defaults.elements()) {
          notes.add(WireMapper.instructorNote(e, true));
        }
        collectInstructors(defaults, instructors);
      }
      SourceRef[] sources = refs.toArray(SourceRef[]::new);
      if (notes.isEmpty() && defaultGap == null) {
        return Outcome.absent(sources);
      }
      return Outcome.found(
          new InstructorNotes(
              course.id(),
              notes,
              new ArrayList<>(instructors.values()),
              defaultGap == null ? "" : defaultGap.reason()),
          sources);
    } catch (InvalidDataException e) {
      return Outcomes.unreadable(Endpoints.NOTES, e, refs, s::redact);
    }
  }

  private static void collectInstructors(Call.Listed listed, Map<InstructorId, Instructor> into) {
    for (Envelope env : listed.envelopes()) {
      for (ObjectNode e : env.linked(Endpoints.INSTRUCTORS)) {
        try {
          Instructor i = WireMapper.instructor(e);
          into.putIfAbsent(i.id(), i);
        } catch (InvalidDataException unreadable) {
          // left out; the raw answer keeps it
        }
      }
    }
  }

  private Map<CourseId, Outcome<Classmates>> classmates(Call call, FamilyRequest request) {
    List<String> ids = request.externalIds().stream().map(ExternalUserId::value).sorted().toList();
    if (ids.isEmpty()) {
      Map<CourseId, Outcome<Classmates>> out = new TreeMap<>();
      distinct(request).keySet().forEach(id -> out.put(id, Outcome.absent()));
      LOG.debug("classmates not asked: no external user id is known (the API asks by external id)");
      return out;
    }
    String joined = NaptimeIds.join(ids);
    return finders(
        call,
        request,
        Endpoints.CLASSMATES,
        course -> start -> s.endpoints.classmates(course.id().value(), joined, start),
        (course, listed) -> {
          Map<UserId, SocialProfile> profiles = new LinkedHashMap<>();
          for (Envelope env : listed.envelopes()) {
            for (ObjectNode p : env.linked(Endpoints.SOCIAL_PROFILES)) {
              SocialProfile profile = WireMapper.socialProfile(p);
              profiles.putIfAbsent(profile.id(), profile);
            }
          }
          List<Classmate> out = new ArrayList<>();
          for (ObjectNode e : listed.elements()) {
            out.add(WireMapper.classmate(e, profiles));
          }
          return new Classmates(course.id(), out, UNASKED);
        });
  }

  private Map<CourseId, Outcome<HomeExperiments>> experiments(Call call, FamilyRequest request) {
    String user = user(request);
    Map<CourseId, Outcome<HomeExperiments>> out = new TreeMap<>();
    List<CourseRef> asked = new ArrayList<>();
    for (CourseRef c : distinct(request).values()) {
      if (c.slug().isEmpty()) {
        out.put(
            c.id(),
            Outcome.unavailable(
                Endpoints.EXPERIMENTS
                    + " was not asked: it is asked by course slug, and the slug is unknown"));
      } else {
        asked.add(c);
      }
    }
    out.putAll(
        finders(
            call,
            asked,
            Endpoints.EXPERIMENTS,
            course -> start -> s.endpoints.experiments(user, course.slug(), start),
            (course, listed) -> {
              List<HomeExperiment> list = new ArrayList<>();
              for (ObjectNode e : listed.elements()) {
                list.add(WireMapper.experiment(e));
              }
              return new HomeExperiments(course.id(), list);
            }));
    return out;
  }

  private Map<CourseId, Outcome<CompletionEvents>> completionEvents(
      Call call, FamilyRequest request) {
    String user = user(request);
    return finders(
        call,
        request,
        Endpoints.COMPLETION_EVENTS,
        course -> start -> s.endpoints.completionEvents(user, course.id().value(), start),
        (course, listed) -> {
          List<CompletionEvent> out = new ArrayList<>();
          for (ObjectNode e : listed.elements()) {
            out.add(WireMapper.completionEvent(e));
          }
          return new CompletionEvents(course.id(), out);
        });
  }

  private <V> Map<CourseId, Outcome<V>> finders(
      Call call,
      FamilyRequest request,
      String resource,
      Function<CourseRef, Function<@Nullable String, ApiRequest>> page,
      BiFunction<CourseRef, Call.Listed, V> build) {
    return finders(call, new ArrayList<>(distinct(request).values()), resource, page, build);
  }

  /**
   * A finder per course, every page of every course followed (the pages of all courses asked
   * together): no element is absent, else the value built from the list.
   */
  private <V> Map<CourseId, Outcome<V>> finders(
      Call call,
      List<CourseRef> courses,
      String resource,
      Function<CourseRef, Function<@Nullable String, ApiRequest>> page,
      BiFunction<CourseRef, Call.Listed, V> build) {
    List<Call.ListSpec> specs = new ArrayList<>();
    courses.forEach(c -> specs.add(new Call.ListSpec(resource, page.apply(c), true)));
    List<Call.Listed> lists = call.lists(specs);
    Map<CourseId, Outcome<V>> out = new TreeMap<>();
    for (int i = 0; i < courses.size(); i++) {
      CourseRef course = courses.get(i);
      Call.Listed listed = lists.get(i);
      if (listed.gap() != null) {
        out.put(course.id(), listed.gapAs());
        continue;
      }
      SourceRef[] refs = listed.refs().toArray(SourceRef[]::new);
      if (listed.elements().isEmpty()) {
        out.put(course.id(), Outcome.absent(refs));
        continue;
      }
      try {
        out.put(course.id(), Outcome.found(build.apply(course, listed), refs));
      } catch (InvalidDataException e) {
        out.put(course.id(), Outcomes.unreadable(resource, e, listed.refs(), s::redact));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "coursera families";
  }
}
