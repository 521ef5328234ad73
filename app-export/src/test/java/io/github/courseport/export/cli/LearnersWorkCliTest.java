package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.WriteRefusedException;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagReader;
import io.github.courseport.export.replay.RawAnswers;
import io.github.courseport.export.replay.ReplayExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The learner's own work through the real command, HTTP on loopback against the fake: the demo
 * learner's archive holds attempts, a peer submission with its reviews, a discussion answer, notes
 * and a certificate, over http and batch alike, and verifies; {@code --no-work} leaves it out and
 * says so; {@code rebuild} derives it again from the raw answers, also where an earlier Courseport
 * could not read them.
 */
class LearnersWorkCliTest {
  private static final String COOKIE = "CAUTH-learners-work-SECRET";
  private static final String A = "s5sEkwAHEeW9ISIACxWDhA";
  private static final String B = "GdeNrll1EeSROyIACtiVvg";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private record Run(Cli cli, Path out, Map<String, Long> requests, long writes) {}

  private Run export(Era era, String source, String... more) {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(Learners.demo()).era(era).cauth(COOKIE).start()) {
      Path out = tmp.resolve(era + "-" + source + "-" + more.length);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "export",
                  "--base-url",
                  s.baseUri().toString(),
                  "--api-base-url",
                  s.baseUri().toString(),
                  "--source",
                  source,
                  "--retry-backoff",
                  "1",
                  "--out",
                  out.toString()));
      args.addAll(List.of(more));
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args.toArray(String[]::new));
      Cli verify = Cli.run("verify", out.toString());
      assertThat(verify.code).as(verify.toString()).isZero();
      return new Run(r, out, s.stats().perResource(), s.stats().writesRefused());
    }
  }

  private static JsonNode families(Path out, String course) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("data/record/courses"))) {
      Path f = files.filter(p -> p.getFileName().toString().startsWith(course)).findFirst().get();
      return JSON.readTree(f.toFile()).at("/course/families");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "batch"})
  void theDemoArchiveHoldsTheLearnersWork(String source) throws IOException {
    Run run = export(Era.TODAY, source);
    Run other = export(Era.TODAY, source.equals("http") ? "batch" : "http");
    JsonNode a = families(run.out(), A);
    JsonNode b = families(run.out(), B);
    // Attempts at the exams, item by item (the outline names the items).
    JsonNode attempts = a.at("/attempts/value/items");
    assertThat(a.at("/attempts/status").asText()).isEqualTo("found");
    assertThat(attempts.findValuesAsText("itemId")).containsExactly("Nq1Qz", "Fr2dd", "Wo3cc");
    assertThat(attempts.at("/0/submissions")).hasSize(2);
    assertThat(attempts.at("/1/latePenaltyRatio").asDouble()).isEqualTo(0.1);
    // The peer submission with its markup and its very long part, and the three reviews.
    JsonNode submission = a.at("/peerWork/value/items/0/submissions/0");
    assertThat(submission.at("/parts/0/text").asText()).contains("<script>");
    assertThat(submission.at("/parts/1/text").asText().length()).isGreaterThan(30_000);
    assertThat(submission.at("/reviews").findValuesAsText("reviewerName"))
        .containsExactly("Amelia Hart", "Lucía Fernández", "佐藤 花子");
    assertThat(submission.at("/reviews/2/parts/1/text").asText()).contains("デュシャン");
    // The learner's answer to the discussion prompt, not the others'.
    JsonNode prompt = a.at("/discussionAnswers/value/prompts/0");
    assertThat(prompt.path("itemId").asText()).isEqualTo("Fr2cc");
    assertThat(prompt.path("answers")).hasSize(1);
    assertThat(prompt.at("/answers/0/text").asText()).contains("missed an exam");
    assertThat(prompt.path("answersRead").asInt()).isEqualTo(4);
    // Notes of two modules, the locked programming assignment as locked.
    assertThat(a.at("/learnerNotes/value/notes")).hasSize(3);
    assertThat(a.at("/programmingWork/value/items/0/locked").asText()).contains("Item is locked");
    // The certificate of the passed course, with its public verification page.
    assertThat(b.at("/certificate/value/verificationUrl").asText())
        .isEqualTo("https://www.coursera.org/account/accomplishments/verify/7XK3Q9PLM2AB");
    assertThat(a.at("/certificate/status").asText()).isEqualTo("absent");
    // No work family is a gap; the same answers give the same record over both transports.
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      assertThat(a.at("/" + f.name() + "/status").asText()).isIn("found", "absent");
      assertThat(b.at("/" + f.name() + "/status").asText()).isIn("found", "absent");
    }
    assertThat(families(other.out(), A)).isEqualTo(a);
    assertThat(families(other.out(), B)).isEqualTo(b);
    // The gateway was asked once per quiz or exam, and never through a batch.
    assertThat(run.requests().get(Resources.GATEWAY)).isEqualTo(5);
    List<String> gatewayMethods = new ArrayList<>();
    for (String line : Files.readAllLines(run.out().resolve("data/raw/index.jsonl"))) {
      JsonNode entry = JSON.readTree(line);
      if (entry.path("resource").asText().equals(Resources.GATEWAY)) {
        gatewayMethods.add(entry.path("method").asText());
        assertThat(entry.path("request").asText())
            .startsWith("/graphql-gateway?opname=QueryState {\"operationName\":\"QueryState\"")
            .doesNotContain(COOKIE);
      }
    }
    assertThat(gatewayMethods).hasSize(5).containsOnly("POST");
    assertThat(run.writes()).isZero();
  }

  @Test
  void withNoWorkTheWorkIsNotAskedAndTheRecordSaysSo() throws IOException {
    Run run = export(Era.Y2015, "http", "--no-work");
    assertThat(run.cli().code).as(run.cli().toString()).isZero();
    JsonNode report =
        JSON.readTree(run.out().resolve("data/record/completeness.json").toFile()).path("report");
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      assertThat(report.at("/notAsked/" + f.name()).asText())
          .contains("not asked, on request")
          .contains("--no-work");
      assertThat(report.path("families").has(f.name())).isFalse();
      assertThat(families(run.out(), A).has(f.name())).isFalse();
    }
    assertThat(families(run.out(), A).has("outline")).isTrue();
    for (String resource :
        List.of(
            Resources.GATEWAY,
            Resources.PEER_SUBMISSIONS,
            Resources.PROGRAMMING,
            Resources.DISCUSSION_PROMPTS,
            Resources.USER_NOTES,
            Resources.VC_MEMBERSHIPS)) {
      assertThat(run.requests()).doesNotContainKey(resource);
    }
    // A rebuild leaves it out too (it was never asked, so the archive has no answer to it).
    Path rebuilt = tmp.resolve("no-work-rebuilt");
    Cli r = Cli.run("rebuild", run.out().toString(), "--out", rebuilt.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(rebuilt.resolve("data/record/completeness.json")))
        .isEqualTo(Files.readAllBytes(run.out().resolve("data/record/completeness.json")));
  }

  @Test
  void forumsAndNoWorkExcludeEachOther() {
    Cli r =
        Cli.run("export", "--demo", "--no-work", "--forums", "--out", tmp.resolve("x").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("--forums").contains("--no-work");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  /**
   * An archive written by an earlier Courseport that could not read the gateway's answers: its
   * record has the attempts as a gap citing the raw answers, which it kept byte for byte. This
   * Courseport's rebuild reads the same raw answers through its mapping, and the attempts are
   * there; the archive never left the disk.
   */
  @Test
  void aRebuildPicksUpWhatAnEarlierCourseportCouldNotRead() throws IOException {
    Path old = tmp.resolve("earlier");
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(Learners.demo()).cauth(COOKIE).start();
        HttpCourseraAdapter adapter =
            HttpCourseraAdapter.builder()
                .wwwBase(server.baseUri())
                .apiBase(server.baseUri())
                .credentials(new Credentials(COOKIE, null))
                .rateLimitPerSecond(0)
                .build()) {
      SourcePorts current = adapter.ports();
      // The earlier version: the same requests and raw answers, but a mapping that did not know
      // the shape of QueryState, so every course with attempts got a named failure citing them.
      CourseFamilyPort<AssessmentAttempts> attempts = current.family(CourseFamily.ATTEMPTS);
      Map<CourseFamily<?>, CourseFamilyPort<?>> families = new HashMap<>(current.families());
      families.put(
          CourseFamily.ATTEMPTS,
          CourseFamilyPort.of(
              CourseFamily.ATTEMPTS,
              request -> {
                KeyedResult<CourseId, AssessmentAttempts> r = attempts.fetch(request);
                Map<CourseId, Outcome<AssessmentAttempts>> earlier = new TreeMap<>();
                r.outcomes()
                    .forEach(
                        (id, o) ->
                            earlier.put(
                                id,
                                o.status() == Outcome.Status.FOUND
                                    ? Outcome.failed(
                                        "graphql-gateway: this version cannot read QueryState's"
                                            + " answer",
                                        o.sources().toArray(SourceRef[]::new))
                                    : o));
                return new KeyedResult<>(earlier, r.documents(), r.transport());
              }));
      SourcePorts earlier =
          new SourcePorts(
              current.name(),
              current.identity(),
              current.lists(),
              current.catalog(),
              families,
              current.keysPerCall(),
              current.callsInFlight(0));
      ExecutorService pool = Executors.newCachedThreadPool();
      try (BagArchive bag =
          BagArchive.open(
              old, BagArchive.Format.DIR, false, Clock.systemUTC(), "0.0.1-earlier", s -> s)) {
        ServiceLoader.load(RecordRenderer.class).forEach(bag::renderer);
        new ExportLearningRecord(earlier, bag, pool, 4, ExportListener.NONE).run();
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(Cli.run("verify", old.toString()).code).isZero();
    JsonNode gap = families(old, A).path("attempts");
    assertThat(gap.path("status").asText()).isEqualTo("failed");
    assertThat(gap.path("reason").asText()).contains("cannot read");
    List<String> cited = gap.path("sources").findValuesAsText("sha256");
    assertThat(cited).hasSize(4); // the answers for the four exams of the course
    String index = Files.readString(old.resolve("data/raw/index.jsonl"));
    cited.forEach(sha -> assertThat(index).contains(sha));

    Path rebuilt = tmp.resolve("rebuilt");
    Cli r = Cli.run("rebuild", old.toString(), "--out", rebuilt.toString());
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode picked = families(rebuilt, A).path("attempts");
    assertThat(picked.path("status").asText()).isEqualTo("found");
    assertThat(picked.at("/value/items").findValuesAsText("itemId"))
        .containsExactly("Nq1Qz", "Fr2dd", "Wo3cc");
    assertThat(picked.path("sources").findValuesAsText("sha256"))
        .containsExactlyInAnyOrderElementsOf(cited);

    // The replay transport refuses a write like every other, and answers a query by its body.
    try (BagReader reader = BagReader.open(old)) {
      ReplayExchange replay = new ReplayExchange(RawAnswers.read(reader), "earlier");
      ApiRequest put =
          new ApiRequest("memberships.v1", Expect.ELEMENT, Host.WWW, "PUT", "/api/m.v1/1~2", "{}");
      assertThatThrownBy(() -> replay.send(this, List.of(put)))
          .isInstanceOf(WriteRefusedException.class);
      assertThat(replay.requests()).isZero();
    }
  }
}
