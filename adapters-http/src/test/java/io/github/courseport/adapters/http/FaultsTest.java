package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.SourcePorts;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each fault of the fake server becomes: transient faults are retried away, or recorded as
 * failed once the retries are spent; HTML and gone endpoints are unavailable; an expired session
 * stops the export; and a 20% mix of transient faults changes nothing in the records.
 */
@Timeout(60)
class FaultsTest {
  private static final Learner DEMO = Learners.demo();
  private static final CourseId SWIFT = new CourseId("GdeNrll1EeSROyIACtiVvg");
  private static final CourseId MODERN = new CourseId("s5sEkwAHEeW9ISIACxWDhA");

  /** The transient faults: retried with backoff. */
  private static final Set<Fault> TRANSIENT =
      Set.of(
          Fault.RATE_LIMITED,
          Fault.SERVER_ERROR,
          Fault.BAD_GATEWAY,
          Fault.UNAVAILABLE,
          Fault.RESET,
          Fault.TRUNCATED);

  private static FakeCourseraServer server(FaultPlan plan) {
    return FakeCourseraServer.builder().learner(DEMO).faults(plan).seed(11).start();
  }

  private static FaultPlan always(Fault fault, int times) {
    return FaultPlan.builder()
        .probability(fault, 1.0)
        .maxFaultsPerRequest(times)
        .retryAfterSeconds(1)
        .slowBody(Duration.ofMillis(50))
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "RATE_LIMITED",
        "SERVER_ERROR",
        "BAD_GATEWAY",
        "UNAVAILABLE",
        "RESET",
        "TRUNCATED",
        "SLOW_BODY",
        "HTML_200"
      })
  void aTransientFaultIsRetriedAway(Fault fault) {
    try (FakeCourseraServer server = server(always(fault, 2));
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      Fetched<Identity> who = adapter.ports().identity().whoAmI();
      assertThat(who.outcome().status()).as("%s", fault).isEqualTo(Outcome.Status.FOUND);
      if (fault == Fault.SLOW_BODY) {
        // A slow body that arrives within the read timeout is simply a slow answer.
        assertThat(server.stats().faults(fault)).isEqualTo(1);
        assertThat(adapter.retries()).isZero();
      } else if (fault == Fault.RESET) {
        // The JDK client re-sends a GET once by itself when a reused keep-alive connection
        // turns out to be closed before any byte of the answer: one of the two resets may be
        // absorbed there.
        assertThat(server.stats().faults(fault)).isEqualTo(2);
        assertThat(adapter.retries()).isBetween(1L, 2L);
      } else {
        assertThat(server.stats().faults(fault)).isEqualTo(2);
        assertThat(adapter.retries()).isEqualTo(2);
        // The failed answers are documents too; the identity rests on the good one only.
        assertThat(who.outcome().sources()).hasSize(1);
      }
      KeyedResult<CourseId, ?> grades = grades(adapter, SWIFT);
      assertThat(grades.outcome(SWIFT).status()).isEqualTo(Outcome.Status.FOUND);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"RATE_LIMITED", "SERVER_ERROR", "BAD_GATEWAY", "UNAVAILABLE", "RESET", "TRUNCATED"})
  void aTransientFaultThatNeverEndsIsAFailureAfterTheRetries(Fault fault) {
    try (FakeCourseraServer server = server(always(fault, Integer.MAX_VALUE));
        HttpCourseraAdapter adapter =
            Fakes.adapter(server).retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(3)).build()) {
      KeyedResult<CourseId, ?> grades = grades(adapter, SWIFT);
      Outcome<?> o = grades.outcome(SWIFT);
      assertThat(o.status()).as("%s", fault).isEqualTo(Outcome.Status.FAILED);
      // The failure is the first route's (today's grades): only a route that is gone sends a
      // course on to the next one, a failure is a gap to fetch again later.
      assertThat(o.reason()).contains("onDemandCourseViewGrades.v1").contains("after 3 attempts");
      assertThat(server.stats().requests("onDemandCourseGrades.v1")).isZero();
      // (A reset on a reused connection may also be re-sent once by the JDK client itself.)
      assertThat(server.stats().requests("onDemandCourseViewGrades.v1"))
          .isBetween(3L, fault == Fault.RESET ? 6L : 3L);
      // Every answer received is kept; a reset leaves a status-0 record of the request.
      assertThat(grades.documents()).isNotEmpty();
      assertThat(o.sources()).isNotEmpty();
      assertThat(adapter.stats().failures()).isEqualTo(1);
    }
  }

  @Test
  void theRetryAfterOfA429IsHonoured() {
    try (FakeCourseraServer server = server(always(Fault.RATE_LIMITED, 1));
        HttpCourseraAdapter adapter =
            Fakes.adapter(server)
                .retryPolicy(Fakes.FAST_RETRIES.withMaxRetryAfter(Duration.ofSeconds(5)))
                .build()) {
      long t0 = System.nanoTime();
      assertThat(adapter.ports().identity().whoAmI().outcome().status())
          .isEqualTo(Outcome.Status.FOUND);
      // The server said "Retry-After: 1": the retry waited at least that long (a lower bound
      // only, which cannot flake).
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void aRetryAfterLongerThanTheCapIsCut() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.RATE_LIMITED, 1.0)
            .maxFaultsPerRequest(1)
            .retryAfterSeconds(3600)
            .build();
    try (FakeCourseraServer server = server(plan);
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      // Capped at 20 ms by the test policy: the class's @Timeout guards against waiting an hour.
      assertThat(adapter.ports().identity().whoAmI().outcome().status())
          .isEqualTo(Outcome.Status.FOUND);
    }
  }

  @Test
  void aSlowBodyBeyondTheReadTimeoutIsCutAndRetried() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.SLOW_BODY, 1.0)
            .maxFaultsPerRequest(1)
            .slowBody(Duration.ofSeconds(20))
            .build();
    try (FakeCourseraServer server = server(plan);
        HttpCourseraAdapter adapter =
            Fakes.adapter(server).readTimeout(Duration.ofMillis(300)).build()) {
      assertThat(adapter.ports().identity().whoAmI().outcome().status())
          .isEqualTo(Outcome.Status.FOUND);
      assertThat(adapter.retries()).isEqualTo(1);
    }
  }

  @Test
  void noAnswerWithinTheReadTimeoutIsTransient() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(DEMO).latency(Duration.ofSeconds(2)).start();
        HttpCourseraAdapter adapter =
            Fakes.adapter(server)
                .readTimeout(Duration.ofMillis(200))
                .retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(2))
                .build()) {
      Outcome<?> o = grades(adapter, SWIFT).outcome(SWIFT);
      assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
      assertThat(o.reason()).contains("in time");
    }
  }

  @Test
  void anHtmlPageThatStaysIsUnavailableAfterItsOwnFewAttempts() {
    try (FakeCourseraServer server = server(FaultPlan.of(Fault.HTML_200, 1.0));
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      Fetched<Identity> who = adapter.ports().identity().whoAmI();
      assertThat(who.outcome().status()).isEqualTo(Outcome.Status.UNAVAILABLE);
      // Still a page after its retries: the route is gone for this run, worded once for all.
      assertThat(who.outcome().reason())
          .contains("memberships.v1: gone for this run")
          .contains("adminUserPermissions.v1: gone for this run")
          .contains("HTML");
      Outcome<?> notes =
          adapter
              .ports()
              .family(CourseFamily.INSTRUCTOR_NOTES)
              .fetch(request(MODERN))
              .outcome(MODERN);
      // Both routes of the notes are gone: not carried (the identity is another matter: no
      // export starts without it).
      assertThat(notes.status()).isEqualTo(Outcome.Status.NOT_CARRIED);
      // Retried like any transient fault, but only up to the policy's HTML attempts (3), not its
      // 8 attempts: 2 identity requests and 2 notes requests, 3 attempts each.
      assertThat(server.stats().requests()).isEqualTo(4 * RetryPolicy.HTML_ATTEMPTS);
      assertThat(adapter.retries()).isEqualTo(4 * (RetryPolicy.HTML_ATTEMPTS - 1));
    }
  }

  @Test
  void theGoneDefaultNotesEndpointLeavesTheNotesFound() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(DEMO)
                .gone(Set.of("onDemandDefaultInstructorNotes.v1"))
                .start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      KeyedResult<CourseId, InstructorNotes> r =
          adapter.ports().family(CourseFamily.INSTRUCTOR_NOTES).fetch(request(MODERN, SWIFT));
      InstructorNotes notes = r.outcome(MODERN).found().orElseThrow();
      assertThat(notes.notes()).hasSize(1).allSatisfy(n -> assertThat(n.isDefault()).isFalse());
      assertThat(notes.instructors()).isNotEmpty();
      // The 404 of the default endpoint is among the call's documents (so in the archive's raw
      // answers); the record says why the default notes are missing, and cites only what the
      // notes rest on: a gone route is worded the same for every course and cites no document,
      // so that the record does not depend on which request carried the news.
      assertThat(r.documents())
          .anySatisfy(
              d -> assertThat(d.ref().resource()).isEqualTo("onDemandDefaultInstructorNotes.v1"));
      assertThat(r.outcome(MODERN).sources())
          .noneSatisfy(
              s -> assertThat(s.resource()).isEqualTo("onDemandDefaultInstructorNotes.v1"));
      assertThat(notes.defaultNotesUnavailable()).contains("404").contains("gone for this run");
      // A course without main notes is found too: only so can it say that its default notes are
      // missing (the course record then counts as incomplete).
      InstructorNotes swift = r.outcome(SWIFT).found().orElseThrow();
      assertThat(swift.notes()).isEmpty();
      assertThat(swift.defaultNotesUnavailable()).contains("404");
    }
  }

  @Test
  void bothNotesEndpointsTogetherMarkDefaults() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      InstructorNotes notes =
          adapter
              .ports()
              .family(CourseFamily.INSTRUCTOR_NOTES)
              .fetch(request(MODERN))
              .outcome(MODERN)
              .found()
              .orElseThrow();
      assertThat(notes.notes()).extracting(n -> n.isDefault()).containsExactly(false, true);
    }
  }

  @Test
  void goneEndpointsAreNotCarriedAndTheExportGoesOn() {
    Set<String> gone =
        Set.of(
            "users/v1/me/enrollments",
            "onDemandCourseGrades.v1",
            "externalBasicProfiles.v1",
            "onDemandCompletionEvents.v1");
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).gone(gone).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      MemoryArchive archive = new MemoryArchive();
      ExportResult result = export(adapter.ports(), archive);
      // A route that is gone, with no other route of its part answering, is something Coursera
      // no longer serves: not a gap to fetch again later. Each part says so, with the 404.
      assertThat(result.report().gaps()).isEmpty();
      assertThat(result.complete()).isTrue();
      assertThat(result.report().notCarriedParts())
          .extracting(g -> g.family())
          .contains("enrollments", "profile", "grades", "completionEvents");
      assertThat(result.report().notCarriedParts())
          .allSatisfy(
              g -> {
                assertThat(g.status()).isEqualTo(Outcome.Status.NOT_CARRIED);
                assertThat(g.reason()).contains("404").contains("gone for this run");
              });
      assertThat(LearnedUnavailable.of(result.report()))
          .extracting(LearnedUnavailable::resource)
          .containsAll(gone);
      // The on-demand courses are still exported, with everything that is not gone.
      CourseRecord swift = archive.courses().get(SWIFT);
      assertThat(swift).isNotNull();
      assertThat(swift.families().get(CourseFamily.PROGRESS).status())
          .isEqualTo(Outcome.Status.FOUND);
      // Grades: today's route does not exist in this era (2015) and 2015's is gone: both named.
      assertThat(swift.families().get(CourseFamily.GRADES).status())
          .isEqualTo(Outcome.Status.NOT_CARRIED);
      assertThat(swift.families().get(CourseFamily.GRADES).reason())
          .contains("onDemandCourseViewGrades.v1: gone for this run")
          .contains("onDemandCourseGrades.v1: gone for this run");
    }
  }

  @Test
  void goneProgressFallsBackToOpencourse() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(DEMO)
                .gone(Set.of("onDemandCoursesProgress.v1"))
                .start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      KeyedResult<CourseId, ?> r =
          adapter.ports().family(CourseFamily.PROGRESS).fetch(request(MODERN, SWIFT));
      assertThat(r.outcome(MODERN).status()).isEqualTo(Outcome.Status.FOUND);
      assertThat(r.outcome(MODERN).sources())
          .allSatisfy(s -> assertThat(s.resource()).isEqualTo("opencourse.v1"));
      assertThat(server.stats().requests("opencourse.v1")).isEqualTo(2);
      // An unknown course: the fallback answers that it has no such course (a 404 of one
      // element), so it is absent; the gone route is no answer at all.
      CourseId unknown = new CourseId("zzzzzzzzzzzzzzzzzzzzzz");
      assertThat(
              adapter
                  .ports()
                  .family(CourseFamily.PROGRESS)
                  .fetch(
                      new FamilyRequest(
                          new UserId(DEMO.userId()),
                          List.of(new CourseRef(unknown, "no-such-course")),
                          Set.of()))
                  .outcome(unknown)
                  .status())
          .isEqualTo(Outcome.Status.ABSENT);
    }
  }

  @Test
  void goneCatalogV1FallsBackToCoursesV1() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(DEMO).gone(Set.of("catalog.v1/courses")).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      CourseId neuralnets = CourseId.sessionBased(77);
      var r = adapter.ports().catalog().courses(Set.of(neuralnets));
      assertThat(r.outcome(neuralnets).found().orElseThrow().name())
          .isEqualTo("Neural Networks for Machine Learning");
    }
  }

  @Test
  void goneMembershipsAreListedByOpenCourseMembershipsAndIdentityByPermissions() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(DEMO).gone(Set.of("memberships.v1")).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      Identity who = adapter.ports().identity().whoAmI().outcome().found().orElseThrow();
      assertThat(who.discoveredBy()).isEqualTo("adminUserPermissions.v1");
      assertThat(who.userId()).isEqualTo(new UserId(DEMO.userId()));
      var m = adapter.ports().lists().memberships(who.userId());
      assertThat(m.outcome().found().orElseThrow()).hasSize(2);
    }
  }

  @Test
  void anExpiredSessionStopsTheExportWithAnAuthenticationError() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(DEMO).expireAfter(8).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      assertThatThrownBy(() -> export(adapter.ports(), new MemoryArchive()))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void aRejectedCookieIsNeverRetried() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).start();
        HttpCourseraAdapter adapter =
            Fakes.adapter(server).credentials(new Credentials("not-the-cookie", null)).build()) {
      assertThatThrownBy(() -> adapter.ports().identity().whoAmI())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("401");
      assertThat(server.stats().requests()).isEqualTo(1);
      assertThat(adapter.retries()).isZero();
      assertThatThrownBy(() -> grades(adapter, SWIFT)).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void anotherUsersDataIsDeniedAsAnOutcomeNotAThrow() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      FamilyRequest other =
          new FamilyRequest(new UserId(13364170), List.of(new CourseRef(MODERN, "x")), Set.of());
      Outcome<?> o = adapter.ports().family(CourseFamily.DEADLINES).fetch(other).outcome(MODERN);
      assertThat(o.status()).isEqualTo(Outcome.Status.UNAVAILABLE);
      assertThat(o.reason()).startsWith("access denied").contains("403");
    }
  }

  @Test
  void aTwentyPercentMixOfTransientFaultsChangesNothingInTheRecords() {
    FaultPlan mix =
        FaultPlan.builder()
            .probability(Fault.RATE_LIMITED, 0.03)
            .probability(Fault.SERVER_ERROR, 0.03)
            .probability(Fault.BAD_GATEWAY, 0.03)
            .probability(Fault.UNAVAILABLE, 0.03)
            .probability(Fault.RESET, 0.03)
            .probability(Fault.TRUNCATED, 0.03)
            .probability(Fault.SLOW_BODY, 0.02)
            .retryAfterSeconds(0)
            .slowBody(Duration.ofMillis(20))
            .build();
    for (Learner learner : List.of(DEMO, Learners.synthetic(40, 3))) {
      MemoryArchive clean = new MemoryArchive();
      MemoryArchive faulty = new MemoryArchive();
      try (FakeCourseraServer good =
              FakeCourseraServer.builder().learner(learner).pageSize(5).start();
          HttpCourseraAdapter adapter = Fakes.adapter(good).build()) {
        assertThat(export(adapter.ports(), clean).complete()).isTrue();
      }
      try (FakeCourseraServer bad =
              FakeCourseraServer.builder()
                  .learner(learner)
                  .pageSize(5)
                  .faults(mix)
                  .seed(5)
                  .start();
          HttpCourseraAdapter adapter = Fakes.adapter(bad).build()) {
        ExportResult result = export(adapter.ports(), faulty);
        assertThat(result.complete()).as("gaps: %s", result.report().gaps()).isTrue();
        assertThat(bad.stats().totalFaults()).isPositive();
        assertThat(adapter.retries()).isPositive();
        if (learner != DEMO) {
          for (Fault f : TRANSIENT) {
            assertThat(bad.stats().faults(f)).as("%s injected", f).isPositive();
          }
        }
      }
      assertThat(faulty.courses()).isEqualTo(clean.courses());
      assertThat(faulty.learner()).isEqualTo(clean.learner());
      assertThat(faulty.duplicates()).isZero();
      // The failed attempts are archived too: more documents than the clean run.
      assertThat(faulty.documents().size()).isGreaterThan(clean.documents().size());
    }
  }

  static ExportResult export(SourcePorts ports, MemoryArchive archive) {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      return new ExportLearningRecord(ports, archive, pool, 8, ExportListener.NONE).run();
    } finally {
      pool.shutdownNow();
    }
  }

  private static KeyedResult<CourseId, ?> grades(HttpCourseraAdapter adapter, CourseId course) {
    return adapter.ports().family(CourseFamily.GRADES).fetch(request(course));
  }

  private static FamilyRequest request(CourseId... courses) {
    return new FamilyRequest(
        new UserId(DEMO.userId()),
        java.util.Arrays.stream(courses)
            .map(
                c ->
                    new CourseRef(
                        c, Objects.requireNonNull(DEMO.facts().slugs().get(c), "slug of " + c)))
            .toList(),
        Set.of());
  }
}
