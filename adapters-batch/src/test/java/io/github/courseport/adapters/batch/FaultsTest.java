package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.contract.SourceUnderTest;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.KeyedResult;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults of single sub-responses and of whole batch requests: a failed sub-response is retried on
 * its own in a later batch while its batch-mates are kept; a failed batch request is retried as a
 * whole; either way the records end up as those of a fault-free export.
 */
class FaultsTest {
  private static final Learner LEARNER = Learners.synthetic(16, 5);
  private static Fakes.Exported baseline;

  @BeforeAll
  static void faultFreeExport() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(LEARNER).start();
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      baseline = Fakes.export(batch.ports(), 4);
    }
    assertThat(baseline.result().complete()).isTrue();
  }

  private static FakeCourseraServer server(FaultPlan plan) {
    return FakeCourseraServer.builder().learner(LEARNER).faults(plan).seed(42).start();
  }

  private static void assertSameRecordsAsWithoutFaults(Fakes.Exported e) {
    assertThat(e.result().complete()).as("gaps: %s", e.result().report().gaps()).isTrue();
    assertThat(e.archive().courses()).isEqualTo(baseline.archive().courses());
    assertThat(e.archive().learner()).isEqualTo(baseline.archive().learner());
    assertThat(e.archive().duplicates()).isZero();
  }

  private static long onDemandCourses() {
    return LEARNER.facts().onDemandCourses().size();
  }

  /**
   * The retries of the sub-requests to today's grades route, which the 2015 era lacks: its one
   * probe answers the web app's page, retried up to the HTML attempts; the route is then gone for
   * the run.
   */
  private static long htmlRetriesOfMissingRoutes(ServerStats stats) {
    assertThat(stats.requests("onDemandCourseViewGrades.v1")).isPositive();
    return RetryPolicy.HTML_ATTEMPTS - 1;
  }

  @Test
  void aFailedSubResponseIsRetriedAloneAndItsBatchMatesAreKept() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.SERVER_ERROR, 1.0)
            .maxFaultsPerRequest(2)
            .onlyResources(Set.of(Resources.GRADES))
            .build();
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);
      assertSameRecordsAsWithoutFaults(e);
      ServerStats stats = server.stats();
      // each grade asked three times (two faults, then the answer), every other resource once
      assertThat(stats.requests(Resources.GRADES)).isEqualTo(3 * onDemandCourses());
      assertThat(stats.requests(Resources.SCHEDULES)).isEqualTo(onDemandCourses());
      assertThat(stats.requests(Resources.HOME_PROGRESS)).isEqualTo(onDemandCourses());
      assertThat(stats.requests(Resources.DEADLINES)).isEqualTo(onDemandCourses());
      assertThat(batch.stats().subRequestRetries())
          .isEqualTo(2 * onDemandCourses() + htmlRetriesOfMissingRoutes(stats));
      assertThat(stats.requests("onDemandCourseViewGrades.v1"))
          .isEqualTo(RetryPolicy.HTML_ATTEMPTS); // one probe, no fault of its own
      assertThat(batch.stats().retries()).isZero();
      // the failed answers are raw documents of their own, next to the good ones
      long failedGradeDocs =
          e.archive().documents().stream()
              .filter(d -> d.resource().equals(Resources.GRADES) && d.status() == 500)
              .count();
      assertThat(failedGradeDocs).isEqualTo(2 * onDemandCourses());
    }
  }

  @Test
  void aSubRequestThatKeepsFailingFailsAloneWithItsReason() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.UNAVAILABLE, 1.0)
            .onlyResources(Set.of(Resources.GRADES))
            .build();
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch =
            Fakes.batch(server).retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(3)).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);
      assertThat(e.result().complete()).isFalse();
      assertThat(e.result().report().gaps())
          .hasSize((int) onDemandCourses())
          .allSatisfy(
              g -> {
                assertThat(g.family()).isEqualTo("grades");
                assertThat(g.status()).isEqualTo(Outcome.Status.FAILED);
                assertThat(g.reason()).contains("HTTP 503").contains("after 3 attempts");
              });
      for (CourseRecord r : e.archive().courses().values()) {
        if (r.isSessionBased()) {
          continue;
        }
        Outcome<?> grades = Objects.requireNonNull(r.families().get(CourseFamily.GRADES));
        // three identical 503 bodies: three documents, one reference
        assertThat(grades.sources()).hasSize(1);
        CourseRecord before = baseline.archive().courses().get(r.id());
        assertThat(r.families().get(CourseFamily.SCHEDULE))
            .isEqualTo(before.families().get(CourseFamily.SCHEDULE));
      }
      assertThat(server.stats().requests(Resources.GRADES)).isEqualTo(3 * onDemandCourses());
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class) // an HTML page included: it is transient for its first 3 attempts
  void everyTransientSubResponseFaultIsRetried(Fault fault) {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(fault, 1.0)
            .maxFaultsPerRequest(2)
            .retryAfterSeconds(0)
            .slowBody(Duration.ofMillis(20))
            .onlyResources(
                Set.of(Resources.PROGRESS, Resources.INSTRUCTOR_NOTES, Resources.MEMBERSHIPS))
            .build();
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);
      assertSameRecordsAsWithoutFaults(e);
      assertThat(server.stats().faults(fault)).isPositive();
      if (fault != Fault.SLOW_BODY) {
        assertThat(batch.stats().subRequestRetries()).isPositive();
      }
      assertThat(batch.stats().retries()).as("no whole batch was sent again").isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"SLOW_BODY"},
      mode = EnumSource.Mode.EXCLUDE)
  void aFailedBatchRequestIsRetriedAsAWhole(Fault fault) {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(fault, 1.0)
            .maxFaultsPerRequest(2)
            .retryAfterSeconds(0)
            .onlyResources(Set.of(Resources.BATCH))
            .build();
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);
      assertSameRecordsAsWithoutFaults(e);
      ServerStats stats = server.stats();
      // Every batch met its two faults, then went through on the third attempt. (The fake counts
      // faults by request body: a batch that repeats another's body exactly, such as the retry of
      // a lone probe that met the web app's page, shares its budget and meets none.)
      assertThat(stats.requests(Resources.BATCH)).isEqualTo(batch.stats().batchRequests());
      assertThat(3 * stats.faults(fault)).isLessThanOrEqualTo(2 * stats.requests(Resources.BATCH));
      assertThat(3 * stats.faults(fault))
          .isGreaterThanOrEqualTo(2 * (stats.requests(Resources.BATCH) - 3));
      if (fault == Fault.RESET || fault == Fault.TRUNCATED) {
        // The JDK client may itself re-send a request whose reused connection was cut, unseen.
        assertThat(batch.stats().retries()).isPositive().isLessThanOrEqualTo(stats.faults(fault));
      } else {
        assertThat(batch.stats().retries()).isEqualTo(stats.faults(fault));
      }
      // The batch faults are retried as whole requests: no sub-request of the record's families
      // is asked twice. Only today's grades route, which this era (2015) lacks, answers the web
      // app's page to its probes, and those may be retried as sub-requests.
      if (fault != Fault.TRUNCATED) { // a truncated answer was computed whole, sub-requests too
        assertThat(stats.requests(Resources.SCHEDULES)).isEqualTo(onDemandCourses());
        assertThat(stats.requests(Resources.GRADES)).isEqualTo(onDemandCourses());
        assertThat(stats.requests(Resources.DEADLINES)).isEqualTo(onDemandCourses());
      }
      assertThat(batch.stats().subRequestRetries())
          .isLessThanOrEqualTo(htmlRetriesOfMissingRoutes(stats));
      // the failed answers of the batch requests are kept as evidence, once per port call
      if (fault != Fault.RESET && fault != Fault.TRUNCATED) {
        assertThat(e.archive().documents())
            .anySatisfy(
                d -> {
                  assertThat(d.resource()).isEqualTo(BatchTransport.RESOURCE);
                  assertThat(d.method()).isEqualTo("POST");
                  assertThat(d.status())
                      .isGreaterThanOrEqualTo(fault == Fault.HTML_200 ? 200 : 429);
                });
      }
    }
  }

  @Test
  void aBatchRequestThatKeepsFailingFailsItsSubRequestsWithEvidence() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.SERVER_ERROR, 1.0)
            .onlyResources(Set.of(Resources.BATCH))
            .build();
    RetryPolicy three = Fakes.FAST_RETRIES.withMaxAttempts(3);
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch = Fakes.batch(server).retryPolicy(three).build()) {
      Set<CourseId> ids = LEARNER.facts().courses().keySet();
      KeyedResult<CourseId, Course> r = batch.ports().catalog().courses(ids);
      assertThat(r.outcomes().keySet()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(r.outcomes().values())
          .allSatisfy(
              o -> {
                assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
                assertThat(o.reason()).contains("the batch request carrying it failed");
                assertThat(o.reason()).contains("HTTP 500").contains("3 attempts");
                assertThat(o.sources()).hasSize(1); // three identical 500 bodies: one reference
              });
      SourceUnderTest.assertProvenance(r.outcomes().values(), r.documents());
      // Both routes are new to the run: one request of each is probed first (one batch, three
      // attempts); the probes fail, which says nothing about the routes, so the third request is
      // sent after them (another batch, three attempts).
      assertThat(r.documents()).hasSize(6).allMatch(d -> d.status() == 500);
      assertThat(server.stats().requests(Resources.BATCH)).isEqualTo(6);
      // one v2 chunk, one v1 chunk of catalog.v1/courses and the same v1 ids in courses.v1
      assertThat(batch.stats().subRequests()).isEqualTo(3);
    }
  }

  @Test
  void aTwentyPercentTransientFaultMixGivesTheRecordsOfAFaultFreeRun() {
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.RATE_LIMITED, 0.04)
            .probability(Fault.SERVER_ERROR, 0.04)
            .probability(Fault.BAD_GATEWAY, 0.03)
            .probability(Fault.UNAVAILABLE, 0.03)
            .probability(Fault.RESET, 0.03)
            .probability(Fault.TRUNCATED, 0.02)
            .probability(Fault.SLOW_BODY, 0.01)
            .maxFaultsPerRequest(3)
            .retryAfterSeconds(0)
            .slowBody(Duration.ofMillis(20))
            .build();
    try (FakeCourseraServer server = server(plan);
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);
      assertSameRecordsAsWithoutFaults(e);
      ServerStats stats = server.stats();
      assertThat(stats.totalFaults()).isGreaterThan(10);
      assertThat(batch.stats().subRequestRetries()).isPositive();
      assertThat(batch.stats().fallbacks()).isZero();
      // failed answers are raw documents too
      assertThat(e.archive().documents())
          .extracting(SourceDocument::status)
          .anyMatch(status -> status >= 429);
    }
  }

  @Test
  void anExpiredSessionOnTheBatchEndsTheExport() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(LEARNER).start();
        BatchCourseraAdapter batch =
            BatchCourseraAdapter.builder()
                .wwwBase(server.baseUri())
                .apiBase(server.baseUri())
                .credentials(new io.github.courseport.core.port.Credentials("not-it", null))
                .retryPolicy(Fakes.FAST_RETRIES)
                .rateLimitPerSecond(0)
                .build()) {
      assertThatThrownBy(() -> batch.ports().identity().whoAmI())
          .isInstanceOf(io.github.courseport.core.error.AuthenticationException.class)
          .hasMessageContaining("401");
      assertThat(server.stats().requests(Resources.BATCH)).isEqualTo(1);
    }
  }
}
