package io.github.courseport.export.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.archive.BagReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live export asks a gone route once and no more; which course's request found out depends on the
 * order it asked in, so a replay that asks in another order answers the requests the archive holds
 * no answer to as the route answered: gone, citing the stored answer. A 404 that only said one
 * element is absent says nothing about the others.
 */
class ReplayGoneRouteTest {
  @TempDir Path bag;

  private static final String GONE_BODY = "{\"msg\":\"Routing error: no resource viewGrades.v1\"}";
  private static final String MISSING_BODY = "{\"message\":\"\",\"statusCode\":404}";

  private static String line(int n, String resource, String request, String body) {
    return line(n, resource, request, body, 404, "application/json");
  }

  private static String line(
      int n, String resource, String request, String body, int status, String contentType) {
    return "{\"n\":"
        + n
        + ",\"file\":\"data/raw/00000"
        + n
        + ".json\",\"resource\":\""
        + resource
        + "\",\"method\":\"GET\",\"request\":\""
        + request
        + "\",\"status\":"
        + status
        + ",\"fetchedAt\":\"2026-01-01T00:00:00Z\",\"transport\":\"http\","
        + "\"contentType\":\""
        + contentType
        + "\",\"bytes\":"
        + body.length()
        + ",\"sha256\":\""
        + SourceDocument.sha256Hex(body.getBytes(StandardCharsets.UTF_8))
        + "\"}\n";
  }

  private void write() throws IOException {
    Path raw = Files.createDirectories(bag.resolve("data/raw"));
    Files.writeString(raw.resolve("000001.json"), GONE_BODY);
    Files.writeString(raw.resolve("000002.json"), MISSING_BODY);
    Files.writeString(
        raw.resolve("index.jsonl"),
        line(1, "viewGrades.v1", "/api/viewGrades.v1/1~A", GONE_BODY)
            + line(2, "certificates.v1", "/api/certificates.v1/1~A", MISSING_BODY));
  }

  @Test
  void anUnrecordedRequestOfAGoneRouteIsAnsweredGoneWithTheStoredAnswer() throws IOException {
    write();
    try (BagReader reader = BagReader.open(bag)) {
      RawAnswers answers = RawAnswers.read(reader);
      assertThat(answers.answersWithStatus("viewGrades.v1", Set.of(404))).hasSize(1);
      assertThat(answers.answersWithStatus("viewGrades.v1", Set.of(405))).isEmpty();
      ReplayExchange replay = new ReplayExchange(answers, "old");

      Reply other =
          replay.answer(
              new ApiRequest("viewGrades.v1", Expect.ELEMENT, Host.API, "/api/viewGrades.v1/1~B"));
      assertThat(other.verdict()).isInstanceOf(Verdict.Gone.class);
      assertThat(other.last()).isNotNull();
      assertThat(other.last().request()).isEqualTo("/api/viewGrades.v1/1~A");
      assertThat(new String(other.last().body(), StandardCharsets.UTF_8)).isEqualTo(GONE_BODY);

      Reply absent =
          replay.answer(
              new ApiRequest(
                  "certificates.v1", Expect.ELEMENT, Host.API, "/api/certificates.v1/1~B"));
      assertThat(absent.verdict())
          .isEqualTo(
              new Verdict.Refused(
                  "not in the archive: old holds no answer to GET /api/certificates.v1/1~B"));
      assertThat(replay.missing()).containsExactly("certificates.v1 /api/certificates.v1/1~B");
    }
  }

  @Test
  void aRouteThatAnsweredAPageToTheEndIsAnsweredSoAndOneThatRecoveredIsNot() throws IOException {
    Path raw = Files.createDirectories(bag.resolve("data/raw"));
    String page = "<html><body>Coursera</body></html>";
    String data = "{\"elements\":[]}";
    Files.writeString(raw.resolve("000001.json"), page);
    Files.writeString(raw.resolve("000002.json"), page);
    Files.writeString(raw.resolve("000003.json"), data);
    Files.writeString(
        raw.resolve("index.jsonl"),
        line(1, "viewGrades.v1", "/api/viewGrades.v1/1~A", page, 200, "text/html")
            + line(2, "events.v1", "/api/events.v1?q=c&courseId=A", page, 200, "text/html")
            + line(3, "events.v1", "/api/events.v1?q=c&courseId=A", data, 200, "application/json"));
    try (BagReader reader = BagReader.open(bag)) {
      ReplayExchange replay = new ReplayExchange(RawAnswers.read(reader), "old");
      Reply gone =
          replay.answer(
              new ApiRequest("viewGrades.v1", Expect.ELEMENT, Host.API, "/api/viewGrades.v1/1~B"));
      assertThat(gone.verdict())
          .isInstanceOfSatisfying(Verdict.Transient.class, t -> assertThat(t.notJson()).isTrue());
      assertThat(gone.last()).isNotNull();
      assertThat(gone.last().request()).isEqualTo("/api/viewGrades.v1/1~A");
      // the page of events.v1 was followed by data on its retry: the route answers
      Reply recovered =
          replay.answer(
              new ApiRequest(
                  "events.v1", Expect.COLLECTION, Host.API, "/api/events.v1?q=c&courseId=B"));
      assertThat(recovered.verdict()).isInstanceOf(Verdict.Refused.class);
    }
  }

  @Test
  void aResourceTheArchiveNeverAskedIsGoneNotMissing() throws IOException {
    write();
    try (BagReader reader = BagReader.open(bag)) {
      RawAnswers answers = RawAnswers.read(reader);
      assertThat(answers.holdsResource("certificates.v1")).isTrue();
      assertThat(answers.holdsResource("materials.v2")).isFalse();
      ReplayExchange replay = new ReplayExchange(answers, "old");
      Reply never =
          replay.answer(
              new ApiRequest("materials.v2", Expect.COLLECTION, Host.API, "/api/materials.v2?q=x"));
      assertThat(never.verdict())
          .isEqualTo(
              new Verdict.Gone(
                  "not in the archive: old holds no answer of materials.v2 at all (the Courseport"
                      + " that wrote it did not ask it)",
                  404));
      assertThat(never.documents()).isEmpty();
      assertThat(replay.missing()).isEmpty();
    }
  }
}
