package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.error.UnavailableException;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code batch} plug-in: found by name, falls back to the {@code http} plug-in. */
class BatchSourceProviderTest {
  private static SourceProvider provider() {
    for (SourceProvider p : ServiceLoader.load(SourceProvider.class)) {
      if (p.name().equals("batch")) {
        return p;
      }
    }
    throw new AssertionError("no source named batch");
  }

  private static SourceSettings settings(FakeCourseraServer server, Map<String, String> options) {
    return new SourceSettings(
        server.baseUri(), server.baseUri(), new Credentials(server.cauth(), null), 2, options);
  }

  @Test
  void theBatchSourceIsFoundAndAsksInBatches() {
    SourceProvider p = provider();
    assertThat(p.description()).contains("/api/batch");
    try (FakeCourseraServer server = FakeCourseraServer.builder().start()) {
      SourcePorts ports =
          p.open(settings(server, Map.of("version", "9.9", "batch.maxSubRequests", "10")));
      assertThat(ports.name()).isEqualTo("batch");
      assertThat(ports.keysPerCall()).isEqualTo(BatchCourseraAdapter.DEFAULT_MAX_SUB_REQUESTS);
      Fetched<Identity> who = ports.identity().whoAmI();
      assertThat(who.outcome().status()).isEqualTo(Outcome.Status.FOUND);
      assertThat(server.stats().batchRequests()).isEqualTo(1);
    }
  }

  @Test
  void overAGoneEndpointTheHttpSourceServes() {
    try (FakeCourseraServer server =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .gone(Set.of(Resources.BATCH))
            .start()) {
      SourcePorts ports = provider().open(settings(server, Map.of()));
      Fetched<Identity> who = ports.identity().whoAmI();
      assertThat(who.outcome().status()).isEqualTo(Outcome.Status.FOUND);
      assertThat(who.documents()).anyMatch(d -> d.transport().equals("http"));
      assertThat(server.stats().requests(Resources.BATCH)).isEqualTo(1);
      assertThat(server.stats().requests(Resources.MEMBERSHIPS)).isEqualTo(1);
    }
  }

  @Test
  void strictModeIsAnOption() {
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().gone(Set.of(Resources.BATCH)).start()) {
      SourcePorts ports = provider().open(settings(server, Map.of("batch.strict", "true")));
      assertThatThrownBy(() -> ports.identity().whoAmI()).isInstanceOf(UnavailableException.class);
      // the command line's --strict-batch arrives typed, not as the string "true"
      SourcePorts typed =
          provider()
              .open(
                  new SourceSettings(
                      server.baseUri(),
                      server.baseUri(),
                      new Credentials(server.cauth(), null),
                      2,
                      new SourceSettings.Transport(null, null, null, true),
                      Map.of()));
      assertThatThrownBy(() -> typed.identity().whoAmI()).isInstanceOf(UnavailableException.class);
      // a source option the user gave wins over the typed value
      SourcePorts lenient =
          provider()
              .open(
                  new SourceSettings(
                      server.baseUri(),
                      server.baseUri(),
                      new Credentials(server.cauth(), null),
                      2,
                      new SourceSettings.Transport(null, null, null, true),
                      Map.of("batch.strict", "false")));
      assertThat(lenient.identity().whoAmI().outcome().status())
          .isEqualTo(io.github.courseport.core.domain.Outcome.Status.FOUND);
      ports.close();
      typed.close();
      lenient.close();
      assertThatThrownBy(() -> provider().open(settings(server, Map.of("batch.strict", "yes"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("batch.strict");
      assertThatThrownBy(
              () -> provider().open(settings(server, Map.of("batch.maxSubRequests", "many"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("batch.maxSubRequests");
    }
  }
}
