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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive's raw answers read back, and the replay transport that answers from them. */
class RawAnswersAndReplayTest {
  @TempDir Path bag;

  private static final String COURSES = "/api/courses.v1?ids=A&fields=name";
  private static final String BODY = "{\"elements\":[{\"id\":\"A\",\"name\":\"Course A\"}]}";

  private static String line(int n, String file, String resource, String request, String body) {
    return "{\"n\":"
        + n
        + ",\"file\":\""
        + file
        + "\",\"resource\":\""
        + resource
        + "\",\"method\":\"GET\",\"request\":\""
        + request
        + "\",\"status\":200,\"fetchedAt\":\"2026-01-01T00:00:00Z\",\"transport\":\"http\","
        + "\"contentType\":\"application/json\",\"bytes\":"
        + body.length()
        + ",\"sha256\":\""
        + SourceDocument.sha256Hex(body.getBytes(StandardCharsets.UTF_8))
        + "\"}\n";
  }

  @BeforeEach
  void writeRawAnswers() throws IOException {
    Path raw = Files.createDirectories(bag.resolve("data/raw"));
    Files.writeString(raw.resolve("000001.json"), BODY);
    Files.writeString(raw.resolve("000002.json"), "{\"elements\":[]} (edited)");
    Files.writeString(
        raw.resolve("index.jsonl"),
        line(1, "data/raw/000001.json", "courses.v1", COURSES, BODY)
            + line(
                2,
                "data/raw/000002.json",
                "partners.v1",
                "/api/partners.v1?ids=1",
                "{\"elements\":[]}")
            + line(3, "data/raw/000003.json", "sessions.v1", "/api/sessions.v1?ids=2", "{}")
            + line(4, "../outside.json", "x.v1", "/api/x.v1", "{}")
            + "not json at all\n");
  }

  @Test
  void answersAreFoundByResourceAndRequestLineAndCheckedAgainstTheirSha256() throws IOException {
    try (BagReader reader = BagReader.open(bag)) {
      RawAnswers answers = RawAnswers.read(reader);
      assertThat(answers.size()).isEqualTo(3);
      assertThat(answers.answers("courses.v1", COURSES))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(new String(d.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
                assertThat(d.transport()).isEqualTo("http");
              });
      assertThat(answers.answers("courses.v1", "/api/courses.v1?ids=B")).isEmpty();
      assertThat(answers.answers("partners.v1", "/api/partners.v1?ids=1")).isEmpty();
      assertThat(answers.answers("sessions.v1", "/api/sessions.v1?ids=2")).isEmpty();
      assertThat(answers.lists("partners.v1", "/api/partners.v1?ids=1")).isTrue();
      assertThat(answers.skipped())
          .containsExactlyInAnyOrder(
              "raw index line 4 names no raw file of this archive",
              "raw index line 5 cannot be read",
              "data/raw/000002.json (partners.v1 /api/partners.v1?ids=1) does not match its"
                  + " SHA-256 in the raw index",
              "data/raw/000003.json (sessions.v1 /api/sessions.v1?ids=2) is missing");
      assertThat(answers.named("old").answers("courses.v1", COURSES)).hasSize(1);
    }
  }

  @Test
  void theReplayAnswersFromTheArchiveAndRefusesWhatItDoesNotHold() throws IOException {
    try (BagReader reader = BagReader.open(bag)) {
      ReplayExchange replay = new ReplayExchange(RawAnswers.read(reader), "old-archive");
      Reply found =
          replay.answer(new ApiRequest("courses.v1", Expect.COLLECTION, Host.API, COURSES));
      assertThat(found.verdict()).isInstanceOf(Verdict.Data.class);
      assertThat(found.documents()).hasSize(1);
      Reply none =
          replay.answer(
              new ApiRequest("courses.v1", Expect.COLLECTION, Host.API, "/api/courses.v1?ids=Z"));
      assertThat(none.verdict())
          .isEqualTo(
              new Verdict.Refused(
                  "not in the archive: old-archive holds no answer to GET /api/courses.v1?ids=Z"));
      Reply damaged =
          replay.answer(
              new ApiRequest("partners.v1", Expect.COLLECTION, Host.API, "/api/partners.v1?ids=1"));
      assertThat(damaged.verdict().reason())
          .isEqualTo(
              "not in the archive: the answer of old-archive to GET /api/partners.v1?ids=1 is"
                  + " missing or damaged");
      assertThat(damaged.verdict().retryable()).isFalse();
      assertThat(replay.requests()).isEqualTo(3);
      assertThat(replay.missing())
          .containsExactly(
              "courses.v1 /api/courses.v1?ids=Z", "partners.v1 /api/partners.v1?ids=1");
    }
  }
}
