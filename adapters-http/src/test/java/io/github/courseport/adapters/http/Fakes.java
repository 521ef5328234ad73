package io.github.courseport.adapters.http;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.LearnerFacts;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.InMemoryCoursera;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.contract.ExpectedLearner;
import io.github.courseport.core.port.Credentials;
import java.time.Duration;

/** Test set-up shared by the tests that talk to the fake server. */
final class Fakes {
  /** Fast retries for tests: same attempts as the defaults, waits of a few milliseconds. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults()
          .withMaxAttempts(8)
          .withBackoff(Duration.ofMillis(1), Duration.ofMillis(8))
          .withMaxRetryAfter(Duration.ofMillis(20))
          .withBudget(Duration.ofSeconds(30));

  private Fakes() {}

  /** An adapter builder for a fake server: high limits, fast retries, short timeouts. */
  static HttpCourseraAdapter.Builder adapter(FakeCourseraServer server) {
    return HttpCourseraAdapter.builder()
        .wwwBase(server.baseUri())
        .apiBase(server.baseUri())
        .credentials(new Credentials(server.cauth(), null))
        .userAgentVersion("test")
        .concurrency(8)
        .rateLimitPerSecond(0)
        .retryPolicy(FAST_RETRIES)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .circuitBreaker(50, Duration.ofSeconds(1));
  }

  /**
   * An adapter builder over the in-memory Coursera (recorded answers, no socket): the same request
   * building, mapping and assembly as over the network.
   */
  static HttpCourseraAdapter.Builder inMemory(Learner learner, int pageSize) {
    return HttpCourseraAdapter.builder()
        .wwwBase(InMemoryCoursera.BASE)
        .apiBase(InMemoryCoursera.BASE)
        .credentials(new Credentials("in-memory-cookie", null))
        .userAgentVersion("test")
        .rateLimitPerSecond(0)
        .client(new InMemoryCoursera(learner, "in-memory-cookie", pageSize), "fixtures");
  }

  /**
   * What a complete source must deliver for a learner (the fixtures' facts, as core wants them).
   */
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
}
