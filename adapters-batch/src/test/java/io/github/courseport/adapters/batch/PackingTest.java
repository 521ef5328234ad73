package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.KeyedResult;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How sub-requests are packed: never more than {@code maxSubRequests} nor {@code maxBodyBytes} per
 * batch, batches in flight within the concurrency limit, and paging followed with follow-up
 * sub-requests.
 */
class PackingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A batch endpoint that records every batch and answers each sub-request with no element. */
  private static final class Recorder {
    final List<byte[]> bodies = Collections.synchronizedList(new ArrayList<>());

    HttpHandler handler(boolean withStatus) {
      return ex -> {
        byte[] in = ex.getRequestBody().readAllBytes();
        bodies.add(in);
        JsonNode batch = JSON.readTree(in);
        StringBuilder sb = new StringBuilder("{");
        batch
            .fieldNames()
            .forEachRemaining(
                k -> {
                  if (sb.length() > 1) {
                    sb.append(',');
                  }
                  sb.append('"').append(k).append("\":{");
                  if (withStatus) {
                    sb.append(
                        "\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},");
                  }
                  sb.append("\"bodyJson\":{\"elements\":[],\"paging\":null,\"linked\":null}}");
                });
        byte[] out = sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        try (OutputStream o = ex.getResponseBody()) {
          o.write(out);
        }
      };
    }

    List<Integer> sizes() {
      List<Integer> out = new ArrayList<>();
      synchronized (bodies) {
        for (byte[] b : bodies) {
          try {
            out.add(JSON.readTree(b).size());
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return out;
    }
  }

  private static FamilyRequest courses(int n) {
    List<CourseRef> refs =
        IntStream.range(0, n)
            .mapToObj(i -> new CourseRef(new CourseId(String.format("course%017d", i)), "s" + i))
            .toList();
    return new FamilyRequest(new UserId(7), refs, Set.of());
  }

  @Test
  void noBatchHasMoreThanMaxSubRequests() {
    Recorder recorder = new Recorder();
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().override("/api/batch", recorder.handler(true)).start();
        BatchCourseraAdapter batch =
            Fakes.batch(server).maxSubRequests(7).linger(Duration.ofMillis(50)).build()) {
      KeyedResult<CourseId, ?> r = batch.ports().family(CourseFamily.GRADES).fetch(courses(30));
      assertThat(r.outcomes()).hasSize(30);
      assertThat(r.outcomes().values())
          .allMatch(o -> o.status() == Outcome.Status.ABSENT, "absent");
      // The route is new to the run: one course is probed first, alone; then the 29 others.
      assertThat(recorder.sizes()).allMatch(n -> n <= 7).hasSize(6).startsWith(1);
      assertThat(recorder.sizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
      assertThat(batch.stats().subRequests()).isEqualTo(30);
      assertThat(batch.stats().batchRequests()).isEqualTo(6);
    }
  }

  @Test
  void noBatchBodyIsLargerThanMaxBodyBytes() {
    Recorder recorder = new Recorder();
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().override("/api/batch", recorder.handler(false)).start();
        BatchCourseraAdapter batch =
            Fakes.batch(server).maxBodyBytes(1000).linger(Duration.ofMillis(50)).build()) {
      KeyedResult<CourseId, ?> r = batch.ports().family(CourseFamily.SCHEDULE).fetch(courses(30));
      // sub-responses without status and headers read as 200 JSON
      assertThat(r.outcomes().values())
          .hasSize(30)
          .allMatch(o -> o.status() == Outcome.Status.ABSENT, "absent");
      synchronized (recorder.bodies) {
        assertThat(recorder.bodies).allMatch(b -> b.length <= 1000, "at most 1000 bytes");
        assertThat(recorder.bodies.size()).isGreaterThan(1);
      }
      assertThat(recorder.sizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
    }
  }

  @Test
  void batchesTravelConcurrentlyWithinTheConcurrencyLimit() {
    Learner learner = Learners.synthetic(40, 2);
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(learner).latency(Duration.ofMillis(30)).start();
        BatchCourseraAdapter batch =
            Fakes.batch(server).concurrency(3).maxSubRequests(10).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 6);
      assertThat(e.result().complete()).isTrue();
      // never more than three in flight, and more than one at a time
      assertThat(batch.stats().maxInFlight()).isBetween(2, 3);
      ServerStats stats = server.stats();
      assertThat(stats.maxConcurrent()).isGreaterThan(1);
      assertThat(stats.batchSubRequests()).isGreaterThan(10 * 3);
    }
  }

  @Test
  void pagesAreFollowedWithFollowUpSubRequests() {
    Learner learner = Learners.synthetic(9, 4);
    int members = learner.facts().memberships();
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(learner).pageSize(2).start();
        BatchCourseraAdapter batch = Fakes.batch(server).pageSize(2).build()) {
      Fetched<List<Membership>> m = batch.ports().lists().memberships(learner.facts().userId());
      assertThat(m.outcome().found().orElseThrow()).hasSize(members);
      int pages = (members + 1) / 2;
      ServerStats stats = server.stats();
      // round 1: the first page and the open memberships together; then one page per round
      assertThat(stats.requests(Resources.MEMBERSHIPS)).isEqualTo(pages);
      assertThat(stats.batchRequests()).isEqualTo(pages);
      assertThat(stats.batchSubRequests()).isEqualTo(pages + 1L);
      assertThat(stats.requests()).isEqualTo(stats.batchRequests());
    }
  }

  @Test
  void apiHostRequestsGoOnTheirOwnWhenTheHostsDiffer() {
    Learner learner = Learners.demo();
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(learner).start()) {
      Fakes.Exported together;
      try (BatchCourseraAdapter batch = Fakes.batch(server).build()) {
        together = Fakes.export(batch.ports(), 4);
        // Only the GraphQL gateway's queries go on their own: a batch carries GETs only.
        assertThat(batch.stats().directRequests())
            .isEqualTo(server.stats().requests(Resources.GATEWAY))
            .isPositive();
      }
      server.resetStats();
      try (BatchCourseraAdapter batch = Fakes.batch(server, Fakes.otherOrigin(server)).build()) {
        Fakes.Exported apart = Fakes.export(batch.ports(), 4);
        assertThat(apart.archive().courses()).isEqualTo(together.archive().courses());
        assertThat(apart.archive().learner()).isEqualTo(together.archive().learner());
        BatchStats stats = batch.stats();
        ServerStats server2 = server.stats();
        assertThat(stats.directRequests()).isPositive();
        assertThat(server2.requests())
            .isEqualTo(server2.requests(Resources.BATCH) + stats.directRequests());
        for (var d : apart.archive().documents()) {
          boolean apiHost =
              d.resource().startsWith("catalog.v1/")
                  || d.resource().equals(Resources.V1_ENROLLMENTS)
                  || d.resource().equals(Resources.PROFILES);
          boolean query = d.resource().equals(Resources.GATEWAY);
          assertThat(d.method())
              .as(d.request())
              .isEqualTo(query ? "POST" : apiHost ? "GET" : "BATCH GET");
        }
      }
    }
  }
}
