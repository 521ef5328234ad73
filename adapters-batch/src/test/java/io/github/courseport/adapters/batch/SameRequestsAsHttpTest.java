package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.domain.SourceDocument;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sub-request is the very request the HTTP adapter sends (same path, parameters, encoding,
 * page size, ids), and each sub-response document holds exactly the bytes of the direct answer: the
 * {@code bodyJson} span cut out of the batch answer, never re-serialized.
 */
class SameRequestsAsHttpTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 12})
  void everySubRequestIsTheHttpRequestAndItsBodyTheSameBytes(int syntheticCourses) {
    Learner learner =
        syntheticCourses == 0 ? Learners.demo() : Learners.synthetic(syntheticCourses, 3);
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(learner).pageSize(4).start()) {
      Map<String, String> direct;
      try (HttpCourseraAdapter http = Fakes.http(server).pageSize(3).build()) {
        direct = bodies(Fakes.export(http.ports(), 4), "GET", "http");
      }
      Map<String, String> batched;
      try (BatchCourseraAdapter batch = Fakes.batch(server).pageSize(3).build()) {
        batched = bodies(Fakes.export(batch.ports(), 4), BatchTransport.SUB_METHOD, "batch");
      }
      assertThat(batched).isNotEmpty();
      assertThat(batched.keySet()).containsExactlyElementsOf(direct.keySet());
      assertThat(batched).isEqualTo(direct);
    }
  }

  /** SHA-256 of each successful answer by request, checking the documents' transport. */
  private static Map<String, String> bodies(
      Fakes.Exported exported, String method, String transport) {
    assertThat(exported.result().complete()).isTrue();
    Map<String, String> out = new TreeMap<>();
    for (SourceDocument d : exported.archive().documents()) {
      assertThat(d.transport()).isEqualTo(transport);
      // The GraphQL gateway's queries are POSTs in both: a batch carries GETs only.
      assertThat(d.method()).isEqualTo(d.resource().equals(Resources.GATEWAY) ? "POST" : method);
      // Data answers: which request probed a route that answers the web app's page (a route the
      // era lacks) depends on timing, and is no data.
      if (d.status() == 200 && d.contentType() != null && d.contentType().contains("json")) {
        String before = out.put(d.request(), d.sha256());
        if (before != null) {
          assertThat(d.sha256()).as("the same request twice").isEqualTo(before);
        }
      }
    }
    return out;
  }
}
