package io.github.courseport.adapters.http.exchange;

import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.QueryEncoding;
import org.jspecify.annotations.Nullable;

/**
 * One request of Coursera's API, built once by the endpoint table and sent as it is by any
 * transport: a GET, or a POST that only reads (a query of the GraphQL gateway). Whether a request
 * may be sent at all is {@link ReadOnly}'s one rule, which every transport applies.
 *
 * @param resource the resource asked, e.g. {@code onDemandCourseGrades.v1}: names documents, logs
 *     and the circuit breaker
 * @param expect what a 404 means for this request
 * @param host which of Coursera's two hosts serves it
 * @param method the HTTP method, {@code GET} or {@code POST} (anything else is refused)
 * @param url path and query, already encoded, e.g. {@code /api/onDemandCourseGrades.v1?ids=...}
 * @param body the body of a POST (JSON text), or null for a GET
 */
public record ApiRequest(
    String resource, Expect expect, Host host, String method, String url, @Nullable String body) {
  public ApiRequest {
    if (!url.startsWith("/")) {
      throw new IllegalArgumentException("a request's url is a path: " + url);
    }
  }

  /** A GET. */
  public ApiRequest(String resource, Expect expect, Host host, String url) {
    this(resource, expect, host, "GET", url, null);
  }

  /** Starts a GET at a path (its segments already encoded). */
  public static Builder get(String resource, Expect expect, Host host, String path) {
    return new Builder(resource, expect, host, path);
  }

  /** A POST of a JSON body to a path with its query already encoded. */
  public static ApiRequest post(
      String resource, Expect expect, Host host, String url, String jsonBody) {
    return new ApiRequest(resource, expect, host, "POST", url, jsonBody);
  }

  /** Encodes one path segment (an id) as the API expects it. */
  public static String segment(String value) {
    return QueryEncoding.encode(value);
  }

  /** Whether this is a GET. */
  public boolean isGet() {
    return method.equals("GET") && body == null;
  }

  /**
   * The request as the documents of its answers record it, and as a replay finds them: the path and
   * query of a GET; for a POST, the path and query, a space and the body (a URL holds no space, so
   * the two never blur), so that two queries of one path are two requests.
   */
  public String recorded() {
    return recorded(url, body);
  }

  /** The recorded form of a request sent to a path and query with a body (or none). */
  public static String recorded(String pathAndQuery, @Nullable String body) {
    return body == null || body.isEmpty() ? pathAndQuery : pathAndQuery + " " + body;
  }

  @Override
  public String toString() {
    return method + " " + url;
  }

  /** Appends query parameters in order; a null value leaves its parameter out. */
  public static final class Builder {
    private final String resource;
    private final Expect expect;
    private final Host host;
    private final StringBuilder url;
    private boolean query;

    private Builder(String resource, Expect expect, Host host, String path) {
      this.resource = resource;
      this.expect = expect;
      this.host = host;
      this.url = new StringBuilder(path.length() + 64).append(path);
    }

    /** Adds {@code name=value}, the value encoded; nothing when the value is null. */
    public Builder param(String name, @Nullable Object value) {
      if (value != null) {
        url.append(query ? '&' : '?').append(name).append('=');
        url.append(QueryEncoding.encode(value.toString()));
        query = true;
      }
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(resource, expect, host, url.toString());
    }
  }
}
