package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.LearnerFacts;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.contract.ExpectedLearner;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourcePorts;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Test set-up shared by the tests that talk to the fake server. */
final class Fakes {
  /** Fast retries for tests: more attempts than the defaults, waits of a few milliseconds. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults()
          .withMaxAttempts(8)
          .withBackoff(Duration.ofMillis(1), Duration.ofMillis(8))
          .withMaxRetryAfter(Duration.ofMillis(20))
          .withBudget(Duration.ofSeconds(30));

  private Fakes() {}

  /** A batch adapter builder for a fake server: high limits, fast retries, short timeouts. */
  static BatchCourseraAdapter.Builder batch(FakeCourseraServer server) {
    return batch(server, server.baseUri());
  }

  /** Like {@link #batch(FakeCourseraServer)}, with another base for the api host. */
  static BatchCourseraAdapter.Builder batch(FakeCourseraServer server, URI apiBase) {
    return BatchCourseraAdapter.builder()
        .wwwBase(server.baseUri())
        .apiBase(apiBase)
        .credentials(new Credentials(server.cauth(), null))
        .userAgentVersion("test")
        .concurrency(4)
        .rateLimitPerSecond(0)
        .retryPolicy(FAST_RETRIES)
        .linger(Duration.ofMillis(2))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .circuitBreaker(50, Duration.ofSeconds(1));
  }

  /** An HTTP adapter builder for a fake server (test code may build it; main code may not). */
  static HttpCourseraAdapter.Builder http(FakeCourseraServer server) {
    return HttpCourseraAdapter.builder()
        .wwwBase(server.baseUri())
        .apiBase(server.baseUri())
        .credentials(new Credentials(server.cauth(), null))
        .userAgentVersion("test")
        .concurrency(4)
        .rateLimitPerSecond(0)
        .retryPolicy(FAST_RETRIES)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .circuitBreaker(50, Duration.ofSeconds(1));
  }

  /** The api host of a fake server under another origin (same server, other host name). */
  static URI otherOrigin(FakeCourseraServer server) {
    return URI.create("http://localhost:" + server.port());
  }

  /** What a complete source must deliver for a learner (the fixtures' facts, as core has them). */
  static ExpectedLearner expected(Learner learner) {
    LearnerFacts f = learner.facts();
    return new ExpectedLearner(
        f.userId(),
        f.courses(),
        f.slugs(),
        f.memberships(),
        f.enrollments(),
        f.specializations(),
        f.courseLists(),
        f.partners(),
        f.instructors(),
        f.sessions(),
        f.categories(),
        f.familiesFound());
  }

  /** An export with core's use case into a memory archive. */
  record Exported(MemoryArchive archive, ExportResult result) {}

  /** Runs core's export over some ports. */
  static Exported export(SourcePorts ports, int concurrency) {
    MemoryArchive archive = new MemoryArchive();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      ExportResult result =
          new ExportLearningRecord(ports, archive, pool, concurrency, ExportListener.NONE).run();
      return new Exported(archive, result);
    } finally {
      pool.shutdownNow();
    }
  }
}
