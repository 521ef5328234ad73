package io.github.courseport.adapters.http.naptime.client;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.core.port.Credentials;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Adds the session and the fixed headers to each request at the last moment, below Feign's
 * templates (so a cookie containing braces is never read as a template) and outside anything Feign
 * keeps: the response handed back carries the request as Feign built it, without the secrets.
 */
final class SessionClient implements Client {
  /** What the current thread sent last: method and URL, no headers. */
  static final ThreadLocal<@Nullable Sent> LAST_SENT = new ThreadLocal<>();

  /** A sent request without its headers. */
  record Sent(String method, String url) {}

  private final Client delegate;
  private final String cookie;
  private final @Nullable String csrf;
  private final String userAgent;

  SessionClient(Client delegate, Credentials credentials, String userAgent) {
    this.delegate = delegate;
    String c = "CAUTH=" + credentials.cauth();
    this.csrf = credentials.csrf3Token().orElse(null);
    if (csrf != null) {
      c = c + "; CSRF3-Token=" + csrf;
    }
    this.cookie = c;
    this.userAgent = userAgent;
  }

  /**
   * Sends a request with the session, after a last check of its very bytes against {@link
   * ReadOnly}: whatever built it, a request that could write never leaves.
   */
  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    ReadOnly.check(request.httpMethod().name(), request.url(), request.body());
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    headers.put("Accept", List.of("application/json"));
    headers.put("User-Agent", List.of(userAgent));
    headers.put("Cookie", List.of(cookie));
    if (csrf != null) {
      headers.put("x-csrf3-token", List.of(csrf));
    }
    Request withSession =
        Request.create(
            request.httpMethod(),
            request.url(),
            headers,
            request.body(),
            request.charset(),
            request.requestTemplate());
    LAST_SENT.set(new Sent(request.httpMethod().name(), request.url()));
    Response response = delegate.execute(withSession, options);
    return response.toBuilder().request(request).build();
  }

  @Override
  public String toString() {
    return "SessionClient[cookie=<redacted>]";
  }
}
