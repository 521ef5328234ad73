package io.github.courseport.adapters.http.exchange;

import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.QueryEncoding;
import org.jspecify.annotations.Nullable;

/**
 * One GET of Coursera's API, built once by the endpoint table and sent as it is by any transport.
 *
 * @param resource the resource asked, e.g. {@code onDemandCourseGrades.v1}: names documents, logs
 *     and the circuit breaker
 * @param expect what a 404 means for this request
 * @param host which of Coursera's two hosts serves it
 * @param url path and query, already encoded, e.g. {@code /api/onDemandCourseGrades.v1?ids=...}
 */
public record ApiRequest(String resource, Expect expect, Host host, String url) {
  public ApiRequest {
    if (!url.startsWith("/")) {
      throw new IllegalArgumentException("a request's url is a path: " + url);
    }
  }

  /** Starts a request at a path (its segments already encoded). */
  public static Builder get(String resource, Expect expect, Host host, String path) {
    return new Builder(resource, expect, host, path);
  }

  /** Encodes one path segment (an id) as the API expects it. */
  public static String segment(String value) {
    return QueryEncoding.encode(value);
  }

  @Override
  public String toString() {
    return "GET " + url;
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
