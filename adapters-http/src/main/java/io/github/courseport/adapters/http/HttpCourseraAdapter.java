package io.github.courseport.adapters.http;

import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.adapters.http.naptime.client.TransportStats;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every core port against Coursera's web API, as a plain library: build one with {@link
 * #builder()}, hand {@link #ports()} to the export, read {@link #stats()} for progress, and close
 * it when done.
 *
 * <pre>{@code
 * try (HttpCourseraAdapter coursera =
 *     HttpCourseraAdapter.builder()
 *         .credentials(new Credentials(cauth, csrf))
 *         .userAgentVersion("1.0.0")
 *         .build()) {
 *   SourcePorts ports = coursera.ports();
 *   ...
 * }
 * }</pre>
 *
 * <p>One adapter serves one export: catalog entries that arrive linked with another answer are
 * cached and later answered with a reference to the document they arrived in, which the export
 * received with that first answer. Thread-safe.
 */
public final class HttpCourseraAdapter implements AutoCloseable {
  /** The transport name of this adapter's ports and documents. */
  public static final String NAME = "http";

  private final CourseraHttp http;
  private final FanOut fanOut;
  private final SourcePorts ports;

  private HttpCourseraAdapter(Builder b) {
    CourseraHttp.Builder transport =
        CourseraHttp.builder()
            .wwwBase(b.wwwBase)
            .apiBase(b.apiBase)
            .credentials(Objects.requireNonNull(b.credentials, "credentials"))
            .userAgent(CourseraHttp.userAgent(b.version))
            .connectTimeout(b.connectTimeout)
            .readTimeout(b.readTimeout)
            .concurrency(b.concurrency)
            .rateLimitPerSecond(b.ratePerSecond)
            .retryPolicy(b.retryPolicy)
            .circuitBreaker(b.breakerWindow, b.breakerOpenFor)
            .transport(NAME);
    this.http = transport.build();
    this.fanOut = new FanOut(b.concurrency);
    Context ctx = new Context(http, fanOut, b.pageSize, b.maxIdsLength);
    this.ports =
        new SourcePorts(
            NAME,
            new HttpIdentity(ctx),
            new HttpLists(ctx),
            new HttpCatalog(ctx),
            new HttpFamilies(ctx).ports(),
            b.keysPerCall);
  }

  /** A builder with Coursera's hosts and polite defaults; only the credentials are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder from a source's settings (hosts, credentials, concurrency). */
  public static Builder builder(SourceSettings settings) {
    return new Builder()
        .wwwBase(settings.wwwBase())
        .apiBase(settings.apiBase())
        .credentials(settings.credentials())
        .concurrency(settings.concurrency());
  }

  /** The ports, named {@code http}. */
  public SourcePorts ports() {
    return ports;
  }

  /** Requests, retries and failures so far, and requests in flight. */
  public TransportStats stats() {
    return http.stats();
  }

  /** HTTP requests sent so far (each attempt counts). */
  public long requests() {
    return http.stats().requests();
  }

  /** Retries made so far. */
  public long retries() {
    return http.stats().retries();
  }

  /** Releases the adapter's threads. */
  @Override
  public void close() {
    fanOut.close();
    http.close();
  }

  /** Never shows the session. */
  @Override
  public String toString() {
    return "HttpCourseraAdapter[" + http + "]";
  }

  /** Settings of an {@link HttpCourseraAdapter}; every one but the credentials has a default. */
  public static final class Builder {
    private URI wwwBase = SourceSettings.COURSERA_WWW;
    private URI apiBase = SourceSettings.COURSERA_API;
    private @Nullable Credentials credentials;
    private String version = "dev";
    private int concurrency = 6;
    private double ratePerSecond = 10;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int pageSize = 100;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int keysPerCall = 1;
    private int breakerWindow = 10;
    private Duration breakerOpenFor = Duration.ofSeconds(30);
    private int maxIdsLength = NaptimeIds.DEFAULT_MAX_IDS_LENGTH;

    private Builder() {}

    /**
     * Base of the internal {@code /api/...} endpoints; default {@code https://www.coursera.org}.
     */
    public Builder wwwBase(URI base) {
      this.wwwBase = base;
      return this;
    }

    /** Base of the public and catalog APIs; default {@code https://api.coursera.org}. */
    public Builder apiBase(URI base) {
      this.apiBase = base;
      return this;
    }

    /** The session ({@code CAUTH} cookie, optional CSRF token). Required. */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * The version named in the {@code User-Agent}, {@code Courseport/<version>
     * (+https://github.com/courseport)}; default {@code dev}.
     */
    public Builder userAgentVersion(String version) {
      if (version.isBlank()) {
        throw new IllegalArgumentException("the version must not be blank");
      }
      this.version = version.trim();
      return this;
    }

    /** At most this many requests in flight; default 6. */
    public Builder concurrency(int requestsInFlight) {
      if (requestsInFlight < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = requestsInFlight;
      return this;
    }

    /** At most this many requests per second, retries included; default 10; 0 = no limit. */
    public Builder rateLimitPerSecond(double perSecond) {
      if (perSecond < 0 || Double.isNaN(perSecond)) {
        throw new IllegalArgumentException("the rate limit must not be negative");
      }
      this.ratePerSecond = perSecond;
      return this;
    }

    /** Retries of transient failures; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /** Elements per page of paged lists ({@code limit=}); default 100. */
    public Builder pageSize(int elements) {
      if (elements < 1) {
        throw new IllegalArgumentException("the page size must be at least 1");
      }
      this.pageSize = elements;
      return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long to wait for an answer; default 30 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /** How many courses the export should hand each family call; default 1. */
    public Builder keysPerCall(int courses) {
      if (courses < 1) {
        throw new IllegalArgumentException("keysPerCall must be at least 1");
      }
      this.keysPerCall = courses;
      return this;
    }

    /**
     * The circuit breaker per resource: open after {@code window} transient failures in a row, for
     * {@code openFor}; defaults 10 and 30 s.
     */
    public Builder circuitBreaker(int window, Duration openFor) {
      this.breakerWindow = window;
      this.breakerOpenFor = openFor;
      return this;
    }

    /** The longest encoded {@code ids=} value of one request; default 1200 characters. */
    public Builder maxIdsLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxIdsLength must be positive");
      }
      this.maxIdsLength = characters;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @throws IllegalStateException when no credentials were given
     * @throws IllegalArgumentException when a setting is invalid (e.g. a base URL that is not
     *     http(s))
     */
    public HttpCourseraAdapter build() {
      if (credentials == null) {
        throw new IllegalStateException("credentials are required");
      }
      return new HttpCourseraAdapter(this);
    }
  }
}
