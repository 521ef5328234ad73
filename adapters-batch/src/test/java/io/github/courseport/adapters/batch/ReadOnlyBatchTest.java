package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.WriteRefusedException;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The batch transport packs GETs only: the GraphQL gateway's queries travel on their own (their
 * documents are POSTs, never batch sub-requests), and a write handed to it is refused before
 * anything is sent, with or without a fallback.
 */
class ReadOnlyBatchTest {
  private static final ApiRequest READ =
      new ApiRequest("memberships.v1", Expect.COLLECTION, Host.WWW, "/api/memberships.v1?q=me");
  private static final ApiRequest DELETE =
      new ApiRequest("memberships.v1", Expect.ELEMENT, Host.WWW, "DELETE", "/api/m.v1/1~2", null);
  private static final ApiRequest MUTATION =
      ApiRequest.post(
          "graphql-gateway",
          Expect.COLLECTION,
          Host.WWW,
          "/graphql-gateway?opname=QueryState",
          "{\"operationName\":\"QueryState\",\"query\":\"mutation QueryState { a }\"}");

  @Test
  void aWriteIsNeverSentWithOrWithoutAFallback() {
    for (boolean strict : new boolean[] {false, true}) {
      try (FakeCourseraServer server =
              FakeCourseraServer.builder().learner(Learners.demo()).writesExpected().start();
          BatchCourseraAdapter adapter = Fakes.batch(server).strict(strict).build()) {
        for (ApiRequest write : List.of(DELETE, MUTATION)) {
          assertThatThrownBy(() -> adapter.exchange().send(this, List.of(READ, write)))
              .isInstanceOf(WriteRefusedException.class);
        }
        assertThat(server.stats().requests()).isZero();
        assertThat(adapter.exchange().send(this, List.of(READ)).get(0).isData()).isTrue();
      }
    }
  }

  @Test
  void theGatewaysQueriesTravelOnTheirOwn() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(Learners.demo()).start();
        BatchCourseraAdapter adapter = Fakes.batch(server).build()) {
      MemoryArchive archive = new MemoryArchive();
      ExecutorService pool = Executors.newCachedThreadPool();
      try {
        new ExportLearningRecord(adapter.ports(), archive, pool, 4, ExportListener.NONE).run();
      } finally {
        pool.shutdownNow();
      }
      List<SourceDocument> gateway =
          archive.documents().stream().filter(d -> d.resource().equals(Resources.GATEWAY)).toList();
      // Four exams of one course, the practice quiz of the other: each asked once, as a POST.
      assertThat(gateway).hasSize(5).allMatch(d -> d.method().equals("POST"));
      assertThat(server.stats().requests(Resources.GATEWAY)).isEqualTo(5);
      // Everything else travelled in batches.
      assertThat(
              archive.documents().stream()
                  .filter(d -> d.resource().equals(Resources.PEER_REVIEWS))
                  .map(SourceDocument::method))
          .containsOnly(BatchTransport.SUB_METHOD);
      assertThat(server.stats().batchRequests()).isPositive();
    }
  }
}
