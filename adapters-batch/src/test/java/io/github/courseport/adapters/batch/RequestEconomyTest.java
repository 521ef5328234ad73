package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.domain.CompletenessReport;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The point of the batch adapter: for a synthetic learner of 50 courses it makes at most a fifth of
 * the HTTP requests of the plain HTTP adapter (as the fake server counts them), and the records are
 * the same.
 */
class RequestEconomyTest {
  private static final Learner LEARNER = Learners.synthetic(50, 11);

  @Test
  void fiftyCoursesCostAFifthOfTheRequestsWithTheSameRecords() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(LEARNER).start()) {
      Fakes.Exported viaHttp;
      try (HttpCourseraAdapter http = Fakes.http(server).build()) {
        viaHttp = Fakes.export(http.ports(), 4);
      }
      ServerStats httpStats = server.stats();
      server.resetStats();

      Fakes.Exported viaBatch;
      BatchStats batchStats;
      try (BatchCourseraAdapter batch = Fakes.batch(server).build()) {
        viaBatch = Fakes.export(batch.ports(), 4);
        batchStats = batch.stats();
      }
      ServerStats serverStats = server.stats();

      System.out.printf(
          "request economy, synthetic learner of %d courses: plain HTTP adapter %d requests;"
              + " batch adapter %d requests (%d batches carrying %d sub-requests), %.1fx fewer%n",
          LEARNER.facts().courses().size(),
          httpStats.requests(),
          serverStats.requests(),
          serverStats.batchRequests(),
          serverStats.batchSubRequests(),
          (double) httpStats.requests() / serverStats.requests());

      assertThat(viaHttp.result().complete()).isTrue();
      assertThat(viaBatch.result().complete()).as("%s", viaBatch.result().report().gaps()).isTrue();
      assertThat(httpStats.batchRequests()).isZero();
      // Every request of the batch export is a batch but the GraphQL gateway's queries, which a
      // batch cannot carry (it carries GETs only): as many as over plain HTTP, one per quiz.
      long queries = serverStats.requests(Resources.GATEWAY);
      assertThat(queries).isPositive().isEqualTo(httpStats.requests(Resources.GATEWAY));
      assertThat(serverStats.requests()).isEqualTo(serverStats.batchRequests() + queries);
      assertThat(serverStats.requests(Resources.BATCH)).isEqualTo(serverStats.batchRequests());
      assertThat(batchStats.requests()).isEqualTo(serverStats.requests());
      assertThat(batchStats.subRequests()).isEqualTo(serverStats.batchSubRequests());
      assertThat(batchStats.fallbacks()).isZero();
      // What can be packed costs a fifth at most.
      assertThat(serverStats.batchRequests() * 5)
          .isLessThanOrEqualTo(httpStats.requests() - queries);

      assertThat(viaBatch.archive().courses()).isEqualTo(viaHttp.archive().courses());
      assertThat(viaBatch.archive().learner()).isEqualTo(viaHttp.archive().learner());
      CompletenessReport report = Objects.requireNonNull(viaBatch.archive().report());
      report
          .families()
          .forEach(
              (family, tally) -> assertThat(tally.transports()).as(family).doesNotContain("http"));
      assertThat(report.families().get("grades").transports()).containsExactly("batch");
    }
  }
}
