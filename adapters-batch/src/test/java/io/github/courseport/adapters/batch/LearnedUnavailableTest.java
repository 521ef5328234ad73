package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.LearnedUnavailable;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rule of the API layer over the batch transport: a resource that keeps answering HTML (as a
 * sub-response) or 404 for the whole resource is probed before a round fans out over it and then
 * known gone, with the same gaps, worded the same, as over plain HTTP, and costs one sub-request
 * (with its attempts) whatever the number of courses (not one batch carrying it for every course).
 */
@Timeout(120)
class LearnedUnavailableTest {
  private static final Learner LEARNER = Learners.synthetic(24, 9);
  private static final String EVENTS = "onDemandCompletionEvents.v1";
  private static final String GRADES = "onDemandCourseGrades.v1";
  private static final String VIEW_GRADES = "onDemandCourseViewGrades.v1";

  private record Run(CompletenessReport report, long subRequests, long batches) {}

  private static Run batch(UnaryOperator<FakeCourseraServer.Builder> dead, String resource) {
    try (FakeCourseraServer server =
            dead.apply(FakeCourseraServer.builder().learner(LEARNER)).start();
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      CompletenessReport report = Fakes.export(batch.ports(), 4).result().report();
      return new Run(report, server.stats().requests(resource), server.stats().batchRequests());
    }
  }

  private static Run http(UnaryOperator<FakeCourseraServer.Builder> dead, String resource) {
    try (FakeCourseraServer server =
            dead.apply(FakeCourseraServer.builder().learner(LEARNER)).start();
        HttpCourseraAdapter http = Fakes.http(server).build()) {
      CompletenessReport report = Fakes.export(http.ports(), 4).result().report();
      return new Run(report, server.stats().requests(resource), server.stats().requests());
    }
  }

  /** What the export lacks: its gaps and the parts not carried (routes gone for good). */
  private static List<CompletenessReport.Gap> gaps(CompletenessReport report) {
    List<CompletenessReport.Gap> out = new java.util.ArrayList<>(report.gaps());
    out.addAll(report.notCarriedParts());
    return out;
  }

  @Test
  void htmlAnd404ResourcesAreLearnedAsOverHttpAtABoundedCost() {
    Run clean = batch(b -> b, EVENTS);
    assertThat(clean.report().complete()).isTrue();
    for (var dead :
        List.<Object[]>of(
            new Object[] {
              EVENTS, (UnaryOperator<FakeCourseraServer.Builder>) b -> b.html(Set.of(EVENTS))
            },
            new Object[] {
              GRADES, (UnaryOperator<FakeCourseraServer.Builder>) b -> b.gone(Set.of(GRADES))
            })) {
      String resource = (String) dead[0];
      @SuppressWarnings("unchecked")
      UnaryOperator<FakeCourseraServer.Builder> how =
          (UnaryOperator<FakeCourseraServer.Builder>) dead[1];
      Run overBatch = batch(how, resource);
      Run overHttp = http(how, resource);
      System.out.printf(
          "batch, %s dead: %d sub-requests to it, %d batches (fault-free: %d batches)%n",
          resource, overBatch.subRequests(), overBatch.batches(), clean.batches());
      // One rule in the API layer: the same gaps, with the same reasons, whichever transport
      // carried the requests and whichever of them carried the news.
      assertThat(gaps(overBatch.report())).isEqualTo(gaps(overHttp.report()));
      assertThat(gaps(overBatch.report())).isNotEmpty();
      List<LearnedUnavailable> learned = LearnedUnavailable.of(overBatch.report());
      // In this era (2015) today's grades route does not exist either: when 2015's grades are
      // gone too, both are named.
      assertThat(learned)
          .extracting(LearnedUnavailable::resource)
          .containsExactlyElementsOf(
              resource.equals(GRADES) ? List.of(GRADES, VIEW_GRADES) : List.of(resource));
      // Only the probe: one sub-request (with its attempts when it is HTML), however many courses
      // lack it.
      long perAnswer = resource.equals(EVENTS) ? RetryPolicy.HTML_ATTEMPTS : 1;
      assertThat(overBatch.subRequests()).isEqualTo(perAnswer);
      assertThat(overHttp.subRequests()).isEqualTo(perAnswer);
      assertThat(learned.get(0).parts()).hasSizeGreaterThan(3);
      // Its probes travel in batches of their own before the round fans out: a few more batches
      // than a clean run. How requests fall into batches depends on timing (the linger), so the
      // fault-free count itself varies between runs (10 to 14 batches seen).
      assertThat(overBatch.batches()).isLessThanOrEqualTo(clean.batches() + perAnswer + 4);
    }
  }
}
