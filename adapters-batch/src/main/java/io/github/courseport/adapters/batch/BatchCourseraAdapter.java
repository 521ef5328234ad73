package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.TransportSettings;
import io.github.courseport.adapters.http.coursera.CourseraApi;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.HttpExchange;
import io.github.courseport.adapters.http.naptime.client.TransportStats;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every core port through Coursera's {@code POST /api/batch}: the requests of a port call (and of
 * the port calls running at the same moment) are packed into batches of up to {@code
 * maxSubRequests}, so a large account costs a few dozen requests instead of thousands. Each
 * sub-request is the very request the HTTP adapter would send, so each sub-response, kept as its
 * own raw document, has the same bytes, and the records are the same as a plain HTTP export's.
 *
 * <pre>{@code
 * try (BatchCourseraAdapter coursera =
 *     BatchCourseraAdapter.builder()
 *         .credentials(c)
 *         .userAgentVersion("1.0.0")
 *         .build()) {
 *   SourcePorts ports = coursera.ports();
 *   ...
 * }
 * }</pre>
 *
 * <p>The ports are the API layer ({@link CourseraApi}) over the batch exchange, so every rule about
 * the data is the HTTP adapter's. When the batch endpoint turns out to be unavailable (404, 405, an
 * HTML page), the adapter says so once and sends every later request on its own, as the HTTP
 * adapter does; in strict mode port calls throw {@link
 * io.github.courseport.core.error.UnavailableException} instead. One adapter serves one export
 * (catalog entries that arrive linked are cached). Thread-safe.
 */
public final class BatchCourseraAdapter implements AutoCloseable {
  /** The transport name of this adapter's ports and documents. */
  public static final String NAME = "batch";

  /** Sub-requests per batch by default. */
  public static final int DEFAULT_MAX_SUB_REQUESTS = 50;

  /** The largest batch body by default, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /**
   * Port calls the export keeps open per batch in flight: twice as many, so that while {@code
   * concurrency} batches travel, the next ones' sub-requests are already queued and each batch
   * leaves full (a call of 50 courses fills one), instead of half-empty ones leaving whenever the
   * queue runs dry for a linger.
   */
  static final int CALLS_PER_BATCH_IN_FLIGHT = 2;

  private final CourseraHttp http;
  private final @Nullable CourseraHttp fallbackHttp;
  private final @Nullable HttpExchange fallback;
  private final BatchTransport transport;
  private final BatchExchange exchange;
  private final SourcePorts ports;

  private BatchCourseraAdapter(Builder b) {
    TransportSettings settings = b.callsInFlightPerBatch().transportSettings();
    this.http = settings.http(NAME).build();
    this.transport =
        new BatchTransport(
            http,
            new BatchTransport.Settings(
                b.maxSubRequests,
                b.maxBodyBytes,
                b.linger,
                settings.concurrency(),
                sameOrigin(http.base(Host.WWW), http.base(Host.API)),
                settings.retryPolicy()));
    if (b.strict) {
      this.fallbackHttp = null;
      this.fallback = null;
    } else {
      this.fallbackHttp = settings.http(HttpCourseraAdapter.NAME).build();
      this.fallback = new HttpExchange(fallbackHttp, settings.concurrency());
    }
    this.exchange = new BatchExchange(transport, fallback);
    this.ports = CourseraApi.ports(exchange, settings.shape());
  }

  /** A builder with Coursera's hosts and polite defaults; only the credentials are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder from a source's settings (hosts, credentials, concurrency, options). */
  public static Builder builder(SourceSettings settings) {
    return new Builder().settings(settings);
  }

  /** The exchange under the ports (for the tests of what it may send). */
  BatchExchange exchange() {
    return exchange;
  }

  /** The ports, named {@code batch}. */
  public SourcePorts ports() {
    return ports;
  }

  /** What the adapter has cost so far. */
  public BatchStats stats() {
    TransportStats t = http.stats();
    TransportStats f = fallbackHttp == null ? TransportStats.NONE : fallbackHttp.stats();
    long direct = transport.directRequests();
    return new BatchStats(
        t.requests() + f.requests(),
        t.requests() - direct,
        direct + f.requests(),
        transport.subRequests(),
        t.retries() + f.retries(),
        transport.subRequestRetries(),
        exchange.fallbacks(),
        Math.max(t.maxInFlight(), f.maxInFlight()),
        transport.unavailable());
  }

  /** HTTP requests sent so far (each attempt counts), those of the fallback included. */
  public long requests() {
    return stats().requests();
  }

  /** Whole requests and sub-requests sent again so far. */
  public long retries() {
    BatchStats s = stats();
    return s.retries() + s.subRequestRetries();
  }

  /** Why the batch endpoint is unavailable, once it is known to be. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(transport.unavailable());
  }

  /** Releases the adapter's threads. */
  @Override
  public void close() {
    transport.close();
    HttpExchange f = fallback;
    if (f != null) {
      f.close();
    }
    CourseraHttp fh = fallbackHttp;
    if (fh != null) {
      fh.close();
    }
    http.close();
  }

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

  /**
   * Settings of a {@link BatchCourseraAdapter}; every one but the credentials has a default:
   * concurrency 4 (batches in flight), 50 courses per family call, a 60 s read timeout, batches of
   * at most 50 sub-requests and 64 KiB that wait up to 10 ms for company.
   */
  public static final class Builder extends TransportSettings.Builder<Builder> {
    private int maxSubRequests = DEFAULT_MAX_SUB_REQUESTS;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration linger = Duration.ofMillis(10);
    private boolean strict;

    private Builder() {
      super(4, DEFAULT_MAX_SUB_REQUESTS, Duration.ofSeconds(60));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Sub-requests per batch at most; default 50. */
    public Builder maxSubRequests(int subRequests) {
      if (subRequests < 1) {
        throw new IllegalArgumentException("maxSubRequests must be at least 1");
      }
      this.maxSubRequests = subRequests;
      return this;
    }

    /** Bytes of batch body at most (a larger sub-request travels alone); default 64 KiB. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 64) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 64");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** How long a batch that is not full waits for more sub-requests; default 10 ms. */
    public Builder linger(Duration linger) {
      if (linger.isNegative()) {
        throw new IllegalArgumentException("linger must not be negative");
      }
      this.linger = linger;
      return this;
    }

    /**
     * Whether a gone batch endpoint is an error ({@code true}) instead of a reason to send each
     * request on its own (the default).
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The call shape of a packing transport: twice as many calls as batches in flight, and each
     * course in a sub-request of its own, so its answer is the very document a plain export cites.
     */
    private Builder callsInFlightPerBatch() {
      return callsInFlight(CALLS_PER_BATCH_IN_FLIGHT * concurrency()).courseIdsTogether(false);
    }

    /**
     * Builds the adapter.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public BatchCourseraAdapter build() {
      return new BatchCourseraAdapter(this);
    }
  }
}
