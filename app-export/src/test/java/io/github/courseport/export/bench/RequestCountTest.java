package io.github.courseport.export.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.Era;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    RequestPlan plan = RequestPlan.http(LEARNER, 1, Era.Y2015);
    Bench.Result r =
        Bench.run(LEARNER, Era.Y2015, Bench.Kind.HTTP, Duration.ZERO, 4, 1, tmp, false);

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
    RequestPlan plan = RequestPlan.http(LEARNER, 5, Era.Y2015);
    Bench.Result r =
        Bench.run(LEARNER, Era.Y2015, Bench.Kind.HTTP, Duration.ZERO, 3, 5, tmp, false);

    assertThat(r.perResource()).isEqualTo(plan.perResource());
    assertThat(r.requests()).isEqualTo(plan.requests());
    assertThat(plan.requests()).isLessThan(RequestPlan.http(LEARNER, 1, Era.Y2015).requests());
  }

  @Test
  void baselineIsSequentialAndMakesThePlannedRequests(@TempDir Path tmp) {
    Bench.Result r =
        Bench.run(LEARNER, Era.Y2015, Bench.Kind.BASELINE, Duration.ZERO, 8, 5, tmp, false);

    assertThat(r.concurrency()).isEqualTo(1);
    assertThat(r.keysPerCall()).isEqualTo(1);
    assertThat(r.maxInFlight()).isLessThanOrEqualTo(2); // the server may see the next one early
    assertThat(r.requests()).isEqualTo(RequestPlan.http(LEARNER, 1, Era.Y2015).requests());
  }

  @Test
  void thePlanCountsEveryStepOfTheExport() {
    RequestPlan plan = RequestPlan.http(LEARNER, 1, Era.Y2015);
    int onDemand = LEARNER.facts().onDemandCourses().size();

    assertThat(onDemand).isPositive();
    // identity (limit=1) + one page of memberships
    assertThat(plan.perResource().get(Resources.MEMBERSHIPS)).isEqualTo(2L);
    // eleven requests per on-demand course: progress, schedule, home progress, grades, deadlines,
    // notes, default notes, classmates, experiments, completion events, the outline; the one
    // probe (three answers of the web app's page) of today's grades route, which 2015 lacks; and
    // the learner's own work
    assertThat(plan.familyRequests()).isEqualTo(11L * onDemand + 3 + work(plan));
    assertWorkFollowsTheOutlines(plan, onDemand);
    assertThat(plan.perResource().get(Resources.VIEW_GRADES)).isEqualTo(3L);
    assertThat(plan.perResource().get(Resources.GRADES)).isEqualTo(onDemand);
    assertThat(plan.perResource().get(Resources.MATERIALS)).isEqualTo(onDemand);
    assertThat(plan.perResource().get(Resources.DEFAULT_INSTRUCTOR_NOTES)).isEqualTo(onDemand);
    // identity, lists, catalog, then the families: the longest chain is the peer work's, after
    // the outline (its probe, the rest), the submissions (probe, rest), the reviews (probe, rest)
    assertThat(plan.depth()).isEqualTo(9);
    assertThat(plan.batches(50)).isLessThan(plan.requests());
  }

  @Test
  void todaysPlanAsksTodaysRoutesAndProbesEachRetiredOneOnce() {
    RequestPlan plan = RequestPlan.http(LEARNER, 1, Era.TODAY);
    int onDemand = LEARNER.facts().onDemandCourses().size();
    // ten per course: today's grades instead of 2015's; no classmates, as no external id is
    // known without the (retired) profile; and the learner's own work, as in 2015
    assertThat(plan.familyRequests()).isEqualTo(10L * onDemand + work(plan));
    assertThat(work(plan)).isEqualTo(work(RequestPlan.http(LEARNER, 1, Era.Y2015)));
    assertThat(plan.perResource()).doesNotContainKey(Resources.GRADES);
    assertThat(plan.perResource()).doesNotContainKey(Resources.CLASSMATES);
    assertThat(plan.perResource().get(Resources.VIEW_GRADES)).isEqualTo(onDemand);
    // the retired learner-level routes: one probe each, three answers of the web app's page
    for (String retired :
        List.of(Resources.PROFILES, Resources.V1_ENROLLMENTS, Resources.COURSE_LISTS)) {
      assertThat(plan.perResource().get(retired)).as(retired).isEqualTo(3L);
    }
    // without the v1 enrollments, no session-based course, so nothing of catalog.v1 is asked
    assertThat(plan.perResource()).doesNotContainKey(Resources.CATALOG_SESSIONS);
    assertThat(plan.perResource()).doesNotContainKey(Resources.CATALOG_COURSES);
  }

  private static final List<String> WORK =
      List.of(
          Resources.GATEWAY,
          Resources.PEER_SUBMISSIONS,
          Resources.PEER_REVIEWS,
          Resources.PROGRAMMING,
          Resources.DISCUSSION_PROMPTS,
          Resources.FORUM_ANSWERS,
          Resources.USER_NOTES,
          Resources.VC_MEMBERSHIPS);

  private static long work(RequestPlan plan) {
    return WORK.stream().mapToLong(r -> plan.perResource().getOrDefault(r, 0L)).sum();
  }

  /**
   * The learner's work costs what its outlines say, counted here from the outlines themselves: a
   * query per quiz or exam (only these cannot be batched), a request per peer assignment,
   * programming assignment and discussion prompt, a list per module (notes), an element per course
   * (the certificate); the forums are not searched.
   */
  private static void assertWorkFollowsTheOutlines(RequestPlan plan, int onDemand) {
    long quizzes = 0;
    long peer = 0;
    long programming = 0;
    long prompts = 0;
    long modules = 0;
    for (var c : LEARNER.facts().onDemandCourses()) {
      var outline = LEARNER.courseBody(Resources.MATERIALS, c.value()).orElseThrow();
      modules += outline.at("/elements/0/moduleIds").size();
      for (var i : outline.at("/linked/onDemandCourseMaterialItems.v2")) {
        switch (i.at("/contentSummary/typeName").asText()) {
          case "quiz", "exam" -> quizzes++;
          case "phasedPeer" -> peer++;
          case "gradedProgramming", "ungradedProgramming" -> programming++;
          case "discussionPrompt" -> prompts++;
          default -> {
            // no work asked
          }
        }
      }
    }
    assertThat(plan.perResource().get(Resources.GATEWAY)).isEqualTo(quizzes);
    assertThat(plan.unbatchable()).isEqualTo(quizzes);
    assertThat(plan.perResource().getOrDefault(Resources.PEER_SUBMISSIONS, 0L)).isEqualTo(peer);
    assertThat(plan.perResource().getOrDefault(Resources.PROGRAMMING, 0L)).isEqualTo(programming);
    assertThat(plan.perResource().getOrDefault(Resources.DISCUSSION_PROMPTS, 0L))
        .isEqualTo(prompts);
    assertThat(plan.perResource().get(Resources.USER_NOTES)).isEqualTo(modules);
    assertThat(plan.perResource().get(Resources.VC_MEMBERSHIPS)).isEqualTo(onDemand);
    assertThat(plan.perResource()).doesNotContainKeys(Resources.FORUMS, Resources.FORUM_QUESTIONS);
  }

  @Test
  void httpInTodaysEraMakesExactlyThePlannedRequests(@TempDir Path tmp) {
    RequestPlan plan = RequestPlan.http(LEARNER, 1, Era.TODAY);
    Bench.Result r =
        Bench.run(LEARNER, Era.TODAY, Bench.Kind.HTTP, Duration.ZERO, 4, 1, tmp, false);
    assertThat(r.perResource()).isEqualTo(plan.perResource());
    assertThat(r.requests()).isEqualTo(plan.requests());
  }

  @Test
  void largerListsTakeMorePagesAndDeeperChains() {
    RequestPlan small = RequestPlan.http(LEARNER, 1, Era.Y2015);
    RequestPlan large = RequestPlan.http(Learners.synthetic(500, 1), 1, Era.Y2015);

    assertThat(large.perResource().get(Resources.MEMBERSHIPS)).isGreaterThan(2L);
    assertThat(large.depth()).isGreaterThan(small.depth());
    assertThat(large.perResource().get(Resources.COURSES)).isGreaterThan(1L);
  }

  @Test
  void batchMakesNoMoreThanTheMinimalBatchesPlusALevelEach(@TempDir Path tmp) {
    assumeTrue(Bench.batchAvailable(), "batch: not available");
    Bench.Result r =
        Bench.run(LEARNER, Era.Y2015, Bench.Kind.BATCH, Duration.ZERO, 4, 1, tmp, false);

    assertThat(r.complete()).isTrue();
    assertThat(r.subRequests()).isPositive();
    assertThat(r.requests()).isGreaterThanOrEqualTo(r.minimal());
  }
}
