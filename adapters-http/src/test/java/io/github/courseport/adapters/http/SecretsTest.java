package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.CourseportException;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.KeyedResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cookie and the CSRF token never appear in logs (at debug level), exception messages, stack
 * traces, reasons, documents' requests or {@code toString()}, whatever error path is taken,
 * including a hostile server that echoes them back in its answers.
 */
class SecretsTest {
  private static final String COOKIE = "CAUTH-SECRET-7f3a9c1e5b20d4";
  private static final String CSRF = "CSRF-SECRET-2d8e4b6a0c9f17";
  private static final Credentials SESSION = new Credentials(COOKIE, CSRF);
  private static final Learner DEMO = Learners.demo();
  private static final CourseId SWIFT = new CourseId("GdeNrll1EeSROyIACtiVvg");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<String> texts = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private PrintStream originalErr;

  @BeforeEach
  void captureLogs() {
    originalErr = System.err;
    System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLogs() {
    System.setErr(originalErr);
  }

  @Test
  void noErrorPathShowsTheSecrets() throws Exception {
    // 1. A rejected session.
    try (FakeCourseraServer server = server(b -> b.cauth("another-cookie"));
        HttpCourseraAdapter adapter = adapter(server).build()) {
      collect(catchThrowable(() -> adapter.ports().identity().whoAmI()));
      collect(catchThrowable(() -> grades(adapter)));
      collect(adapter.toString());
      collect(adapter.ports().toString());
    }
    // 2. A session that expires during an export.
    try (FakeCourseraServer server = server(b -> b.expireAfter(6));
        HttpCourseraAdapter adapter = adapter(server).build()) {
      collect(catchThrowable(() -> FaultsTest.export(adapter.ports(), new MemoryArchive())));
    }
    // 3. Every fault, for good.
    for (Fault fault : Fault.values()) {
      try (FakeCourseraServer server =
              server(
                  b ->
                      b.faults(
                          FaultPlan.builder()
                              .probability(fault, 1.0)
                              .slowBody(Duration.ofMillis(400))
                              .build()));
          HttpCourseraAdapter adapter =
              adapter(server)
                  .readTimeout(Duration.ofMillis(150))
                  .connectTimeout(Duration.ofMillis(150))
                  .retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(2))
                  .build()) {
        collect(adapter.ports().identity().whoAmI().outcome(), List.of());
        collect(grades(adapter));
      }
    }
    // 4. Gone endpoints, another user's data, no answer in time.
    try (FakeCourseraServer server =
            server(b -> b.gone(Set.of("onDemandCourseGrades.v1", "memberships.v1")));
        HttpCourseraAdapter adapter = adapter(server).build()) {
      collect(grades(adapter));
      collect(adapter.ports().lists().memberships(new UserId(DEMO.userId())).outcome(), List.of());
      collect(
          adapter
              .ports()
              .family(CourseFamily.DEADLINES)
              .fetch(
                  new FamilyRequest(
                      new UserId(1),
                      List.of(new CourseRef(SWIFT, "swift-programming")),
                      Set.of())));
    }
    try (FakeCourseraServer server = server(b -> b.latency(Duration.ofSeconds(1)));
        HttpCourseraAdapter adapter =
            adapter(server)
                .readTimeout(Duration.ofMillis(100))
                .retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(1))
                .build()) {
      collect(grades(adapter));
    }
    // 5. Nobody listening.
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (HttpCourseraAdapter adapter =
        HttpCourseraAdapter.builder()
            .wwwBase(URI.create("http://127.0.0.1:" + closedPort))
            .apiBase(URI.create("http://127.0.0.1:" + closedPort))
            .credentials(SESSION)
            .rateLimitPerSecond(0)
            .retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(2))
            .build()) {
      collect(grades(adapter));
      collect(adapter.ports().identity().whoAmI().outcome(), List.of());
    }
    // 6. A hostile server that echoes the request's headers in every kind of answer.
    for (int status : new int[] {200, 302, 400, 403, 404, 409, 429, 500, 503}) {
      try (FakeCourseraServer server =
              server(b -> b.override("/api/onDemandCourseGrades.v1", ex -> echo(ex, status)));
          HttpCourseraAdapter adapter =
              adapter(server).retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(2)).build()) {
        collect(grades(adapter));
      }
    }
    try (FakeCourseraServer server =
            server(b -> b.override("/api/onDemandCourseGrades.v1", ex -> echo(ex, 401)));
        HttpCourseraAdapter adapter = adapter(server).build()) {
      collect(catchThrowable(() -> grades(adapter)));
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    // The capture works, and the error paths were taken (so the test can fail).
    assertThat(logs).contains("gave up after").contains("onDemandCourseGrades.v1");
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("401"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("<redacted>"));
    assertThat(texts).hasSizeGreaterThan(40);
    // The hostile server did send the secrets back: the raw documents keep its bytes as they
    // came (byte for byte, by design); everything the adapter wrote itself is clean.
    assertThat(bodies).anySatisfy(b -> assertThat(b).contains(COOKIE).contains(CSRF));
    for (String secret : List.of(COOKIE, CSRF)) {
      assertThat(logs).doesNotContain(secret);
      for (String t : texts) {
        assertThat(t).doesNotContain(secret);
      }
    }
  }

  private static FakeCourseraServer server(Consumer<FakeCourseraServer.Builder> more) {
    FakeCourseraServer.Builder b = FakeCourseraServer.builder().learner(DEMO).cauth(COOKIE);
    more.accept(b);
    return b.start();
  }

  private static HttpCourseraAdapter.Builder adapter(FakeCourseraServer server) {
    return Fakes.adapter(server).credentials(SESSION);
  }

  private static KeyedResult<CourseId, ?> grades(HttpCourseraAdapter adapter) {
    return adapter
        .ports()
        .family(CourseFamily.GRADES)
        .fetch(
            new FamilyRequest(
                new UserId(DEMO.userId()),
                List.of(new CourseRef(SWIFT, "swift-programming")),
                Set.of()));
  }

  private void collect(KeyedResult<?, ?> r) {
    r.outcomes().values().forEach(o -> collect(o, List.of()));
    collect(r.toString());
    r.documents().forEach(d -> collect(d.request() + " " + d));
    r.documents().forEach(d -> bodies.add(new String(d.body(), StandardCharsets.UTF_8)));
  }

  private void collect(Outcome<?> o, List<SourceDocument> documents) {
    collect(o.reason());
    collect(o.toString());
    documents.forEach(d -> collect(d.request() + " " + d));
  }

  private void collect(Throwable t) {
    assertThat(t).isNotNull();
    collect(String.valueOf(t.getMessage()));
    collect(t.toString());
    if (t instanceof CourseportException c) {
      collect(c.userMessage());
    }
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    collect(trace.toString());
  }

  private void collect(String text) {
    texts.add(text);
  }

  /** Answers with the request's Cookie and CSRF headers in the body, a Location and a header. */
  private static void echo(HttpExchange ex, int status) throws IOException {
    String cookie = String.valueOf(ex.getRequestHeaders().getFirst("Cookie"));
    String csrf = String.valueOf(ex.getRequestHeaders().getFirst("x-csrf3-token"));
    String text = cookie + " / " + csrf;
    String body =
        status == 200
            ? "{\"elements\": [{\"id\": \""
                + text
                + "\u0001\", \"passingState\": \""
                + text
                + "\"}]}"
            : "{\"errorCode\": \"" + text + "\", \"message\": \"you sent " + text + "\"}";
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.getResponseHeaders().set("Location", "/login/" + cookie.replace(' ', '_'));
    ex.getResponseHeaders().set("Retry-After", text.replace(' ', '_'));
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int x) throws IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
