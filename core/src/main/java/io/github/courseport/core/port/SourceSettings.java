package io.github.courseport.core.port;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a source needs to connect: the two Coursera hosts, the session, a politeness limit, how
 * requests are carried ({@link Transport}, as values) and the source's own options ({@code
 * --source-option KEY=VALUE}, as the user wrote them).
 *
 * @param wwwBase base of the internal {@code /api/...} endpoints ({@code https://www.coursera.org})
 * @param apiBase base of the public and catalog APIs ({@code https://api.coursera.org})
 * @param credentials the learner's session, or null for a source that needs none ({@link
 *     SourceProvider#needsSession()})
 * @param concurrency at most this many requests in flight
 * @param transport how requests are carried, as the command line set it for every source; a
 *     source's own option of the same meaning, when given, wins
 * @param options the source's options by key, as given on the command line
 */
public record SourceSettings(
    URI wwwBase,
    URI apiBase,
    @Nullable Credentials credentials,
    int concurrency,
    Transport transport,
    Map<String, String> options) {
  public static final URI COURSERA_WWW = URI.create("https://www.coursera.org");
  public static final URI COURSERA_API = URI.create("https://api.coursera.org");

  public SourceSettings {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    options = Map.copyOf(options);
  }

  /** Settings with the sources' own transport defaults ({@link Transport#DEFAULTS}). */
  public SourceSettings(
      URI wwwBase,
      URI apiBase,
      @Nullable Credentials credentials,
      int concurrency,
      Map<String, String> options) {
    this(wwwBase, apiBase, credentials, concurrency, Transport.DEFAULTS, options);
  }

  /**
   * How a source that asks over the network carries its requests, as typed values: what the command
   * line's {@code --rate-limit}, {@code --retry-backoff} and {@code --strict-batch} say, and the
   * version named in the {@code User-Agent}. A null value leaves the source's default.
   *
   * @param userAgentVersion the version named in the {@code User-Agent}, or null for the source's
   * @param rateLimitPerSecond requests per second at most, retries included (0: no limit), or null
   *     for the source's default
   * @param retryBackoff the upper bound of the first wait before a retry (later waits double), or
   *     null for the source's default
   * @param strict a source that can fall back to a slower way of asking (one request per resource
   *     instead of a batch) stops instead
   */
  public record Transport(
      @Nullable String userAgentVersion,
      @Nullable Double rateLimitPerSecond,
      @Nullable Duration retryBackoff,
      boolean strict) {
    /** Every source's own defaults. */
    public static final Transport DEFAULTS = new Transport(null, null, null, false);

    public Transport {
      if (userAgentVersion != null && userAgentVersion.isBlank()) {
        throw new IllegalArgumentException("the version must not be blank");
      }
      if (rateLimitPerSecond != null && (rateLimitPerSecond < 0 || rateLimitPerSecond.isNaN())) {
        throw new IllegalArgumentException("the rate limit must not be negative");
      }
      if (retryBackoff != null && retryBackoff.isNegative()) {
        throw new IllegalArgumentException("the retry backoff must not be negative");
      }
    }
  }

  /** Settings of a source that reads no Coursera session: Coursera's hosts, these options. */
  public static SourceSettings withoutSession(int concurrency, Map<String, String> options) {
    return new SourceSettings(
        COURSERA_WWW, COURSERA_API, null, concurrency, Transport.DEFAULTS, options);
  }

  /**
   * The session, for a source that needs one.
   *
   * @throws IllegalStateException when none was given
   */
  public Credentials session() {
    if (credentials == null) {
      throw new IllegalStateException("this source needs a Coursera session, and none was given");
    }
    return credentials;
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
