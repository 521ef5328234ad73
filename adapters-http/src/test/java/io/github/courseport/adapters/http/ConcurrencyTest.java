package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.LearnerFacts;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * With 50 ms of server latency and 8 requests in flight, an export of a 100-course learner keeps
 * exactly 8 requests in flight and takes about (requests / 8) x 50 ms. The times are measured and
 * printed (see the test's output file), never asserted; the concurrency and the request counts are.
 */
class ConcurrencyTest {
  private static final Learner LEARNER = Learners.synthetic(100, 42);
  private static final int CONCURRENCY = 8;
  private static final Duration LATENCY = Duration.ofMillis(50);

  @Test
  void eightInFlightAndTheWallTimeOfTheRequestsOverEight() {
    Run run = export(1);
    LearnerFacts facts = LEARNER.facts();
    int onDemand = facts.onDemandCourses().size();
    assertEightInFlight(run);
    assertThat(run.adapterRequests).isEqualTo(run.stats.requests());
    assertThat(run.result.complete()).isTrue();
    // One request per on-demand course for each family asked by id or by finder ...
    for (String resource :
        new String[] {
          "onDemandCourseGrades.v1",
          "onDemandCourseSchedules.v1",
          "onDemandHomeProgress.v1",
          "onDemandCoursesProgress.v1",
          "onDemandDeadlineSettings.v1",
          "onDemandInstructorNotes.v1",
          "onDemandDefaultInstructorNotes.v1",
          "onDemandClassmateProfiles.v1",
          "onDemandHomeExperiments.v1",
          "onDemandCompletionEvents.v1"
        }) {
      assertThat(run.stats.requests(resource)).as(resource).isEqualTo(onDemand);
    }
    // ... the memberships in pages of 100 plus one identity call, and partners and instructors
    // only where the courses did not bring them linked.
    assertThat(run.stats.requests("memberships.v1"))
        .isEqualTo((facts.memberships() + 99) / 100 + 1);
    assertThat(run.stats.requests("partners.v1")).isZero();
    assertThat(run.stats.requests("instructors.v1")).isZero();

    // Packing 8 courses into each ids= list of the families asked by id saves requests.
    Run packed = export(8);
    assertEightInFlight(packed);
    assertThat(packed.result.complete()).isTrue();
    assertThat(packed.stats.requests()).isLessThan(run.stats.requests());
    assertThat(packed.stats.requests("onDemandCourseGrades.v1")).isEqualTo((onDemand + 7) / 8);
    assertThat(packed.stats.requests("onDemandInstructorNotes.v1")).isEqualTo(onDemand);
  }

  /**
   * The adapter never has more than 8 requests in flight, and had exactly 8. The server saw at
   * least 8 at once; it may count one more, because it counts a request until its handler thread
   * returns, which is a moment after the client has read the last byte and sent the next request.
   */
  private static void assertEightInFlight(Run run) {
    assertThat(run.adapterMaxInFlight).isEqualTo(CONCURRENCY);
    assertThat(run.stats.maxConcurrent()).isBetween(CONCURRENCY, CONCURRENCY + 1);
  }

  private record Run(
      ExportResult result, ServerStats stats, long adapterRequests, int adapterMaxInFlight) {}

  private static Run export(int keysPerCall) {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(LEARNER).latency(LATENCY).start();
        HttpCourseraAdapter adapter =
            Fakes.adapter(server).concurrency(CONCURRENCY).keysPerCall(keysPerCall).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
      long t0 = System.nanoTime();
      ExportResult result;
      try {
        result =
            new ExportLearningRecord(
                    adapter.ports(), new MemoryArchive(), pool, CONCURRENCY, ExportListener.NONE)
                .run();
      } finally {
        pool.shutdownNow();
      }
      double wallMs = (System.nanoTime() - t0) / 1e6;
      ServerStats stats = server.stats();
      double idealMs = stats.requests() / (double) CONCURRENCY * LATENCY.toMillis();
      System.out.printf(
          Locale.ROOT,
          "[concurrency] %d courses, keysPerCall %d, concurrency %d, latency %d ms: %d requests"
              + " (adapter counted %d, %d retries), max in flight %d (server) %d (adapter),"
              + " wall %.0f ms, ideal"
              + " (requests / %d) x %d ms = %.0f ms, ratio %.2f%n",
          LEARNER.facts().courses().size(),
          keysPerCall,
          CONCURRENCY,
          LATENCY.toMillis(),
          stats.requests(),
          adapter.requests(),
          adapter.retries(),
          stats.maxConcurrent(),
          adapter.stats().maxInFlight(),
          wallMs,
          CONCURRENCY,
          LATENCY.toMillis(),
          idealMs,
          wallMs / idealMs);
      return new Run(result, stats, adapter.requests(), adapter.stats().maxInFlight());
    }
  }
}
