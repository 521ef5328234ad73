package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's transport settings reach the transport as values, not as option strings. */
class TypedTransportTest {
  private static final URI WWW = URI.create("https://www.example.org");
  private static final URI API = URI.create("https://api.example.org");

  private static SourceSettings settings(
      SourceSettings.Transport transport, Map<String, String> options) {
    return new SourceSettings(WWW, API, new Credentials("x", null), 3, transport, options);
  }

  @Test
  void typedValuesReachTheTransportSettings() {
    TransportSettings t =
        HttpSourceProvider.builder(
                settings(
                    new SourceSettings.Transport("7.1", 2.5, Duration.ofMillis(40), false),
                    Map.of()))
            .transportSettings();
    assertThat(t.userAgentVersion()).isEqualTo("7.1");
    assertThat(t.rateLimitPerSecond()).isEqualTo(2.5);
    assertThat(t.concurrency()).isEqualTo(3);
    assertThat(t.wwwBase()).isEqualTo(WWW);
    assertThat(t.retryPolicy().initialBackoff()).isEqualTo(Duration.ofMillis(40));
    assertThat(t.retryPolicy().maxBackoff()).isEqualTo(Duration.ofMillis(2400));
    assertThat(t.retryPolicy().maxRetryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void noTypedValueLeavesTheSourcesDefaults() {
    TransportSettings t =
        HttpSourceProvider.builder(settings(SourceSettings.Transport.DEFAULTS, Map.of()))
            .transportSettings();
    assertThat(t.userAgentVersion()).isEqualTo("dev");
    assertThat(t.rateLimitPerSecond()).isEqualTo(10.0);
    assertThat(t.retryPolicy()).isEqualTo(RetryPolicy.defaults());
  }

  @Test
  void aSourceOptionTheUserGaveWinsOverTheTypedValue() {
    TransportSettings t =
        HttpSourceProvider.builder(
                settings(
                    new SourceSettings.Transport("7.1", 2.5, Duration.ofMillis(40), false),
                    Map.of(
                        TransportSettings.Options.RATE_LIMIT,
                        "0",
                        TransportSettings.Options.RETRY_BACKOFF,
                        "100")))
            .transportSettings();
    assertThat(t.rateLimitPerSecond()).isZero();
    assertThat(t.retryPolicy().initialBackoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(t.userAgentVersion()).isEqualTo("7.1");
  }

  @Test
  void impossibleTypedValuesAreRefusedWhereTheyAreMade() {
    assertThatThrownBy(() -> new SourceSettings.Transport(" ", null, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceSettings.Transport(null, -1.0, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceSettings.Transport(null, null, Duration.ofMillis(-1), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
