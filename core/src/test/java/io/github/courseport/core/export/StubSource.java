package io.github.courseport.core.export;

import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.Classmates;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.DiscussionAnswers;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.HomeExperiments;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.LearnerNotes;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingWork;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.port.CatalogPort;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.IdentityPort;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.LearnerListsPort;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.V1Enrollments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A source in memory, made of domain values, with knobs for the use-case tests: a family gone, a
 * course failing, slow calls, a session expiring, and counters of calls and calls in flight.
 */
final class StubSource {
  static final UserId USER = new UserId(42);
  final List<OnDemandCourse> onDemand = new ArrayList<>();
  final List<SessionCourse> sessionBased = new ArrayList<>();
  final Set<CourseFamily<?>> unavailable = new HashSet<>();
  final Set<CourseId> failing = new HashSet<>();
  final AtomicInteger calls = new AtomicInteger();

  /** Courses whose outline is absent. */
  final Set<CourseId> withoutOutline = new HashSet<>();

  /** The courses each outline-bound family was asked with an outline for. */
  final Map<CourseFamily<?>, Set<CourseId>> outlinesGiven =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The forum budget each outline-bound family call carried. */
  final Set<Integer> forumBudgets = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** The number of courses of each family call, in the order the calls arrived. */
  final Map<CourseFamily<?>, List<Integer>> chunkSizes =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * What the source asks of the export ({@link SourcePorts#callsInFlight()}); 0: its concurrency.
   */
  int callsInFlight;

  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final Map<CourseFamily<?>, AtomicInteger> keysAsked =
      new java.util.concurrent.ConcurrentHashMap<>();
  volatile long callMillis;

  /** After this many family calls, family calls throw 401; identity too if sessionGone. */
  volatile int authFailureAfter = Integer.MAX_VALUE;

  volatile boolean sessionGone;
  volatile int keysPerCall = 1;

  StubSource onDemand(int n) {
    for (int i = 0; i < n; i++) {
      String id = String.format("course%017dXY", i);
      onDemand.add(
          new OnDemandCourse(
              new CourseId(id.substring(id.length() - 22)),
              "slug-" + i,
              "On-demand course " + i,
              List.of(new PartnerId("p" + (i % 3))),
              List.of(),
              null,
              null,
              null,
              null,
              Extras.none()));
    }
    return this;
  }

  StubSource sessionBased(int n) {
    for (int i = 0; i < n; i++) {
      sessionBased.add(
          new SessionCourse(
              CourseId.sessionBased(100 + i),
              "v1course" + i,
              "Session course " + i,
              List.of(),
              List.of(),
              List.of(),
              List.of(new SessionId(9000 + i)),
              null,
              null,
              null,
              Extras.none()));
    }
    return this;
  }

  private static SourceDocument doc(String resource, String body) {
    return SourceDocument.ofText(resource, "/api/" + resource, 200, Instant.EPOCH, "stub", body);
  }

  private void enter() {
    calls.incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    if (callMillis > 0) {
      try {
        Thread.sleep(callMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void leave() {
    inFlight.decrementAndGet();
  }

  SourcePorts ports() {
    IdentityPort identity =
        new IdentityPort() {
          @Override
          public Fetched<Identity> whoAmI() {
            if (sessionGone) {
              throw new AuthenticationException("session expired");
            }
            SourceDocument d = doc("memberships.v1", "{\"userId\":42}");
            return new Fetched<>(
                Outcome.found(new Identity(USER, "memberships.v1", null), d.ref()), List.of(d));
          }

          @Override
          public Fetched<LearnerProfile> profile(UserId user) {
            SourceDocument d = doc("externalBasicProfiles.v1", "{\"id\":42}");
            return new Fetched<>(
                Outcome.found(
                    new LearnerProfile(user, "Ada", "UTC", "en", null, null, Extras.none()),
                    d.ref()),
                List.of(d));
          }
        };
    LearnerListsPort lists =
        new LearnerListsPort() {
          @Override
          public Fetched<List<Membership>> memberships(UserId user) {
            SourceDocument d = doc("memberships.v1", "{\"n\":" + onDemand.size() + "}");
            List<Membership> ms =
                onDemand.stream()
                    .map(
                        c ->
                            new Membership(
                                user.value() + "~" + c.id(),
                                user,
                                c.id(),
                                "LEARNER",
                                Instant.ofEpochMilli(1_441_487_278_151L),
                                Extras.none()))
                    .toList();
            return new Fetched<>(Outcome.found(ms, d.ref()), List.of(d));
          }

          @Override
          public Fetched<V1Enrollments> enrollments(UserId user) {
            SourceDocument d =
                doc("users/v1/me/enrollments", "{\"n\":" + sessionBased.size() + "}");
            List<Enrollment> es = new ArrayList<>();
            for (SessionCourse c : sessionBased) {
              es.add(
                  new Enrollment(
                      c.id().catalogNumber(),
                      c.id(),
                      c.sessionIds().get(0),
                      Instant.ofEpochSecond(1_375_056_000L),
                      Instant.ofEpochSecond(1_381_104_000L),
                      "Past",
                      false,
                      false,
                      Extras.none()));
            }
            return new Fetched<>(
                Outcome.found(new V1Enrollments(es, sessionBased), d.ref()), List.of(d));
          }

          @Override
          public Fetched<List<io.github.courseport.core.domain.SpecializationMembership>>
              specializationMemberships(UserId user) {
            SourceDocument d = doc("onDemandSpecializationMemberships.v1", "{}");
            return new Fetched<>(Outcome.found(List.of(), d.ref()), List.of(d));
          }

          @Override
          public Fetched<List<CourseList>> courseLists(UserId user) {
            SourceDocument d = doc("courseLists.v1", "{}");
            return new Fetched<>(Outcome.found(List.of(), d.ref()), List.of(d));
          }
        };
    CatalogPort catalog =
        new CatalogPort() {
          @Override
          public KeyedResult<CourseId, Course> courses(Set<CourseId> ids) {
            SourceDocument d = doc("courses.v1", "{\"ids\":\"" + ids + "\"}");
            Map<CourseId, Outcome<Course>> out = new TreeMap<>();
            for (CourseId id : ids) {
              Course c =
                  onDemand.stream()
                      .filter(x -> x.id().equals(id))
                      .map(Course.class::cast)
                      .findFirst()
                      .orElse(
                          sessionBased.stream()
                              .filter(x -> x.id().equals(id))
                              .findFirst()
                              .orElse(null));
              out.put(id, c == null ? Outcome.absent(d.ref()) : Outcome.found(c, d.ref()));
            }
            return new KeyedResult<>(out, List.of(d), "stub");
          }

          @Override
          public KeyedResult<
                  io.github.courseport.core.domain.SessionId,
                  io.github.courseport.core.domain.Session>
              sessions(Set<io.github.courseport.core.domain.SessionId> ids) {
            return new KeyedResult<>(keyed(ids, id -> Outcome.absent()), List.of(), "stub");
          }

          @Override
          public KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids) {
            SourceDocument d = doc("partners.v1", "{\"ids\":\"" + ids + "\"}");
            return new KeyedResult<>(
                keyed(
                    ids,
                    id ->
                        Outcome.found(
                            new Partner(id, null, "Partner " + id, null, null, null, Extras.none()),
                            d.ref())),
                List.of(d),
                "stub");
          }

          @Override
          public KeyedResult<
                  io.github.courseport.core.domain.InstructorId,
                  io.github.courseport.core.domain.Instructor>
              instructors(Set<io.github.courseport.core.domain.InstructorId> ids) {
            return new KeyedResult<>(keyed(ids, id -> Outcome.absent()), List.of(), "stub");
          }

          @Override
          public KeyedResult<
                  io.github.courseport.core.domain.SpecializationId,
                  io.github.courseport.core.domain.Specialization>
              specializations(Set<io.github.courseport.core.domain.SpecializationId> ids) {
            return new KeyedResult<>(keyed(ids, id -> Outcome.absent()), List.of(), "stub");
          }

          @Override
          public KeyedResult<
                  io.github.courseport.core.domain.CategoryId,
                  io.github.courseport.core.domain.Category>
              categories(Set<io.github.courseport.core.domain.CategoryId> ids) {
            return new KeyedResult<>(keyed(ids, id -> Outcome.absent()), List.of(), "stub");
          }
        };
    Map<CourseFamily<?>, CourseFamilyPort<?>> families = new HashMap<>();
    families.put(
        CourseFamily.PROGRESS,
        family(
            CourseFamily.PROGRESS,
            id ->
                new CourseProgress(
                    id,
                    0.5,
                    new TreeMap<>(),
                    new TreeMap<>(),
                    new TreeMap<>(),
                    null,
                    Extras.none())));
    families.put(
        CourseFamily.SCHEDULE,
        family(CourseFamily.SCHEDULE, id -> new CourseSchedule(id, List.of(), Extras.none())));
    families.put(
        CourseFamily.DEADLINES,
        family(
            CourseFamily.DEADLINES,
            id -> new DeadlineSettings(id, null, true, List.of(), Extras.none())));
    families.put(
        CourseFamily.HOME_PROGRESS,
        family(
            CourseFamily.HOME_PROGRESS,
            id -> new HomeProgress(id, List.of(), List.of(), Extras.none())));
    families.put(
        CourseFamily.GRADES,
        family(
            CourseFamily.GRADES,
            id ->
                new CourseGrade(
                    id, null, "notPassed", new TreeMap<>(), 5, null, null, Extras.none())));
    families.put(
        CourseFamily.INSTRUCTOR_NOTES,
        family(CourseFamily.INSTRUCTOR_NOTES, id -> new InstructorNotes(id, List.of(), List.of())));
    families.put(
        CourseFamily.CLASSMATES,
        family(CourseFamily.CLASSMATES, id -> new Classmates(id, List.of(), "")));
    families.put(
        CourseFamily.EXPERIMENTS,
        family(CourseFamily.EXPERIMENTS, id -> new HomeExperiments(id, List.of())));
    families.put(
        CourseFamily.COMPLETION_EVENTS,
        family(CourseFamily.COMPLETION_EVENTS, id -> new CompletionEvents(id, List.of())));
    families.put(
        CourseFamily.OUTLINE,
        family(
            CourseFamily.OUTLINE,
            id -> new CourseOutline(id, List.of(), List.of(), Extras.none())));
    families.put(
        CourseFamily.ATTEMPTS,
        family(CourseFamily.ATTEMPTS, id -> new AssessmentAttempts(id, List.of())));
    families.put(
        CourseFamily.PEER_WORK, family(CourseFamily.PEER_WORK, id -> new PeerWork(id, List.of())));
    families.put(
        CourseFamily.PROGRAMMING_WORK,
        family(CourseFamily.PROGRAMMING_WORK, id -> new ProgrammingWork(id, List.of())));
    families.put(
        CourseFamily.DISCUSSION_ANSWERS,
        family(CourseFamily.DISCUSSION_ANSWERS, id -> new DiscussionAnswers(id, List.of(), null)));
    families.put(
        CourseFamily.LEARNER_NOTES,
        family(CourseFamily.LEARNER_NOTES, id -> new LearnerNotes(id, List.of())));
    families.put(
        CourseFamily.CERTIFICATE,
        family(
            CourseFamily.CERTIFICATE,
            id -> new Certificate(id, "CODE", null, null, null, null, Extras.none())));
    return new SourcePorts("stub", identity, lists, catalog, families, keysPerCall, callsInFlight);
  }

  private <V> CourseFamilyPort<V> family(CourseFamily<V> family, Function<CourseId, V> make) {
    return CourseFamilyPort.of(
        family,
        request -> {
          enter();
          try {
            keysAsked
                .computeIfAbsent(family, f -> new AtomicInteger())
                .addAndGet(request.courses().size());
            chunkSizes
                .computeIfAbsent(
                    family, f -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(request.courses().size());
            if (calls.get() > authFailureAfter) {
              throw new AuthenticationException("401 on " + family);
            }
            SourceDocument d =
                doc("stub/" + family.name(), "{\"courses\":\"" + request.courses() + "\"}");
            Map<CourseId, Outcome<V>> out = new TreeMap<>();
            if (family.needsOutline()) {
              forumBudgets.add(request.forumRequestsPerCourse());
            }
            for (var ref : request.courses()) {
              CourseId id = ref.id();
              if (family.needsOutline()) {
                if (request.outline(id).isEmpty()) {
                  out.put(id, Outcome.failed("asked without its outline"));
                  continue;
                }
                outlinesGiven
                    .computeIfAbsent(
                        family, f -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                    .add(id);
              }
              if (family == CourseFamily.OUTLINE && withoutOutline.contains(id)) {
                out.put(id, Outcome.absent(d.ref()));
              } else if (unavailable.contains(family)) {
                out.put(id, Outcome.unavailable("HTTP 404 from stub/" + family.name(), d.ref()));
              } else if (failing.contains(id)) {
                out.put(id, Outcome.failed("HTTP 500 after 3 tries", d.ref()));
              } else {
                out.put(id, Outcome.found(make.apply(id), d.ref()));
              }
            }
            return new KeyedResult<>(out, List.of(d), "stub");
          } finally {
            leave();
          }
        });
  }

  private static <K extends Comparable<? super K>, V> Map<K, Outcome<V>> keyed(
      Set<K> ids, Function<K, Outcome<V>> f) {
    Map<K, Outcome<V>> out = new TreeMap<>();
    ids.forEach(id -> out.put(id, f.apply(id)));
    return out;
  }
}
