package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.error.UnavailableException;
import io.github.courseport.core.port.Credentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cookie and the CSRF token never show: not in logs (debug level included), documents,
 * exception messages nor {@code toString()}.
 */
class SecretsTest {
  private static final String CAUTH = "cauthSECRETcauth0123456789";
  private static final String CSRF = "csrfSECRETcsrf0123456789";

  @Test
  void theSessionNeverShows() {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    FaultPlan plan =
        FaultPlan.builder()
            .probability(Fault.SERVER_ERROR, 0.2)
            .maxFaultsPerRequest(2)
            .retryAfterSeconds(0)
            .build();
    StringBuilder seen = new StringBuilder();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      try (FakeCourseraServer server =
              FakeCourseraServer.builder()
                  .learner(Learners.synthetic(8, 1))
                  .cauth(CAUTH)
                  .faults(plan)
                  .start();
          BatchCourseraAdapter batch =
              Fakes.batch(server).credentials(new Credentials(CAUTH, CSRF)).build()) {
        Fakes.Exported e = Fakes.export(batch.ports(), 4);
        assertThat(e.result().complete()).isTrue();
        for (SourceDocument d : e.archive().documents()) {
          seen.append(d).append(d.request()).append(new String(d.body(), StandardCharsets.UTF_8));
        }
        seen.append(batch).append(batch.stats()).append(e.result().report());
      }
      try (FakeCourseraServer server =
              FakeCourseraServer.builder().cauth(CAUTH).gone(Set.of(Resources.BATCH)).start();
          BatchCourseraAdapter batch =
              Fakes.batch(server).credentials(new Credentials(CAUTH, CSRF)).strict(true).build()) {
        assertThatThrownBy(() -> batch.ports().identity().whoAmI())
            .isInstanceOfSatisfying(
                UnavailableException.class,
                x -> seen.append(x.getMessage()).append(x.userMessage()));
      }
    } finally {
      System.setErr(err);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("POST /api/batch").contains("/api/batch ->");
    seen.append(logged);
    assertThat(seen.toString()).doesNotContain(CAUTH).doesNotContain(CSRF).doesNotContain("SECRET");
  }
}
