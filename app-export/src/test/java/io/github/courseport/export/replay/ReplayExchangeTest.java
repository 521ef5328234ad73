package io.github.courseport.export.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.exchange.WriteRefusedException;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RecordedAnswers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay transport on its own, over recorded answers held in memory (no archive, no CLI). */
class ReplayExchangeTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
  private static final String COURSES = "/api/courses.v1?ids=A";
  private static final String PARTNERS = "/api/partners.v1?ids=1";
  private static final String SESSIONS = "/api/sessions.v1?ids=2";
  private static final String BODY = "{\"elements\":[{\"id\":\"A\"}]}";

  private static SourceDocument doc(String resource, String request, int status, String body) {
    return SourceDocument.ofText(resource, request, status, AT, "http", body);
  }

  /** Answers as a plug-in's replay gets them: by resource and request line, in arrival order. */
  private static RecordedAnswers recorded(Map<String, List<SourceDocument>> byRequest) {
    return new RecordedAnswers() {
      @Override
      public List<SourceDocument> answers(String resource, String request) {
        return byRequest.getOrDefault(resource + " " + request, List.of());
      }

      @Override
      public String archiveName() {
        return "old.zip";
      }
    };
  }

  private static ApiRequest get(String resource, String url) {
    return new ApiRequest(resource, Expect.COLLECTION, Host.API, url);
  }

  @Test
  void retriedAnswersComeBackTogetherAndTheLastOneDecides() {
    ReplayExchange replay =
        new ReplayExchange(
            recorded(
                Map.of(
                    "courses.v1 " + COURSES,
                    List.of(
                        doc("courses.v1", COURSES, 503, "busy"),
                        doc("courses.v1", COURSES, 200, BODY)))));
    Reply r = replay.answer(get("courses.v1", COURSES));
    assertThat(r.verdict()).isInstanceOf(Verdict.Data.class);
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(r.documents()).extracting(SourceDocument::status).containsExactly(503, 200);
    assertThat(r.last()).isNotNull().extracting(SourceDocument::status).isEqualTo(200);
    assertThat(replay.missing()).isEmpty();
    assertThat(replay.name()).isEqualTo(ReplayExchange.NAME);
  }

  @Test
  void anAnswerThatNeverArrivedStaysTransientAndAGoneOneIsNotRetried() {
    ReplayExchange replay =
        new ReplayExchange(
            recorded(
                Map.of(
                    "partners.v1 " + PARTNERS,
                    List.of(doc("partners.v1", PARTNERS, 0, "")),
                    "sessions.v1 " + SESSIONS,
                    List.of(doc("sessions.v1", SESSIONS, 404, "{\"errorCode\":\"Not Found\"}")))));
    Reply never = replay.answer(get("partners.v1", PARTNERS));
    assertThat(never.verdict()).isInstanceOf(Verdict.Transient.class);
    assertThat(never.verdict().reason())
        .isEqualTo("no answer arrived when the archive was exported (recorded in old.zip)");
    Reply gone = replay.answer(get("sessions.v1", SESSIONS));
    assertThat(gone.verdict()).isNotInstanceOf(Verdict.Data.class);
    assertThat(gone.verdict().retryable()).isFalse();
    assertThat(gone.documents()).hasSize(1);
  }

  @Test
  void whatThePlugInsAnswersLackIsRefusedByNameInTheOrderAsked() {
    ReplayExchange replay = new ReplayExchange(recorded(Map.of()));
    List<Reply> replies =
        replay.send(this, List.of(get("courses.v1", COURSES), get("partners.v1", PARTNERS)));
    assertThat(replies)
        .extracting(r -> r.verdict())
        .containsExactly(
            new Verdict.Refused("not in the archive: old.zip holds no answer to GET " + COURSES),
            new Verdict.Refused("not in the archive: old.zip holds no answer to GET " + PARTNERS));
    assertThat(replies).allSatisfy(r -> assertThat(r.documents()).isEmpty());
    assertThat(replay.requests()).isEqualTo(2);
    assertThat(replay.missing())
        .containsExactly("courses.v1 " + COURSES, "partners.v1 " + PARTNERS);
  }

  @Test
  void aRequestThatCouldWriteIsRefusedBeforeAnyOfItsRoundIsAnswered() {
    ReplayExchange replay = new ReplayExchange(recorded(Map.of()));
    ApiRequest write =
        ApiRequest.post("x.v1", Expect.COLLECTION, Host.WWW, "/api/x.v1?action=delete", "{}");
    assertThatThrownBy(() -> replay.send(this, List.of(get("courses.v1", COURSES), write)))
        .isInstanceOf(WriteRefusedException.class);
    assertThat(replay.requests()).isZero();
    assertThat(replay.redact("CAUTH=abc")).isEqualTo("CAUTH=abc");
  }
}
