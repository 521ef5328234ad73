package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DiscussionAnswers;
import io.github.courseport.core.domain.ForumPost;
import io.github.courseport.core.domain.ForumSearch;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportScope;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.SourcePorts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The learner's own work through the API layer and real HTTP against the fake: a locked item is
 * recorded as locked; an answer of a shape this version cannot read is a named failure citing the
 * raw answer, and what other items gave stays; GraphQL errors are kept beside the data; a gone
 * gateway costs one probe per run and is named once; the opt-in forum search keeps to its budget.
 */
class LearnersWorkTest {
  private static final CourseId A = new CourseId("s5sEkwAHEeW9ISIACxWDhA");
  private static final CourseId B = new CourseId("GdeNrll1EeSROyIACtiVvg");

  private static MemoryArchive export(FakeCourseraServer server, ExportScope scope) {
    MemoryArchive archive = new MemoryArchive();
    ExecutorService pool = Executors.newCachedThreadPool();
    try (HttpCourseraAdapter a = Fakes.adapter(server).build()) {
      new ExportLearningRecord(a.ports(), archive, pool, 4, ExportListener.NONE, scope).run();
    } finally {
      pool.shutdownNow();
    }
    return archive;
  }

  private static <V> Outcome<V> family(MemoryArchive archive, CourseId c, CourseFamily<V> f) {
    CourseRecord r = Objects.requireNonNull(archive.courses().get(c));
    return Objects.requireNonNull(r.families().get(f));
  }

  @Test
  void theDemoLearnersWorkArrivesALockedItemIsLockedNotAGap() {
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(Learners.demo()).start()) {
      MemoryArchive archive = export(server, ExportScope.DEFAULT);
      var programming = family(archive, A, CourseFamily.PROGRAMMING_WORK);
      assertThat(programming.status()).isEqualTo(Outcome.Status.FOUND);
      var locked = programming.found().orElseThrow().items().get(0);
      assertThat(locked.itemId().value()).isEqualTo("Fo5cc");
      assertThat(locked.locked()).contains("Item is locked");
      AssessmentAttempts attempts = family(archive, A, CourseFamily.ATTEMPTS).found().orElseThrow();
      assertThat(attempts.items())
          .extracting(i -> i.itemId().value())
          .containsExactly("Nq1Qz", "Fr2dd", "Wo3cc");
      assertThat(family(archive, B, CourseFamily.CERTIFICATE).found().orElseThrow().code())
          .isEqualTo("7XK3Q9PLM2AB");
      assertThat(family(archive, A, CourseFamily.CERTIFICATE).status())
          .isEqualTo(Outcome.Status.ABSENT);
      // The whole forums were not asked (opt-in).
      assertThat(family(archive, A, CourseFamily.DISCUSSION_ANSWERS).found().orElseThrow().forums())
          .isNull();
      assertThat(server.stats().requests(Resources.FORUMS)).isZero();
      assertThat(Objects.requireNonNull(archive.report()).complete()).isTrue();
    }
  }

  @Test
  void anAnswerOfAnotherShapeIsANamedFailureCitingTheRawAnswerAndGraphqlErrorsAreKept() {
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(Learners.demo()).era(Era.TODAY).start()) {
      // The gateway of tomorrow: the state of Nq1Qz under a name this version does not know, an
      // error beside the data for Fr2dd, only errors for the others.
      server.override(
          "/graphql-gateway",
          ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer =
                body.contains("\"Nq1Qz\"")
                    ? "{\"data\":{\"SubmissionState_Query\":{\"itemState\":{\"attemptsMade\":2}}}}"
                    : body.contains("\"Fr2dd\"")
                        ? "{\"data\":{\"SubmissionState_Query\":{\"queryState\":{\"attempts\":"
                            + "{\"attemptsMade\":1}}}},\"errors\":[{\"message\":\"feedback is"
                            + " unavailable\"}]}"
                        : "{\"data\":null,\"errors\":[{\"message\":\"Item not found\"}]}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
          });
      MemoryArchive archive = export(server, ExportScope.DEFAULT);
      Outcome<AssessmentAttempts> a = family(archive, A, CourseFamily.ATTEMPTS);
      // What came stays (Fr2dd's state, its error among its problems), the rest is named.
      assertThat(a.status()).isEqualTo(Outcome.Status.FAILED);
      AssessmentAttempts kept = a.received().orElseThrow();
      assertThat(kept.items()).extracting(i -> i.itemId().value()).containsExactly("Fr2dd");
      assertThat(kept.items().get(0).problems()).containsExactly("feedback is unavailable");
      assertThat(a.reason())
          .contains("item Nq1Qz: graphql-gateway: ")
          .contains("no queryState")
          .contains("itemState")
          .contains("item Fr2dd: graphql-gateway: QueryState answered with errors")
          .contains("Item not found");
      // The reason cites the raw answers: every one of them is in the archive.
      Set<String> stored =
          archive.documents().stream()
              .map(SourceDocument::sha256)
              .collect(java.util.stream.Collectors.toSet());
      assertThat(a.sources()).isNotEmpty();
      a.sources().forEach(s -> assertThat(stored).contains(s.sha256()));
      // Each gateway document records its query: the body is part of the request.
      assertThat(
              archive.documents().stream()
                  .filter(d -> d.resource().equals("graphql-gateway"))
                  .map(SourceDocument::request))
          .allMatch(r -> r.startsWith("/graphql-gateway?opname=QueryState {\"operationName\""))
          .anyMatch(r -> r.contains("\"itemId\":\"Nq1Qz\""));
      assertThat(Objects.requireNonNull(archive.report()).complete()).isFalse();
    }
  }

  @Test
  void aGoneGatewayCostsOneProbePerRunAndIsNamedOnce() {
    Learner learner = Learners.synthetic(12, 4);
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(learner).html(Set.of(Resources.GATEWAY)).start()) {
      MemoryArchive archive = export(server, ExportScope.DEFAULT);
      // Three answers of the web app's page: the probe with its HTML attempts, nothing more.
      assertThat(server.stats().requests(Resources.GATEWAY)).isEqualTo(3);
      // A route gone with no other route for the attempts: not served, not a gap.
      long notCarried =
          archive.courses().values().stream()
              .map(r -> r.families().get(CourseFamily.ATTEMPTS))
              .filter(Objects::nonNull)
              .filter(o -> o.status() == Outcome.Status.NOT_CARRIED)
              .peek(
                  o ->
                      assertThat(o.reason())
                          .startsWith("graphql-gateway: gone for this run: HTTP 200 with an HTML"))
              .count();
      assertThat(notCarried).isPositive();
      assertThat(Objects.requireNonNull(archive.report()).gaps()).isEmpty();
      assertThat(
              io.github.courseport.core.domain.LearnedUnavailable.of(
                  Objects.requireNonNull(archive.report())))
          .extracting(l -> l.resource())
          .containsExactly(Resources.GATEWAY);
    }
  }

  @Test
  void theForumSearchFindsTheLearnersPostsWithinItsBudget() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(Learners.demo()).era(Era.TODAY).start();
        HttpCourseraAdapter a = Fakes.adapter(server).build()) {
      SourcePorts ports = a.ports();
      List<CourseRef> refs = List.of(new CourseRef(A, "modern-postmodern-2"));
      CourseOutline outline =
          ports
              .family(CourseFamily.OUTLINE)
              .fetch(new FamilyRequest(Learners.demo().facts().userId(), refs, Set.of()))
              .outcome(A)
              .found()
              .orElseThrow();
      for (int budget : new int[] {50, 2}) {
        KeyedResult<CourseId, DiscussionAnswers> r =
            ports
                .family(CourseFamily.DISCUSSION_ANSWERS)
                .fetch(
                    new FamilyRequest(
                        Learners.demo().facts().userId(),
                        refs,
                        Set.of(),
                        Map.of(A, outline),
                        budget));
        ForumSearch search = r.outcome(A).found().orElseThrow().forums();
        assertThat(search).isNotNull();
        assertThat(search.requestBudget()).isEqualTo(budget);
        assertThat(search.requestsMade()).isLessThanOrEqualTo(budget);
        if (budget == 50) {
          // forums, one page of threads, the answers of two threads: 4 requests, all read
          assertThat(search.requestsMade()).isEqualTo(4);
          assertThat(search.budgetRanOut()).isFalse();
          assertThat(search.forumIds()).containsExactly("fGen1");
          assertThat(search.posts())
              .extracting(ForumPost::kind, ForumPost::id)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple("question", "qGen2"),
                  org.assertj.core.groups.Tuple.tuple("answer", "aGen11"));
        } else {
          assertThat(search.requestsMade()).isEqualTo(2);
          assertThat(search.budgetRanOut()).isTrue();
          assertThat(search.posts()).extracting(ForumPost::id).containsExactly("qGen2");
        }
      }
    }
  }
}
