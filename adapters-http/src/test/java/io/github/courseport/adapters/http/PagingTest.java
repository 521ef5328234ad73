package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.Fetched;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor paging over real HTTP: every page followed, the count checked against the total. */
class PagingTest {
  private static final Learner MANY = Learners.synthetic(45, 21);

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void everyPageIsFollowed(int pageSize) {
    int expected = MANY.facts().memberships();
    assertThat(expected).isGreaterThan(30);
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(MANY).pageSize(pageSize).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).pageSize(pageSize).build()) {
      Fetched<List<Membership>> m = adapter.ports().lists().memberships(new UserId(MANY.userId()));
      List<Membership> all = m.outcome().found().orElseThrow();
      assertThat(all).hasSize(expected);
      assertThat(all.stream().map(Membership::courseId).distinct()).hasSize(expected);
      int pages = (expected + pageSize - 1) / pageSize;
      assertThat(server.stats().requests("memberships.v1")).isEqualTo(pages);
      // The list rests on every page.
      assertThat(m.outcome().sources()).hasSizeGreaterThanOrEqualTo(pages);
    }
  }

  @Test
  void theServerPageCapIsFollowedEvenWhenALargerLimitIsAsked() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(MANY).pageSize(7).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).pageSize(100).build()) {
      assertThat(adapter.ports().lists().memberships(new UserId(MANY.userId())).outcome().found())
          .get()
          .satisfies(l -> assertThat(l).hasSize(MANY.facts().memberships()));
    }
  }

  @Test
  void aTotalThatTheElementsDoNotReachIsAFailure() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(Learners.demo())
                .override(
                    "/api/courseLists.v1",
                    ex ->
                        answer(
                            ex,
                            "{\"elements\": [{\"id\": \"a\", \"courseIds\": []}, {\"id\": \"b\","
                                + " \"courseIds\": []}], \"paging\": {\"total\": 5}}"))
                .start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      Fetched<List<CourseList>> lists =
          adapter.ports().lists().courseLists(new UserId(Learners.demo().userId()));
      Outcome<List<CourseList>> o = lists.outcome();
      assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
      assertThat(o.reason()).contains("courseLists.v1").contains("5 elements but 2 arrived");
      assertThat(o.sources()).hasSize(1);
      assertThat(lists.documents()).hasSize(1);
    }
  }

  static void answer(HttpExchange ex, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }
}
