package io.github.courseport.adapters.http.naptime.client;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.adapters.http.exchange.Reply;
import java.util.List;

/**
 * The plain HTTP transport: each request is one GET through {@link CourseraHttp} (rate limit,
 * bulkhead, circuit breaker, retries), the requests of one round side by side on the adapter's own
 * threads.
 */
public final class HttpExchange implements Exchange, AutoCloseable {
  private final CourseraHttp http;
  private final FanOut fanOut;

  /** Sends through {@code http}, at most {@code threads} requests of a round at once. */
  public HttpExchange(CourseraHttp http, int threads) {
    this.http = http;
    this.fanOut = new FanOut(threads);
  }

  @Override
  public String name() {
    return http.transport();
  }

  /**
   * Sends the requests side by side; every one is checked against {@link ReadOnly} first, so a
   * round that holds a request that could write sends nothing at all.
   */
  @Override
  public List<Reply> send(Object owner, List<ApiRequest> requests) {
    requests.forEach(ReadOnly::check);
    return fanOut.map(requests, http::call);
  }

  /** Sends one request now, on the calling thread. */
  public Reply send(ApiRequest request) {
    return http.call(request);
  }

  @Override
  public String redact(String text) {
    return http.redact(text);
  }

  /** The transport underneath. */
  public CourseraHttp http() {
    return http;
  }

  /** Releases the threads (not the transport's). */
  @Override
  public void close() {
    fanOut.close();
  }

  @Override
  public String toString() {
    return "HttpExchange[" + http + "]";
  }
}
