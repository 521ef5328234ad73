package io.github.courseport.adapters.http;

import feign.Client;
import io.github.courseport.adapters.http.coursera.CourseraApi;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.HttpExchange;
import io.github.courseport.adapters.http.naptime.client.TransportStats;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every core port against Coursera's web API, one GET per request, as a plain library: build one
 * with {@link #builder()}, hand {@link #ports()} to the export, read {@link #stats()} for progress,
 * and close it when done.
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
 * <p>The ports are the API layer ({@link CourseraApi}) over the plain HTTP exchange. One adapter
 * serves one export: catalog entries that arrive linked with another answer are cached and later
 * answered with a reference to the document they arrived in. Thread-safe.
 */
public final class HttpCourseraAdapter implements AutoCloseable {
  /** The transport name of this adapter's ports and documents. */
  public static final String NAME = "http";

  private final CourseraHttp http;
  private final HttpExchange exchange;
  private final SourcePorts ports;

  private HttpCourseraAdapter(Builder b) {
    TransportSettings settings = b.transportSettings();
    CourseraHttp.Builder transport = settings.http(b.name);
    Client client = b.client;
    if (client != null) {
      transport.client(client);
    }
    this.http = transport.build();
    this.exchange = new HttpExchange(http, settings.concurrency());
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
    exchange.close();
    http.close();
  }

  /** Never shows the session. */
  @Override
  public String toString() {
    return "HttpCourseraAdapter[" + http + "]";
  }

  /**
   * Settings of an {@link HttpCourseraAdapter}; every one but the credentials has a default:
   * concurrency 6, one course per family call, a 30 s read timeout.
   */
  public static final class Builder extends TransportSettings.Builder<Builder> {
    private @Nullable Client client;
    private String name = NAME;

    private Builder() {
      super(6, 1, Duration.ofSeconds(30));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The Feign client that carries each request (below the session headers); default the JDK
     * {@code HttpClient}. The fixtures' in-memory Coursera is one.
     */
    public Builder client(Client client) {
      this.client = Objects.requireNonNull(client);
      return this;
    }

    /**
     * A client that is not the network, and the name its ports and documents carry instead of
     * {@code http} (e.g. {@code fixtures}), so that a record never claims a source it did not have.
     */
    public Builder client(Client client, String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("the transport name must not be blank");
      }
      this.name = name;
      return client(client);
    }

    /**
     * Builds the adapter.
     *
     * @throws IllegalStateException when no credentials were given
     * @throws IllegalArgumentException when a setting is invalid (e.g. a base URL that is not
     *     http(s))
     */
    public HttpCourseraAdapter build() {
      return new HttpCourseraAdapter(this);
    }
  }
}
