package io.github.courseport.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Response;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Fields;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.adapters.http.naptime.client.Reply;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.Classmates;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
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
import io.github.courseport.core.domain.SourceDocument;
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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-course families: one request (or two, for a fallback or a second endpoint) per course,
 * the courses of one call fanned out in parallel.
 */
final class HttpFamilies {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFamilies.class);
  static final String PROGRESS = "onDemandCoursesProgress.v1";
  static final String OPENCOURSE = "opencourse.v1";
  static final String SCHEDULES = "onDemandCourseSchedules.v1";
  static final String DEADLINES = "onDemandDeadlineSettings.v1";
  static final String HOME_PROGRESS = "onDemandHomeProgress.v1";
  static final String GRADES = "onDemandCourseGrades.v1";
  static final String NOTES = "onDemandInstructorNotes.v1";
  static final String DEFAULT_NOTES = "onDemandDefaultInstructorNotes.v1";
  static final String CLASSMATES = "onDemandClassmateProfiles.v1";
  static final String SOCIAL_PROFILES = "onDemandSocialProfiles.v1";
  static final String EXPERIMENTS = "onDemandHomeExperiments.v1";
  static final String COMPLETION_EVENTS = "onDemandCompletionEvents.v1";

  static final String NOTES_INCLUDES = "instructorIds";
  static final String NOTES_FIELDS = Fields.of().with("instructors.v1", "fullName").toString();
  static final String CLASSMATES_INCLUDES = "userId,_links";
  static final String UNASKED =
      "only the learner's own profile can be asked: the API answers by external user id, and"
          + " nothing lists the classmates' ids";

  private final Context ctx;
  private final AtomicBoolean defaultNotesWarned = new AtomicBoolean();

  HttpFamilies(Context ctx) {
    this.ctx = ctx;
  }

  /** One outcome of one course and every document it took. */
  record One<V>(Outcome<V> outcome, List<SourceDocument> documents) {}

  /** Fetches one family for one course. */
  @FunctionalInterface
  interface PerCourse<V> {
    One<V> fetch(UserId user, CourseRef course, FamilyRequest request);
  }

  /** A port for every family. */
  Map<CourseFamily<?>, CourseFamilyPort<?>> ports() {
    Map<CourseFamily<?>, CourseFamilyPort<?>> out = new TreeMap<>();
    out.put(CourseFamily.PROGRESS, CourseFamilyPort.of(CourseFamily.PROGRESS, this::progress));
    out.put(CourseFamily.SCHEDULE, CourseFamilyPort.of(CourseFamily.SCHEDULE, this::schedule));
    out.put(CourseFamily.DEADLINES, port(CourseFamily.DEADLINES, this::deadlines));
    out.put(
        CourseFamily.HOME_PROGRESS,
        CourseFamilyPort.of(CourseFamily.HOME_PROGRESS, this::homeProgress));
    out.put(CourseFamily.GRADES, CourseFamilyPort.of(CourseFamily.GRADES, this::grades));
    out.put(CourseFamily.INSTRUCTOR_NOTES, port(CourseFamily.INSTRUCTOR_NOTES, this::notes));
    out.put(CourseFamily.CLASSMATES, port(CourseFamily.CLASSMATES, this::classmates));
    out.put(CourseFamily.EXPERIMENTS, port(CourseFamily.EXPERIMENTS, this::experiments));
    out.put(
        CourseFamily.COMPLETION_EVENTS,
        port(CourseFamily.COMPLETION_EVENTS, this::completionEvents));
    return out;
  }

  private <V> CourseFamilyPort<V> port(CourseFamily<V> family, PerCourse<V> one) {
    return CourseFamilyPort.of(family, request -> fetch(request, one));
  }

  private <V> KeyedResult<CourseId, V> fetch(FamilyRequest request, PerCourse<V> one) {
    List<CourseRef> courses = new ArrayList<>(distinct(request).values());
    List<One<V>> results = ctx.fanOut.map(courses, c -> one.fetch(request.user(), c, request));
    Map<CourseId, Outcome<V>> outcomes = new TreeMap<>();
    List<SourceDocument> documents = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      outcomes.put(courses.get(i).id(), results.get(i).outcome());
      documents.addAll(results.get(i).documents());
    }
    return new KeyedResult<>(outcomes, documents, ctx.transport());
  }

  // ---- families asked by id: progress (with the opencourse.v1 fallback), schedule, home
  // progress, grades ----

  private KeyedResult<CourseId, CourseProgress> progress(FamilyRequest request) {
    String user = Long.toString(request.user().value());
    Map<CourseId, CourseRef> courses = distinct(request);
    Context.Keyed<CourseId, CourseProgress> first =
        byIds(
            request,
            PROGRESS,
            id -> NaptimeIds.composite(user, id.value()),
            ctx.progress::progressByIds,
            ctx.progress::progress,
            WireMapper::progress);
    Map<CourseId, Outcome<CourseProgress>> outcomes = new TreeMap<>(first.outcomes());
    List<SourceDocument> documents = new ArrayList<>(first.documents());
    List<CourseRef> retry = new ArrayList<>();
    first
        .outcomes()
        .forEach(
            (id, o) -> {
              if (o.status() == Outcome.Status.UNAVAILABLE) {
                retry.add(courses.get(id));
              }
            });
    List<One<CourseProgress>> fallback =
        ctx.fanOut.map(
            retry,
            course -> {
              if (course.slug().isEmpty()) {
                return new One<CourseProgress>(
                    Outcome.unavailable(
                        OPENCOURSE + " was not asked: the course's slug is unknown"),
                    List.of());
              }
              return element(
                  OPENCOURSE,
                  () -> ctx.progress.opencourse(user, course.slug()),
                  NaptimeIds.composite(user, course.id().value()),
                  e -> WireMapper.progress(course.id(), e));
            });
    for (int i = 0; i < retry.size(); i++) {
      CourseId id = retry.get(i).id();
      outcomes.put(
          id,
          Answers.orElse(
              first.outcomes().getOrDefault(id, Outcome.failed("not asked")),
              fallback.get(i).outcome()));
      documents.addAll(fallback.get(i).documents());
    }
    return new KeyedResult<>(outcomes, documents, ctx.transport());
  }

  private KeyedResult<CourseId, CourseSchedule> schedule(FamilyRequest request) {
    return keyed(
        byIds(
            request,
            SCHEDULES,
            CourseId::value,
            ids -> ctx.coursework.schedulesByIds(ids, "defaultSchedule"),
            id -> ctx.coursework.schedule(id, "defaultSchedule"),
            WireMapper::schedule));
  }

  private KeyedResult<CourseId, HomeProgress> homeProgress(FamilyRequest request) {
    String user = Long.toString(request.user().value());
    String fields = Fields.of("modulesCompleted", "modulesPassed").toString();
    return keyed(
        byIds(
            request,
            HOME_PROGRESS,
            id -> NaptimeIds.composite(user, id.value()),
            ids -> ctx.progress.homeProgressByIds(ids, fields),
            id -> ctx.progress.homeProgress(id, fields),
            WireMapper::homeProgress));
  }

  private KeyedResult<CourseId, CourseGrade> grades(FamilyRequest request) {
    return keyed(
        byIds(
            request,
            GRADES,
            CourseId::value,
            ctx.coursework::gradesByIds,
            ctx.coursework::grades,
            WireMapper::grade));
  }

  /**
   * Asks for the courses with {@code ids=} (a missing element is absent; a 404 means the resource
   * is gone). Where the server refuses {@code ids=} as a route (405, a routing error, HTML), each
   * course is asked by its own URL, where a 404 with a Naptime error is absent.
   */
  private <V> Context.Keyed<CourseId, V> byIds(
      FamilyRequest request,
      String resource,
      Function<CourseId, String> wireId,
      Function<String, Response> idsRequest,
      Function<String, Response> oneRequest,
      BiFunction<CourseId, ObjectNode, V> map) {
    Map<CourseId, CourseRef> courses = distinct(request);
    Context.Keyed<CourseId, V> keyed =
        ctx.byIds(resource, courses.keySet(), wireId, idsRequest, map, (envelope, ref) -> {});
    if (keyed.multiGetRefused().isEmpty()) {
      return keyed;
    }
    List<CourseId> one = new ArrayList<>(keyed.multiGetRefused());
    List<One<V>> answers =
        ctx.fanOut.map(
            one,
            id ->
                element(
                    resource,
                    () -> oneRequest.apply(wireId.apply(id)),
                    wireId.apply(id),
                    e -> map.apply(id, e)));
    Map<CourseId, Outcome<V>> outcomes = new TreeMap<>(keyed.outcomes());
    List<SourceDocument> documents = new ArrayList<>(keyed.documents());
    for (int i = 0; i < one.size(); i++) {
      Outcome<V> answer = answers.get(i).outcome();
      outcomes.put(
          one.get(i),
          answer.isGap()
              ? Answers.orElse(
                  keyed.outcomes().getOrDefault(one.get(i), Outcome.failed("not asked")), answer)
              : answer);
      documents.addAll(answers.get(i).documents());
    }
    return new Context.Keyed<>(outcomes, documents);
  }

  private <V> KeyedResult<CourseId, V> keyed(Context.Keyed<CourseId, V> k) {
    return new KeyedResult<>(k.outcomes(), k.documents(), ctx.transport());
  }

  private static Map<CourseId, CourseRef> distinct(FamilyRequest request) {
    Map<CourseId, CourseRef> out = new LinkedHashMap<>();
    request.courses().forEach(c -> out.putIfAbsent(c.id(), c));
    return out;
  }

  private One<DeadlineSettings> deadlines(UserId user, CourseRef course, FamilyRequest request) {
    return finder(
        DEADLINES,
        start -> ctx.coursework.deadlines(Long.toString(user.value()), course.id().value(), start),
        listed -> {
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

  // ---- instructor notes: two endpoints ----

  private One<InstructorNotes> notes(UserId user, CourseRef course, FamilyRequest request) {
    String id = course.id().value();
    Context.Listed main =
        ctx.list(NOTES, start -> ctx.notes.notes(id, NOTES_INCLUDES, NOTES_FIELDS, start));
    Context.Listed defaults =
        ctx.list(
            DEFAULT_NOTES,
            start -> ctx.notes.defaultNotes(id, NOTES_INCLUDES, NOTES_FIELDS, start),
            false);
    List<SourceDocument> documents = new ArrayList<>(main.documents());
    documents.addAll(defaults.documents());
    if (main.gap() != null) {
      return new One<>(main.gapAs(), documents);
    }
    List<SourceRef> refs = new ArrayList<>(main.refs());
    Outcome<InstructorNotes> defaultGap = defaults.gap() == null ? null : defaults.gapAs();
    if (defaultGap != null) {
      if (defaultGap.status() == Outcome.Status.FAILED) {
        List<SourceRef> all = new ArrayList<>(refs);
        all.addAll(defaultGap.sources());
        return new One<>(
            Outcome.failed(
                "the default notes could not be fetched: " + defaultGap.reason(),
                all.toArray(SourceRef[]::new)),
            documents);
      }
      // Gone or refused: the notes are those of the main endpoint; the record cites the answer
      // of the default endpoint, so the archive shows that it was asked and what it said.
      refs.addAll(defaultGap.sources());
      if (defaultNotesWarned.compareAndSet(false, true)) {
        LOG.warn("{}; instructor notes come from {} alone", defaultGap.reason(), NOTES);
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
        return new One<>(Outcome.absent(sources), documents);
      }
      return new One<>(
          Outcome.found(
              new InstructorNotes(
                  course.id(),
                  notes,
                  new ArrayList<>(instructors.values()),
                  defaultGap == null ? "" : defaultGap.reason()),
              sources),
          documents);
    } catch (InvalidDataException e) {
      return new One<>(Answers.unreadable(NOTES, e, refs, ctx.http), documents);
    }
  }

  private static void collectInstructors(
      Context.Listed listed, Map<InstructorId, Instructor> into) {
    for (Envelope env : listed.envelopes()) {
      for (ObjectNode e : env.linked("instructors.v1")) {
        try {
          Instructor i = WireMapper.instructor(e);
          into.putIfAbsent(i.id(), i);
        } catch (InvalidDataException unreadable) {
          // A linked instructor that cannot be read is left out; the raw answer keeps it.
        }
      }
    }
  }

  // ---- classmates, experiments, completion events ----

  private One<Classmates> classmates(UserId user, CourseRef course, FamilyRequest request) {
    List<String> ids = request.externalIds().stream().map(ExternalUserId::value).sorted().toList();
    if (ids.isEmpty()) {
      LOG.debug(
          "classmates of {} not asked: no external user id is known (the API asks by external id)",
          course.id());
      return new One<>(Outcome.absent(), List.of());
    }
    String joined = NaptimeIds.join(ids);
    return finder(
        CLASSMATES,
        start -> ctx.activity.classmates(course.id().value(), joined, CLASSMATES_INCLUDES, start),
        listed -> {
          Map<UserId, SocialProfile> profiles = new LinkedHashMap<>();
          for (Envelope env : listed.envelopes()) {
            for (ObjectNode p : env.linked(SOCIAL_PROFILES)) {
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

  private One<HomeExperiments> experiments(UserId user, CourseRef course, FamilyRequest request) {
    if (course.slug().isEmpty()) {
      return new One<>(
          Outcome.unavailable(
              EXPERIMENTS + " was not asked: it is asked by course slug, and the slug is unknown"),
          List.of());
    }
    return finder(
        EXPERIMENTS,
        start -> ctx.activity.experiments(Long.toString(user.value()), course.slug(), start),
        listed -> {
          List<HomeExperiment> out = new ArrayList<>();
          for (ObjectNode e : listed.elements()) {
            out.add(WireMapper.experiment(e));
          }
          return new HomeExperiments(course.id(), out);
        });
  }

  private One<CompletionEvents> completionEvents(
      UserId user, CourseRef course, FamilyRequest request) {
    return finder(
        COMPLETION_EVENTS,
        start ->
            ctx.activity.completionEvents(Long.toString(user.value()), course.id().value(), start),
        listed -> {
          List<CompletionEvent> out = new ArrayList<>();
          for (ObjectNode e : listed.elements()) {
            out.add(WireMapper.completionEvent(e));
          }
          return new CompletionEvents(course.id(), out);
        });
  }

  // ---- shapes of requests ----

  /**
   * One element by id: an envelope whose element of that id (or first element) is the value, or,
   * for bare endpoints, the object itself. No element, or a 404 with a Naptime error, is absent.
   */
  private <V> One<V> element(
      String resource, Supplier<Response> request, String id, Function<ObjectNode, V> map) {
    Reply reply = ctx.http.call(resource, Expect.ELEMENT, request);
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return new One<>(Answers.gap(reply, ctx.http), reply.documents());
    }
    List<SourceRef> ref = reply.lastRef();
    SourceRef[] refs = ref.toArray(SourceRef[]::new);
    try {
      JsonNode json = data.json();
      ObjectNode chosen = null;
      if (json.has("elements")) {
        List<ObjectNode> elements = Envelope.parse(json).elements();
        for (ObjectNode e : elements) {
          if (id.equals(WireElement.of(e).text("id"))) {
            chosen = e;
            break;
          }
        }
        if (chosen == null && !elements.isEmpty()) {
          chosen = elements.get(0);
        }
      } else if (json instanceof ObjectNode bare) {
        chosen = bare;
      } else {
        return new One<>(
            Outcome.unavailable(resource + ": the answer is not a JSON object", refs),
            reply.documents());
      }
      if (chosen == null) {
        return new One<>(Outcome.absent(refs), reply.documents());
      }
      return new One<>(Outcome.found(map.apply(chosen), refs), reply.documents());
    } catch (InvalidDataException e) {
      return new One<>(Answers.unreadable(resource, e, ref, ctx.http), reply.documents());
    }
  }

  /** A finder, every page followed: no element is absent, else the value built from the list. */
  private <V> One<V> finder(
      String resource,
      Function<@Nullable String, Response> page,
      Function<Context.Listed, V> build) {
    Context.Listed listed = ctx.list(resource, page);
    if (listed.gap() != null) {
      return new One<>(listed.gapAs(), listed.documents());
    }
    SourceRef[] refs = listed.refs().toArray(SourceRef[]::new);
    if (listed.elements().isEmpty()) {
      return new One<>(Outcome.absent(refs), listed.documents());
    }
    try {
      return new One<>(Outcome.found(build.apply(listed), refs), listed.documents());
    } catch (InvalidDataException e) {
      return new One<>(
          Answers.unreadable(resource, e, listed.refs(), ctx.http), listed.documents());
    }
  }

  @Override
  public String toString() {
    return "http families";
  }
}
