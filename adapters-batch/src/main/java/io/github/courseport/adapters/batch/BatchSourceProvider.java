package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@code batch} source for {@code --source batch}, found by {@link ServiceLoader}. Its fallback
 * is the source named {@code http}, found the same way (through the core's plug-in interface, so
 * this module needs none of the HTTP adapter's classes), unless strict. Options (all optional):
 * {@code version}, {@code batch.strict} ({@code true}/{@code false}), {@code batch.maxSubRequests},
 * {@code batch.maxBodyBytes}, {@code batch.lingerMillis}, {@code batch.rateLimitPerSecond}, {@code
 * batch.maxAttempts}, {@code batch.keysPerCall}, {@code batch.pageSize}.
 *
 * <p>The ports it opens cannot be closed through {@link SourcePorts}; their threads are daemons.
 * Code that can should build a {@link BatchCourseraAdapter} and close it.
 */
public final class BatchSourceProvider implements SourceProvider {
  /** The name of the fallback source. */
  public static final String FALLBACK = "http";

  /** For {@link ServiceLoader}. */
  public BatchSourceProvider() {}

  @Override
  public String name() {
    return BatchCourseraAdapter.NAME;
  }

  @Override
  public String description() {
    return "Coursera's web API through POST /api/batch, many requests per round trip"
        + " (falls back to the http source when the endpoint is gone)";
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    return builder(settings).build().ports();
  }

  /** The adapter builder these settings describe, with the {@code http} source as fallback. */
  public static BatchCourseraAdapter.Builder builder(SourceSettings settings) {
    BatchCourseraAdapter.Builder b = BatchCourseraAdapter.builder(settings);
    settings.option("version").filter(v -> !v.isBlank()).ifPresent(b::userAgentVersion);
    boolean strict =
        settings
            .option("batch.strict")
            .map(v -> v.trim().toLowerCase(Locale.ROOT))
            .map(
                v -> {
                  if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException(
                        "the option batch.strict must be true or false, not \"" + v + "\"");
                  }
                  return v.equals("true");
                })
            .orElse(false);
    b.strict(strict);
    number(settings, "batch.maxSubRequests").ifPresent(n -> b.maxSubRequests(n.intValue()));
    number(settings, "batch.maxBodyBytes").ifPresent(n -> b.maxBodyBytes(n.intValue()));
    number(settings, "batch.lingerMillis")
        .ifPresent(n -> b.linger(Duration.ofMillis(Math.round(n))));
    number(settings, "batch.rateLimitPerSecond").ifPresent(b::rateLimitPerSecond);
    number(settings, "batch.maxAttempts")
        .ifPresent(n -> b.retryPolicy(RetryPolicy.defaults().withMaxAttempts(n.intValue())));
    number(settings, "batch.keysPerCall").ifPresent(n -> b.keysPerCall(n.intValue()));
    number(settings, "batch.pageSize").ifPresent(n -> b.pageSize(n.intValue()));
    if (!strict) {
      fallback(settings).ifPresent(b::fallback);
    }
    return b;
  }

  /** The ports of the {@code http} source on the classpath, if there is one. */
  static Optional<SourcePorts> fallback(SourceSettings settings) {
    for (SourceProvider p :
        ServiceLoader.load(SourceProvider.class, BatchSourceProvider.class.getClassLoader())) {
      if (p.name().equals(FALLBACK)) {
        return Optional.of(p.open(settings));
      }
    }
    return Optional.empty();
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
