package io.github.courseport.adapters.http;

import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code http} source for {@code --source http}, found by {@link java.util.ServiceLoader}.
 * Options (all optional): {@code version} (for the User-Agent), {@code http.rateLimitPerSecond},
 * {@code http.maxAttempts}, {@code http.pageSize}, {@code http.keysPerCall}, {@code
 * http.connectTimeoutSeconds}, {@code http.readTimeoutSeconds}.
 *
 * <p>The ports it opens cannot be closed through {@link SourcePorts}; their threads are daemons.
 * Code that can should build an {@link HttpCourseraAdapter} and close it.
 */
public final class HttpSourceProvider implements SourceProvider {
  /** For {@link java.util.ServiceLoader}. */
  public HttpSourceProvider() {}

  @Override
  public String name() {
    return HttpCourseraAdapter.NAME;
  }

  @Override
  public String description() {
    return "Coursera's web API over HTTPS, one request per resource (OpenFeign + Resilience4j)";
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    return builder(settings).build().ports();
  }

  /** The adapter builder these settings describe. */
  public static HttpCourseraAdapter.Builder builder(SourceSettings settings) {
    HttpCourseraAdapter.Builder b = HttpCourseraAdapter.builder(settings);
    settings.option("version").filter(v -> !v.isBlank()).ifPresent(b::userAgentVersion);
    number(settings, "http.rateLimitPerSecond").ifPresent(b::rateLimitPerSecond);
    number(settings, "http.maxAttempts")
        .ifPresent(n -> b.retryPolicy(RetryPolicy.defaults().withMaxAttempts(n.intValue())));
    number(settings, "http.pageSize").ifPresent(n -> b.pageSize(n.intValue()));
    number(settings, "http.keysPerCall").ifPresent(n -> b.keysPerCall(n.intValue()));
    number(settings, "http.connectTimeoutSeconds")
        .ifPresent(n -> b.connectTimeout(Duration.ofMillis(Math.round(n * 1000))));
    number(settings, "http.readTimeoutSeconds")
        .ifPresent(n -> b.readTimeout(Duration.ofMillis(Math.round(n * 1000))));
    return b;
  }

  private static Optional<Double> number(SourceSettings settings, String name) {
    return settings
        .option(name)
        .map(
            v -> {
              try {
                return Double.parseDouble(v.trim());
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    "the option " + name + " must be a number, not \"" + v + "\"", e);
              }
            });
  }
}
