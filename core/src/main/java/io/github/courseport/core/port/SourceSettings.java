package io.github.courseport.core.port;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a source needs to connect: the two Coursera hosts, the session, a politeness limit and the
 * source's own options ({@code --source-option KEY=VALUE}).
 *
 * @param wwwBase base of the internal {@code /api/...} endpoints ({@code https://www.coursera.org})
 * @param apiBase base of the public and catalog APIs ({@code https://api.coursera.org})
 * @param credentials the learner's session, or null for a source that needs none ({@link
 *     SourceProvider#needsSession()})
 * @param concurrency at most this many requests in flight
 * @param options the source's options by key, as given on the command line
 */
public record SourceSettings(
    URI wwwBase,
    URI apiBase,
    @Nullable Credentials credentials,
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

  /** Settings of a source that reads no Coursera session: Coursera's hosts, these options. */
  public static SourceSettings withoutSession(int concurrency, Map<String, String> options) {
    return new SourceSettings(COURSERA_WWW, COURSERA_API, null, concurrency, options);
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
