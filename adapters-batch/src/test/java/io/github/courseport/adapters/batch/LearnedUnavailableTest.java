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
 * sub-response) or 404 for the whole resource is learned unavailable, with the same gaps as over
 * plain HTTP, and costs a bounded number of sub-requests.
 */
@Timeout(120)
class LearnedUnavailableTest {
  private static final Learner LEARNER = Learners.synthetic(24, 9);
  private static final String EVENTS = "onDemandCompletionEvents.v1";
  private static final String GRADES = "onDemandCourseGrades.v1";

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

  private static List<String> keys(CompletenessReport report) {
    return report.gaps().stream().map(g -> g.family() + " " + g.key() + " " + g.status()).toList();
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
      // One rule in the API layer: the same gaps whichever transport carried the requests (which
      // of them taught the rule and which were not asked depends on timing: the reasons differ).
      assertThat(keys(overBatch.report())).isEqualTo(keys(overHttp.report()));
      List<LearnedUnavailable> learned = LearnedUnavailable.of(overBatch.report().gaps());
      assertThat(learned).extracting(LearnedUnavailable::resource).containsExactly(resource);
      // A family call of the batch source asks all its courses in one round, so a whole round
      // may be on its way before the route is learned: at most one round's requests (one per
      // on-demand course), each with its attempts, then nothing more.
      long perCourse = resource.equals(EVENTS) ? RetryPolicy.HTML_ATTEMPTS : 1;
      assertThat(overBatch.subRequests())
          .isLessThanOrEqualTo(perCourse * learned.get(0).parts().size());
      // Its retries travel in batches with other sub-requests or in a few of their own. How
      // requests fall into batches depends on timing (the linger), so the fault-free count itself
      // varies between runs (10 to 14 batches seen): the bound allows each retry round a batch of
      // its
      // own, twice over, plus that spread. A route retried for every course would cost far more.
      assertThat(overBatch.batches())
          .isLessThanOrEqualTo(clean.batches() + 2L * RetryPolicy.HTML_ATTEMPTS + 4);
    }
  }
}
