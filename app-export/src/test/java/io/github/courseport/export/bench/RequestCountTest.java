package io.github.courseport.export.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request counts of a small synthetic learner are deterministic: an export makes exactly the
 * requests that {@link RequestPlan} computes from the learner (docs/performance.md). Not timed.
 */
class RequestCountTest {
  private static final Learner LEARNER = Learners.synthetic(20, 1);

  @Test
  void httpMakesExactlyThePlannedRequests(@TempDir Path tmp) {
    RequestPlan plan = RequestPlan.http(LEARNER, 1);
    Bench.Result r = Bench.run(LEARNER, Bench.Kind.HTTP, Duration.ZERO, 4, 1, tmp, false);

    assertThat(r.complete()).isTrue();
    assertThat(r.minimal()).isEqualTo(plan.requests());
    assertThat(r.perResource()).isEqualTo(plan.perResource());
    assertThat(r.requests()).isEqualTo(plan.requests());
    assertThat(r.maxInFlight()).isBetween(1, 4 + 1);
    assertThat(r.archiveBytes()).isPositive();
    try (var left = Files.list(tmp)) {
      assertThat(left).as("the archive is deleted unless kept").isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void httpWithSeveralCoursesPerCallMakesExactlyThePlannedRequests(@TempDir Path tmp) {
    RequestPlan plan = RequestPlan.http(LEARNER, 5);
    Bench.Result r = Bench.run(LEARNER, Bench.Kind.HTTP, Duration.ZERO, 3, 5, tmp, false);

    assertThat(r.perResource()).isEqualTo(plan.perResource());
    assertThat(r.requests()).isEqualTo(plan.requests());
    assertThat(plan.requests()).isLessThan(RequestPlan.http(LEARNER, 1).requests());
  }

  @Test
  void baselineIsSequentialAndMakesThePlannedRequests(@TempDir Path tmp) {
    Bench.Result r = Bench.run(LEARNER, Bench.Kind.BASELINE, Duration.ZERO, 8, 5, tmp, false);

    assertThat(r.concurrency()).isEqualTo(1);
    assertThat(r.keysPerCall()).isEqualTo(1);
    assertThat(r.maxInFlight()).isLessThanOrEqualTo(2); // the server may see the next one early
    assertThat(r.requests()).isEqualTo(RequestPlan.http(LEARNER, 1).requests());
  }

  @Test
  void thePlanCountsEveryStepOfTheExport() {
    RequestPlan plan = RequestPlan.http(LEARNER, 1);
    int onDemand = LEARNER.facts().onDemandCourses().size();

    assertThat(onDemand).isPositive();
    // identity (limit=1) + one page of memberships
    assertThat(plan.perResource().get(Resources.MEMBERSHIPS)).isEqualTo(2L);
    // ten requests per on-demand course: progress, schedule, home progress, grades, deadlines,
    // notes, default notes, classmates, experiments, completion events
    assertThat(plan.familyRequests()).isEqualTo(10L * onDemand);
    assertThat(plan.perResource().get(Resources.DEFAULT_INSTRUCTOR_NOTES)).isEqualTo(onDemand);
    // identity, lists, catalog, families
    assertThat(plan.depth()).isEqualTo(4);
    assertThat(plan.batches(50)).isLessThan(plan.requests());
  }

  @Test
  void largerListsTakeMorePagesAndDeeperChains() {
    RequestPlan small = RequestPlan.http(LEARNER, 1);
    RequestPlan large = RequestPlan.http(Learners.synthetic(500, 1), 1);

    assertThat(large.perResource().get(Resources.MEMBERSHIPS)).isGreaterThan(2L);
    assertThat(large.depth()).isGreaterThan(small.depth());
    assertThat(large.perResource().get(Resources.COURSES)).isGreaterThan(1L);
  }

  @Test
  void batchMakesNoMoreThanTheMinimalBatchesPlusALevelEach(@TempDir Path tmp) {
    assumeTrue(Bench.batchAvailable(), "batch: not available");
    Bench.Result r = Bench.run(LEARNER, Bench.Kind.BATCH, Duration.ZERO, 4, 1, tmp, false);

    assertThat(r.complete()).isTrue();
    assertThat(r.subRequests()).isPositive();
    assertThat(r.requests()).isGreaterThanOrEqualTo(r.minimal());
  }
}
