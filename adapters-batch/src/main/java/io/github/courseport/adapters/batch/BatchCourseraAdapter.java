package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.Host;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.adapters.http.naptime.client.TransportStats;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Every core port through Coursera's {@code POST /api/batch}: the requests of a port call (and of
 * the port calls running at the same moment) are packed into batches of up to {@code
 * maxSubRequests}, so a large account costs a few dozen requests instead of thousands. Each
 * sub-request is the very request the HTTP adapter would send, so each sub-response, kept as its
 * own raw document, has the same bytes, and the records are the same as a plain HTTP export's.
 *
 * <pre>{@code
 * try (HttpCourseraAdapter http = HttpCourseraAdapter.builder().credentials(c).build();
 *     BatchCourseraAdapter coursera =
 *         BatchCourseraAdapter.builder()
 *             .credentials(c)
 *             .userAgentVersion("1.0.0")
 *             .fallback(http.ports())
 *             .build()) {
 *   SourcePorts ports = coursera.ports();
 *   ...
 * }
 * }</pre>
 *
 * <p>When the batch endpoint turns out to be unavailable (404, 405, an HTML page), the adapter says
 * so once and serves every later port call from the fallback ports; in strict mode, or without a
 * fallback, port calls throw {@link io.github.courseport.core.error.UnavailableException} instead.
 * One adapter serves one export (catalog entries that arrive linked are cached). Thread-safe.
 */
public final class BatchCourseraAdapter implements AutoCloseable {
  /** The transport name of this adapter's ports and documents. */
  public static final String NAME = "batch";

  /** Sub-requests per batch by default. */
  public static final int DEFAULT_MAX_SUB_REQUESTS = 50;

  /** The largest batch body by default, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  private final CourseraHttp http;
  private final BatchTransport transport;
  private final BatchContext context;
  private final ExecutorService fallbackPool;
  private final SourcePorts ports;

  private BatchCourseraAdapter(Builder b) {
    Credentials credentials = Objects.requireNonNull(b.credentials, "credentials");
    this.http =
        CourseraHttp.builder()
            .wwwBase(b.wwwBase)
            .apiBase(b.apiBase)
            .credentials(credentials)
            .userAgent(CourseraHttp.userAgent(b.version))
            .connectTimeout(b.connectTimeout)
            .readTimeout(b.readTimeout)
            .concurrency(b.concurrency)
            .rateLimitPerSecond(b.ratePerSecond)
            .retryPolicy(b.retryPolicy)
            .circuitBreaker(b.breakerWindow, b.breakerOpenFor)
            .transport(NAME)
            .build();
    this.transport =
        new BatchTransport(
            http,
            new BatchTransport.Settings(
                b.maxSubRequests,
                b.maxBodyBytes,
                b.linger,
                b.concurrency,
                sameOrigin(http.base(Host.WWW), http.base(Host.API)),
                b.retryPolicy));
    AtomicInteger n = new AtomicInteger();
    this.fallbackPool =
        Executors.newFixedThreadPool(
            b.concurrency,
            r -> {
              Thread t = new Thread(r, "courseport-batch-fallback-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.context =
        new BatchContext(
            transport,
            new Requests(http, b.pageSize),
            b.maxIdsLength,
            b.fallback,
            b.strict,
            fallbackPool);
    this.ports =
        new SourcePorts(
            NAME,
            new BatchIdentity(context),
            new BatchLists(context),
            new BatchCatalog(context),
            new BatchFamilies(context).ports(),
            b.keysPerCall,
            CALLS_PER_BATCH_IN_FLIGHT * b.concurrency);
  }

  /**
   * Port calls the export keeps open per batch in flight: twice as many, so that while {@code
   * concurrency} batches travel, the next ones' sub-requests are already queued and each batch
   * leaves full (a call of 50 courses fills one), instead of half-empty ones leaving whenever the
   * queue runs dry for a linger.
   */
  static final int CALLS_PER_BATCH_IN_FLIGHT = 2;

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

  /** The ports, named {@code batch}. */
  public SourcePorts ports() {
    return ports;
  }

  /** What the adapter has cost so far. */
  public BatchStats stats() {
    TransportStats t = http.stats();
    long direct = transport.directRequests();
    return new BatchStats(
        t.requests(),
        t.requests() - direct,
        direct,
        transport.subRequests(),
        t.retries(),
        transport.subRequestRetries(),
        context.fallbacks(),
        t.maxInFlight(),
        transport.unavailable());
  }

  /** HTTP requests sent so far (each attempt counts). */
  public long requests() {
    return http.stats().requests();
  }

  /** Retries so far: whole requests sent again plus sub-requests sent again. */
  public long retries() {
    return http.stats().retries() + transport.subRequestRetries();
  }

  /** Why the batch endpoint is unavailable, once it is known to be. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(transport.unavailable());
  }

  /** Releases the adapter's threads; sub-requests still queued fail. */
  @Override
  public void close() {
    transport.close();
    fallbackPool.shutdownNow();
    http.close();
  }

  /** Never shows the session. */
  @Override
  public String toString() {
    return "BatchCourseraAdapter[" + transport + ", " + http + "]";
  }

  static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
        && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && port(a) == port(b);
  }

  private static @Nullable String lower(@Nullable String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** Settings of a {@link BatchCourseraAdapter}; every one but the credentials has a default. */
  public static final class Builder {
    private URI wwwBase = SourceSettings.COURSERA_WWW;
    private URI apiBase = SourceSettings.COURSERA_API;
    private @Nullable Credentials credentials;
    private String version = "dev";
    private int concurrency = 4;
    private double ratePerSecond = 10;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxSubRequests = DEFAULT_MAX_SUB_REQUESTS;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration linger = Duration.ofMillis(10);
    private int pageSize = 100;
    private int maxIdsLength = NaptimeIds.DEFAULT_MAX_IDS_LENGTH;
    private int keysPerCall = DEFAULT_MAX_SUB_REQUESTS;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int breakerWindow = 10;
    private Duration breakerOpenFor = Duration.ofSeconds(30);
    private @Nullable SourcePorts fallback;
    private boolean strict;

    private Builder() {}

    /**
     * Base of the internal {@code /api/...} endpoints, where {@code /api/batch} lives; default
     * {@code https://www.coursera.org}.
     */
    public Builder wwwBase(URI base) {
      this.wwwBase = base;
      return this;
    }

    /**
     * Base of the public and catalog APIs; default {@code https://api.coursera.org}. Its requests
     * travel in batches only when it is the same origin as the www base; otherwise they are sent on
     * their own, through the same limits.
     */
    public Builder apiBase(URI base) {
      this.apiBase = base;
      return this;
    }

    /** The session ({@code CAUTH} cookie, optional CSRF token). Required. */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** The version in the {@code User-Agent}, {@code Courseport/<version> (...)}; default dev. */
    public Builder userAgentVersion(String version) {
      if (version.isBlank()) {
        throw new IllegalArgumentException("the version must not be blank");
      }
      this.version = version.trim();
      return this;
    }

    /** At most this many requests (batches) in flight; default 4. */
    public Builder concurrency(int requestsInFlight) {
      if (requestsInFlight < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = requestsInFlight;
      return this;
    }

    /** At most this many HTTP requests per second, retries included; default 10; 0 = no limit. */
    public Builder rateLimitPerSecond(double perSecond) {
      if (perSecond < 0 || Double.isNaN(perSecond)) {
        throw new IllegalArgumentException("the rate limit must not be negative");
      }
      this.ratePerSecond = perSecond;
      return this;
    }

    /**
     * Retries of transient failures, of whole batches and of single sub-requests alike (attempts,
     * backoff, {@code Retry-After} cap, time budget); default {@link RetryPolicy#defaults()}.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return this;
    }

    /** At most this many sub-requests per batch; default 50. */
    public Builder maxSubRequests(int subRequests) {
      if (subRequests < 1) {
        throw new IllegalArgumentException("maxSubRequests must be at least 1");
      }
      this.maxSubRequests = subRequests;
      return this;
    }

    /**
     * At most this many bytes of batch body; default 64 KiB. A single sub-request larger than this
     * travels alone.
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 64) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 64");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * How long a batch that is not full waits for more sub-requests before it leaves; default 10
     * ms. Zero sends at once.
     */
    public Builder linger(Duration linger) {
      if (linger.isNegative()) {
        throw new IllegalArgumentException("linger must not be negative");
      }
      this.linger = linger;
      return this;
    }

    /** Elements per page of paged lists ({@code limit=}); default 100, as the HTTP adapter. */
    public Builder pageSize(int elements) {
      if (elements < 1) {
        throw new IllegalArgumentException("the page size must be at least 1");
      }
      this.pageSize = elements;
      return this;
    }

    /**
     * The longest encoded {@code ids=} value of a catalog request; default {@link
     * NaptimeIds#DEFAULT_MAX_IDS_LENGTH}, as the HTTP adapter's.
     */
    public Builder maxIdsLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxIdsLength must be positive");
      }
      this.maxIdsLength = characters;
      return this;
    }

    /** How many courses the export should hand each family call; default 50. */
    public Builder keysPerCall(int courses) {
      if (courses < 1) {
        throw new IllegalArgumentException("keysPerCall must be at least 1");
      }
      this.keysPerCall = courses;
      return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long to wait for an answer (a batch takes longer than one request); default 60 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * The circuit breaker of the batch endpoint: open after {@code window} transient failures in a
     * row, for {@code openFor}; defaults 10 and 30 s.
     */
    public Builder circuitBreaker(int window, Duration openFor) {
      this.breakerWindow = window;
      this.breakerOpenFor = openFor;
      return this;
    }

    /**
     * The ports that serve the rest of the run when the batch endpoint is unavailable, typically an
     * HTTP adapter's; none by default (then a gone endpoint fails the port calls).
     */
    public Builder fallback(SourcePorts ports) {
      this.fallback = Objects.requireNonNull(ports);
      return this;
    }

    /** Whether a gone batch endpoint fails the port calls even with a fallback; default false. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @throws IllegalStateException when no credentials were given
     * @throws IllegalArgumentException when a setting is invalid (e.g. a base URL that is not
     *     http(s))
     */
    public BatchCourseraAdapter build() {
      if (credentials == null) {
        throw new IllegalStateException("credentials are required");
      }
      return new BatchCourseraAdapter(this);
    }
  }
}
