package io.github.courseport.adapters.http;

import io.github.courseport.adapters.http.coursera.RequestShape;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a source reaches Coursera, whatever carries its requests: hosts, session, politeness
 * (concurrency, rate limit), retries, timeouts, circuit breaker, and how requests are cut. One
 * value for every built-in source; each source's builder starts from its own defaults.
 *
 * @param userAgentVersion the version named in the {@code User-Agent}
 * @param concurrency at most this many requests (or batches) in flight
 * @param rateLimitPerSecond at most this many requests per second, retries included; 0 = none
 * @param breakerWindow the circuit breaker of a resource opens after this many transient failures
 *     in a row
 * @param breakerOpenFor and stays open this long
 */
public record TransportSettings(
    URI wwwBase,
    URI apiBase,
    Credentials credentials,
    String userAgentVersion,
    int concurrency,
    double rateLimitPerSecond,
    RetryPolicy retryPolicy,
    Duration connectTimeout,
    Duration readTimeout,
    int breakerWindow,
    Duration breakerOpenFor,
    RequestShape shape) {

  /** The names of {@link SourceSettings#options()} every built-in source reads. */
  public static final class Options {
    /** The version named in the {@code User-Agent}. */
    public static final String VERSION = "version";

    /** Requests per second at most, retries included (0: no limit). */
    public static final String RATE_LIMIT = "rateLimitPerSecond";

    /** The upper bound of the first wait before a retry, in milliseconds; later waits double. */
    public static final String RETRY_BACKOFF = "retryBackoffMillis";

    /** Attempts per request at most. */
    public static final String MAX_ATTEMPTS = "maxAttempts";

    /** Elements per page of paged lists. */
    public static final String PAGE_SIZE = "pageSize";

    /** Courses per family call. */
    public static final String KEYS_PER_CALL = "keysPerCall";

    /** Seconds to wait for a connection. */
    public static final String CONNECT_TIMEOUT = "connectTimeoutSeconds";

    /** Seconds to wait for an answer. */
    public static final String READ_TIMEOUT = "readTimeoutSeconds";

    private Options() {}

    /** Every option above with what it does, as {@link SourceProvider#options()} lists them. */
    public static java.util.SortedMap<String, String> described() {
      java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
      out.put(VERSION, "the version named in the User-Agent");
      out.put(RATE_LIMIT, "requests per second at most, retries included (0: no limit)");
      out.put(RETRY_BACKOFF, "upper bound of the first wait before a retry, in ms (then doubling)");
      out.put(MAX_ATTEMPTS, "attempts per request at most");
      out.put(PAGE_SIZE, "elements per page of paged lists");
      out.put(KEYS_PER_CALL, "courses per family call");
      out.put(CONNECT_TIMEOUT, "seconds to wait for a connection");
      out.put(READ_TIMEOUT, "seconds to wait for an answer");
      return out;
    }

    /**
     * A numeric option, if it is set.
     *
     * @throws IllegalArgumentException when it is set but not a number
     */
    public static Optional<Double> number(SourceSettings settings, String name) {
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

  /** The plain HTTP transport these settings describe, naming its documents {@code transport}. */
  public CourseraHttp.Builder http(String transport) {
    return CourseraHttp.builder()
        .wwwBase(wwwBase)
        .apiBase(apiBase)
        .credentials(credentials)
        .userAgent(CourseraHttp.userAgent(userAgentVersion))
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .concurrency(concurrency)
        .rateLimitPerSecond(rateLimitPerSecond)
        .retryPolicy(retryPolicy)
        .circuitBreaker(breakerWindow, breakerOpenFor)
        .transport(transport);
  }

  /**
   * The settings every built-in source's builder shares, with their checks. A subclass sets its own
   * defaults in its constructor and adds what only it has.
   *
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<B extends Builder<B>> {
    private URI wwwBase = SourceSettings.COURSERA_WWW;
    private URI apiBase = SourceSettings.COURSERA_API;
    private @Nullable Credentials credentials;
    private String version = "dev";
    private int concurrency;
    private double ratePerSecond = 10;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int pageSize = 100;
    private int maxIdsLength = NaptimeIds.DEFAULT_MAX_IDS_LENGTH;
    private int keysPerCall;
    private int callsInFlight;
    private boolean courseIdsTogether = true;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout;
    private int breakerWindow = 10;
    private Duration breakerOpenFor = Duration.ofSeconds(30);

    /** Defaults that differ between sources. */
    protected Builder(int concurrency, int keysPerCall, Duration readTimeout) {
      this.concurrency = concurrency;
      this.keysPerCall = keysPerCall;
      this.readTimeout = readTimeout;
    }

    /** This builder, typed. */
    protected abstract B self();

    /**
     * Everything {@link SourceSettings} say: hosts, credentials, concurrency, the typed {@link
     * SourceSettings.Transport}, then the options named in {@link Options} (a source option the
     * user gave wins over the typed value of the same meaning).
     *
     * @throws IllegalArgumentException when an option is not a number where one is needed
     */
    public B settings(SourceSettings settings) {
      wwwBase(settings.wwwBase());
      apiBase(settings.apiBase());
      credentials(settings.session());
      concurrency(settings.concurrency());
      SourceSettings.Transport transport = settings.transport();
      String typedVersion = transport.userAgentVersion();
      if (typedVersion != null) {
        userAgentVersion(typedVersion);
      }
      Double typedRate = transport.rateLimitPerSecond();
      if (typedRate != null) {
        rateLimitPerSecond(typedRate);
      }
      Duration typedBackoff = transport.retryBackoff();
      if (typedBackoff != null) {
        retryBackoff(typedBackoff);
      }
      settings.option(Options.VERSION).filter(v -> !v.isBlank()).ifPresent(this::userAgentVersion);
      Options.number(settings, Options.RATE_LIMIT).ifPresent(this::rateLimitPerSecond);
      Options.number(settings, Options.RETRY_BACKOFF)
          .ifPresent(ms -> retryBackoff(Duration.ofMillis(Math.round(ms))));
      Options.number(settings, Options.MAX_ATTEMPTS)
          .ifPresent(n -> retryPolicy(retryPolicy.withMaxAttempts(n.intValue())));
      Options.number(settings, Options.PAGE_SIZE).ifPresent(n -> pageSize(n.intValue()));
      Options.number(settings, Options.KEYS_PER_CALL).ifPresent(n -> keysPerCall(n.intValue()));
      Options.number(settings, Options.CONNECT_TIMEOUT)
          .ifPresent(n -> connectTimeout(Duration.ofMillis(Math.round(n * 1000))));
      Options.number(settings, Options.READ_TIMEOUT)
          .ifPresent(n -> readTimeout(Duration.ofMillis(Math.round(n * 1000))));
      return self();
    }

    /**
     * The upper bound of the first wait before a retry; later waits double, up to 60 times this,
     * and a {@code Retry-After} is honoured up to 10 times this (at least 1 s).
     */
    public B retryBackoff(Duration first) {
      long ms = first.toMillis();
      return retryPolicy(
          retryPolicy
              .withBackoff(Duration.ofMillis(ms), Duration.ofMillis(Math.max(ms, ms * 60)))
              .withMaxRetryAfter(Duration.ofMillis(Math.max(ms * 10, 1_000))));
    }

    /**
     * Base of the internal {@code /api/...} endpoints; default {@code https://www.coursera.org}.
     */
    public B wwwBase(URI base) {
      this.wwwBase = Objects.requireNonNull(base);
      return self();
    }

    /** Base of the public and catalog APIs; default {@code https://api.coursera.org}. */
    public B apiBase(URI base) {
      this.apiBase = Objects.requireNonNull(base);
      return self();
    }

    /** The session ({@code CAUTH} cookie, optional CSRF token). Required. */
    public B credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials);
      return self();
    }

    /**
     * The version named in the {@code User-Agent}, {@code Courseport/<version>
     * (+https://github.com/courseport)}; default {@code dev}.
     */
    public B userAgentVersion(String version) {
      if (version.isBlank()) {
        throw new IllegalArgumentException("the version must not be blank");
      }
      this.version = version.trim();
      return self();
    }

    /** At most this many requests (for batch: batches) in flight. */
    public B concurrency(int requestsInFlight) {
      if (requestsInFlight < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = requestsInFlight;
      return self();
    }

    /** At most this many requests per second, retries included; default 10; 0 = no limit. */
    public B rateLimitPerSecond(double perSecond) {
      if (perSecond < 0 || Double.isNaN(perSecond)) {
        throw new IllegalArgumentException("the rate limit must not be negative");
      }
      this.ratePerSecond = perSecond;
      return self();
    }

    /** Retries of transient failures; default {@link RetryPolicy#defaults()}. */
    public B retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return self();
    }

    /** Elements per page of paged lists ({@code limit=}); default 100. */
    public B pageSize(int elements) {
      if (elements < 1) {
        throw new IllegalArgumentException("the page size must be at least 1");
      }
      this.pageSize = elements;
      return self();
    }

    /** The longest encoded {@code ids=} value of one request; default 1200 characters. */
    public B maxIdsLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxIdsLength must be positive");
      }
      this.maxIdsLength = characters;
      return self();
    }

    /** How many courses the export should hand each family call. */
    public B keysPerCall(int courses) {
      if (courses < 1) {
        throw new IllegalArgumentException("keysPerCall must be at least 1");
      }
      this.keysPerCall = courses;
      return self();
    }

    /** Port calls the export should keep open; 0 (the default) = as many as its concurrency. */
    protected B callsInFlight(int calls) {
      this.callsInFlight = calls;
      return self();
    }

    /** Whether the courses of a family call share {@code ids=} requests; default yes. */
    protected B courseIdsTogether(boolean together) {
      this.courseIdsTogether = together;
      return self();
    }

    /** How long to wait for a connection; default 10 s. */
    public B connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return self();
    }

    /** How long to wait for an answer. */
    public B readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout);
      return self();
    }

    /**
     * The circuit breaker per resource: open after {@code window} transient failures in a row, for
     * {@code openFor}; defaults 10 and 30 s.
     */
    public B circuitBreaker(int window, Duration openFor) {
      this.breakerWindow = window;
      this.breakerOpenFor = Objects.requireNonNull(openFor);
      return self();
    }

    /** The concurrency set so far. */
    protected int concurrency() {
      return concurrency;
    }

    /**
     * The settings as a value.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public TransportSettings transportSettings() {
      Credentials c = credentials;
      if (c == null) {
        throw new IllegalStateException("credentials are required");
      }
      return new TransportSettings(
          wwwBase,
          apiBase,
          c,
          version,
          concurrency,
          ratePerSecond,
          retryPolicy,
          connectTimeout,
          readTimeout,
          breakerWindow,
          breakerOpenFor,
          new RequestShape(pageSize, maxIdsLength, keysPerCall, callsInFlight, courseIdsTogether));
    }
  }
}
