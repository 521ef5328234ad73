package io.github.courseport.adapters.http.naptime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of what each answer means. */
class VerdictTest {
  private static final String JSON = "application/json";
  private static final String ERROR =
      "{\"errorCode\":\"NotFound\",\"message\":\"no\",\"details\":null}";

  private static Verdict classify(int status, @Nullable String type, String body, Expect expect) {
    return Verdict.classify(
        status, type, body.getBytes(StandardCharsets.UTF_8), expect, null, null);
  }

  @Test
  void jsonIsData() {
    assertThat(classify(200, JSON, "{\"elements\":[]}", Expect.COLLECTION))
        .isInstanceOf(Verdict.Data.class);
    assertThat(classify(200, null, "{\"elements\":[]}", Expect.COLLECTION))
        .isInstanceOf(Verdict.Data.class);
  }

  @Test
  void htmlWithStatus200IsTransientAndMarkedAsNotJson() {
    Verdict v =
        classify(
            200, "text/html; charset=utf-8", "<!DOCTYPE html><html></html>", Expect.COLLECTION);
    // A CDN or maintenance page may be gone on the next try: retried, within its own limit.
    assertThat(v)
        .isInstanceOfSatisfying(Verdict.Transient.class, t -> assertThat(t.notJson()).isTrue());
    assertThat(v.retryable()).isTrue();
    assertThat(v.reason()).contains("HTML");
    // Even when it claims to be JSON.
    assertThat(classify(200, JSON, "<html>", Expect.COLLECTION))
        .isInstanceOfSatisfying(Verdict.Transient.class, t -> assertThat(t.notJson()).isTrue());
  }

  @Test
  void otherTextIsNotJsonButBrokenJsonIsAPlainTransient() {
    assertThat(classify(200, "text/plain", "hello", Expect.COLLECTION))
        .isInstanceOfSatisfying(Verdict.Transient.class, t -> assertThat(t.notJson()).isTrue());
    Verdict truncated = classify(200, JSON, "{\"elements\":[{\"id\"", Expect.COLLECTION);
    assertThat(truncated)
        .isInstanceOfSatisfying(Verdict.Transient.class, t -> assertThat(t.notJson()).isFalse());
    assertThat(truncated.retryable()).isTrue();
    assertThat(classify(200, JSON, "", Expect.COLLECTION)).isInstanceOf(Verdict.Transient.class);
  }

  @ParameterizedTest
  @CsvSource({
    "401, Unauthenticated",
    "403, Denied",
    "405, Gone",
    "410, Gone",
    "501, Gone",
    "408, Transient",
    "429, Transient",
    "500, Transient",
    "502, Transient",
    "503, Transient",
    "504, Transient",
    "409, Refused",
    "412, Refused",
    "400, Refused",
    "302, Gone"
  })
  void statuses(int status, String kind) {
    Verdict v = classify(status, JSON, ERROR, Expect.COLLECTION);
    assertThat(v.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(v.reason()).startsWith("HTTP " + status);
  }

  @Test
  void a404MeansAbsentOnlyForOneElementWithANaptimeError() {
    assertThat(classify(404, JSON, ERROR, Expect.ELEMENT)).isInstanceOf(Verdict.Missing.class);
    assertThat(classify(404, JSON, ERROR, Expect.COLLECTION))
        .isInstanceOfSatisfying(Verdict.Gone.class, g -> assertThat(g.status()).isEqualTo(404));
    assertThat(classify(405, JSON, ERROR, Expect.COLLECTION))
        .isInstanceOfSatisfying(Verdict.Gone.class, g -> assertThat(g.status()).isEqualTo(405));
    assertThat(classify(404, "text/html", "<html>Not found</html>", Expect.ELEMENT))
        .isInstanceOf(Verdict.Gone.class);
    assertThat(classify(404, JSON, "{\"msg\":\"Routing error: no\"}", Expect.ELEMENT))
        .isInstanceOf(Verdict.Gone.class);
  }

  @Test
  void aRoutingErrorIsAGoneRoute() {
    assertThat(classify(400, JSON, "{\"msg\":\"Routing error: no finder\"}", Expect.COLLECTION))
        .isInstanceOf(Verdict.Gone.class);
  }

  @Test
  void retryAfterIsReadAsSecondsOrDate() {
    Verdict v =
        Verdict.classify(
            429, JSON, ERROR.getBytes(StandardCharsets.UTF_8), Expect.COLLECTION, "7", null);
    assertThat(((Verdict.Transient) v).retryAfter()).isEqualTo(Duration.ofSeconds(7));
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(Verdict.parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(Verdict.parseRetryAfter("Wed, 31 Dec 2025 00:00:30 GMT", now))
        .isEqualTo(Duration.ZERO);
    assertThat(Verdict.parseRetryAfter("-5", now)).isEqualTo(Duration.ZERO);
    assertThat(Verdict.parseRetryAfter("soon", now)).isNull();
    assertThat(Verdict.parseRetryAfter(null, now)).isNull();
  }

  @Test
  void redirectsNameTheirTargetWithoutItsQuery() {
    Verdict v =
        Verdict.classify(
            302,
            "text/html",
            new byte[0],
            Expect.COLLECTION,
            null,
            "https://www.coursera.org/login?token=abc");
    assertThat(v).isInstanceOf(Verdict.Gone.class);
    assertThat(v.reason()).contains("/login").doesNotContain("token");
  }
}
