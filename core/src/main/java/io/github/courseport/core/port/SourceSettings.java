package io.github.courseport.core.port;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What a source needs to connect: the two Coursera hosts, the session, a politeness limit and
 * free-form options for third-party sources.
 *
 * @param wwwBase base of the internal {@code /api/...} endpoints ({@code https://www.coursera.org})
 * @param apiBase base of the public and catalog APIs ({@code https://api.coursera.org})
 * @param concurrency at most this many requests in flight
 */
public record SourceSettings(
    URI wwwBase,
    URI apiBase,
    Credentials credentials,
    int concurrency,
    Map<String, String> options) {
  public static final URI COURSERA_WWW = URI.create("https://www.coursera.org");
  public static final URI COURSERA_API = URI.create("https://api.coursera.org");

  public SourceSettings {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    options = Map.copyOf(options);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
