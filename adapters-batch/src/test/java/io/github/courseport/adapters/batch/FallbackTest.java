package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.error.UnavailableException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A batch endpoint that is not there (404, 405, an HTML page, an answer that is no batch answer) is
 * reported once and the rest of the run sends each request on its own (the plain HTTP exchange),
 * with the records of a plain HTTP export; strict mode fails instead.
 */
class FallbackTest {
  private static final Learner LEARNER = Learners.synthetic(12, 9);
  private static Fakes.Exported plainHttp;

  @BeforeAll
  static void plainHttpExport() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(LEARNER).start();
        HttpCourseraAdapter http = Fakes.http(server).build()) {
      plainHttp = Fakes.export(http.ports(), 4);
    }
    assertThat(plainHttp.result().complete()).isTrue();
  }

  static Stream<Arguments> goneEndpoints() {
    return Stream.of(
        Arguments.of("404", null, 0, null),
        Arguments.of(
            "405",
            answer(405, "application/json", "{\"msg\":\"Routing error: POST\"}"),
            405,
            "405"),
        Arguments.of(
            "HTML 200", answer(200, "text/html", "<!DOCTYPE html><html></html>"), 200, "HTML"),
        Arguments.of("not a batch answer", answer(200, "application/json", "[1,2]"), 200, "not"));
  }

  private static HttpHandler answer(int status, String type, String body) {
    return ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, b.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    };
  }

  private static FakeCourseraServer goneServer(@org.jspecify.annotations.Nullable HttpHandler h) {
    FakeCourseraServer.Builder b = FakeCourseraServer.builder().learner(LEARNER);
    if (h == null) {
      b.gone(Set.of(Resources.BATCH));
    } else {
      b.override("/api/batch", h);
    }
    return b.start();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goneEndpoints")
  void aGoneEndpointIsReportedOnceAndTheHttpAdapterServesTheRest(
      String name,
      @org.jspecify.annotations.Nullable HttpHandler handler,
      int status,
      @org.jspecify.annotations.Nullable String reason) {
    try (FakeCourseraServer server = goneServer(handler);
        BatchCourseraAdapter batch = Fakes.batch(server).build()) {
      Fakes.Exported e = Fakes.export(batch.ports(), 4);

      assertThat(e.result().complete()).as("gaps: %s", e.result().report().gaps()).isTrue();
      assertThat(e.archive().courses()).isEqualTo(plainHttp.archive().courses());
      assertThat(e.archive().learner()).isEqualTo(plainHttp.archive().learner());
      assertThat(e.archive().duplicates()).isZero();

      // the batch endpoint was asked once (by the first port call), then never again. An HTML
      // page is the exception: a CDN or maintenance page may be gone on the next try, and giving
      // up the batch endpoint on its first sight would cost a long export some 25 times its
      // requests, so the POST is tried like any request answering HTML (the policy's HTML
      // attempts) before the fallback.
      long posts = name.equals("HTML 200") ? RetryPolicy.HTML_ATTEMPTS : 1;
      long batchRequests =
          handler == null
              ? server.stats().requests(Resources.BATCH)
              : server.stats().requests("override");
      assertThat(batchRequests).isEqualTo(posts);
      BatchStats stats = batch.stats();
      assertThat(stats.unavailable()).isNotNull();
      if (reason != null) {
        assertThat(stats.unavailable()).contains(reason);
      }
      assertThat(stats.batchRequests()).isEqualTo(posts);
      assertThat(stats.fallbacks()).isGreaterThan(10);
      assertThat(batch.unavailable()).isPresent();

      // the failed batch answer is in the archive, where the first port call left it
      SourceDocument gone =
          e.archive().documents().stream()
              .filter(d -> d.transport().equals("batch"))
              .findFirst()
              .orElseThrow();
      assertThat(gone.method()).isEqualTo("POST");
      assertThat(gone.status()).isEqualTo(handler == null ? 404 : status);
      assertThat(e.archive().documents().stream().filter(d -> d.transport().equals("batch")))
          .hasSize((int) posts);

      // the report says which transport served each family
      CompletenessReport report = Objects.requireNonNull(e.archive().report());
      assertThat(report.families().get("grades").transports()).containsExactly("http");
      assertThat(report.families().get("courses").transports()).containsExactly("http");
    }
  }

  @Test
  void strictModeFailsInsteadOfFallingBack() {
    try (FakeCourseraServer server = goneServer(null);
        BatchCourseraAdapter batch = Fakes.batch(server).strict(true).build()) {
      assertThatThrownBy(() -> Fakes.export(batch.ports(), 4))
          .isInstanceOfSatisfying(
              UnavailableException.class,
              e -> {
                assertThat(e.userMessage())
                    .contains("POST /api/batch")
                    .contains("HTTP 404")
                    .contains("Strict mode");
                assertThat(e.retryable()).isFalse();
              });
      assertThat(server.stats().requests()).isEqualTo(1);
      assertThat(batch.stats().fallbacks()).isZero();
      // later calls fail at once, without asking again
      assertThatThrownBy(() -> batch.ports().identity().whoAmI())
          .isInstanceOf(UnavailableException.class);
      assertThat(server.stats().requests()).isEqualTo(1);
    }
  }
}
