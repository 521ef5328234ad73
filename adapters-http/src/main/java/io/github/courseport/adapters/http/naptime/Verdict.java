package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one answer of the server means, whatever transport carried it (a direct HTTP response or a
 * batch sub-response). Every adapter decides retries and outcomes from this one classification:
 *
 * <ul>
 *   <li>{@link Data}: a 2xx with a JSON body;
 *   <li>{@link Missing}: a 404 for one element with a Naptime error body: the key is absent;
 *   <li>{@link Gone}: the endpoint is unavailable: 404 for a route, 405, 410, 501, a routing error,
 *       or a redirect;
 *   <li>{@link Denied}: 403, access denied for this key;
 *   <li>{@link Unauthenticated}: 401, the session is rejected;
 *   <li>{@link Transient}: 408, 429, 5xx, a broken or truncated JSON body (of a 2xx, and of a 403
 *       or 404, whose meaning is in the body), a reset or timeout: may pass if tried again; also a
 *       2xx whose body is an HTML page or other non-JSON ({@link Transient#notJson()}): a CDN or
 *       maintenance page that is gone on the next try, retried for a few attempts only ({@code
 *       RetryPolicy.maxHtmlAttempts}), and read as "the route is probably gone" by the API layer
 *       when it is still there after them;
 *   <li>{@link Refused}: any other 4xx (400, 409, 412, ...): the request itself is wrong, and
 *       retrying will not help.
 * </ul>
 */
public sealed interface Verdict {
  /** Why this answer is not data, for reports; empty for {@link Data}. */
  String reason();

  /** Whether trying again may help. */
  default boolean retryable() {
    return this instanceof Transient;
  }

  /** A 2xx with a JSON body. */
  record Data(JsonNode json) implements Verdict {
    @Override
    public String reason() {
      return "";
    }
  }

  /** A 404 for one element, with a Naptime error body: the element does not exist. */
  record Missing(String reason) implements Verdict {}

  /**
   * The endpoint does not answer with data: it is gone or not implemented.
   *
   * @param status the HTTP status of the answer (404 means the whole resource or route is gone;
   *     405, a routing error, 410, 501, a redirect that the route is refused), or 0 when the answer
   *     did not come from a server
   */
  record Gone(String reason, int status) implements Verdict {
    /** A gone endpoint without an HTTP status of its own (status 0). */
    public Gone(String reason) {
      this(reason, 0);
    }
  }

  /** HTTP 403: the session may not read this. */
  record Denied(String reason) implements Verdict {}

  /** HTTP 401: the session is missing, expired or rejected. */
  record Unauthenticated(String reason) implements Verdict {}

  /**
   * A failure that may pass: 408, 429, 5xx, a broken body, a reset connection, a timeout.
   *
   * @param retryAfter the server's {@code Retry-After}, when it gave one
   * @param status the HTTP status, or 0 when no answer arrived (a reset, a timeout)
   * @param notJson whether the answer was a 2xx with an HTML page or another non-JSON body: a
   *     transient fault for its first tries, and a sign that the route is gone when it stays
   */
  record Transient(String reason, @Nullable Duration retryAfter, int status, boolean notJson)
      implements Verdict {
    /** A transient failure without an HTTP answer (a reset connection, a timeout). */
    public Transient(String reason) {
      this(reason, null, 0);
    }

    /** A transient failure of a JSON answer (or of none). */
    public Transient(String reason, @Nullable Duration retryAfter, int status) {
      this(reason, retryAfter, status, false);
    }

    /** A transient failure whose HTTP status is not known (status 0). */
    public Transient(String reason, @Nullable Duration retryAfter) {
      this(reason, retryAfter, 0);
    }

    /** Whether the server asked to slow down (429): a sign of load, not of a broken endpoint. */
    public boolean throttled() {
      return status == 429;
    }
  }

  /** A 4xx that says the request is wrong; not retried. */
  record Refused(String reason) implements Verdict {}

  /**
   * Classifies one answer.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}, if any
   * @param body the body bytes
   * @param expect whether one element or a collection was asked (decides what a 404 means)
   * @param retryAfter the {@code Retry-After} header, if any
   * @param location the {@code Location} header of a redirect, if any
   */
  static Verdict classify(
      int status,
      @Nullable String contentType,
      byte[] body,
      Expect expect,
      @Nullable String retryAfter,
      @Nullable String location) {
    Optional<JsonNode> json = WireJson.parse(body);
    String detail = detail(json, body, contentType);
    if (status >= 200 && status < 300) {
      if (json.isPresent() && !isHtml(contentType)) {
        return new Data(json.get());
      }
      if (WireJson.looksLikeHtml(body) || isHtml(contentType)) {
        return new Transient(
            "HTTP " + status + " with an HTML page instead of JSON", null, status, true);
      }
      if (body.length == 0) {
        return new Transient("HTTP " + status + " with an empty body", null, status);
      }
      if (contentType == null || isJson(contentType)) {
        return new Transient(
            "HTTP " + status + " with a broken or truncated JSON body (" + body.length + " bytes)",
            null,
            status);
      }
      return new Transient(
          "HTTP "
              + status
              + " with a "
              + Quote.clip(mediaType(contentType), 60)
              + " body instead of JSON",
          null,
          status,
          true);
    }
    String head = "HTTP " + status + " (" + statusText(status) + ")" + detail;
    if ((status == 403 || status == 404)
        && body.length > 0
        && json.isEmpty()
        && !WireJson.looksLikeHtml(body)
        && (contentType == null || isJson(contentType))) {
      // What a 403 or a 404 means is in its body (no such element, or no such route; locked, or
      // denied): a JSON body cut short says nothing yet, and may be whole on the next try.
      return new Transient(
          "HTTP " + status + " with a broken or truncated JSON body (" + body.length + " bytes)",
          null,
          status);
    }
    if (status >= 300 && status < 400) {
      return new Gone(
          head
              + ": redirected"
              + (location == null ? "" : " to " + Quote.of(stripQuery(location)))
              + " instead of answering",
          status);
    }
    return switch (status) {
      case 401 -> new Unauthenticated(head);
      case 403 -> new Denied(head);
      case 404 ->
          expect == Expect.ELEMENT && json.filter(NaptimeError::saysNoSuchElement).isPresent()
              ? new Missing(head)
              : new Gone(head, status);
      case 405, 410, 501 -> new Gone(head, status);
      case 408, 425, 429 -> new Transient(head, parseRetryAfter(retryAfter, Instant.now()), status);
      case 400 ->
          json.flatMap(NaptimeError::of).filter(NaptimeError::isRoutingError).isPresent()
              ? new Gone(head, status)
              : new Refused(head);
      default ->
          status >= 500
              ? new Transient(head, parseRetryAfter(retryAfter, Instant.now()), status)
              : new Refused(head);
    };
  }

  /**
   * Parses a {@code Retry-After} value: delay seconds or an HTTP date.
   *
   * @return the wait, never negative; null when absent or unreadable
   */
  static @Nullable Duration parseRetryAfter(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, seconds));
    } catch (NumberFormatException e) {
      // not delay-seconds: try an HTTP date
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String detail(Optional<JsonNode> json, byte[] body, @Nullable String type) {
    Optional<NaptimeError> error = json.flatMap(NaptimeError::of);
    if (error.isPresent()) {
      return ": " + error.get().describe();
    }
    if (body.length > 0 && (WireJson.looksLikeHtml(body) || isHtml(type))) {
      return ": an HTML page";
    }
    return "";
  }

  private static boolean isHtml(@Nullable String contentType) {
    return contentType != null && mediaType(contentType).equals("text/html");
  }

  private static boolean isJson(String contentType) {
    String m = mediaType(contentType);
    return m.equals("application/json") || m.endsWith("+json") || m.equals("text/json");
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static String stripQuery(String location) {
    int q = location.indexOf('?');
    return q < 0 ? location : location.substring(0, q);
  }

  private static String statusText(int status) {
    return switch (status) {
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 412 -> "Precondition Failed";
      case 425 -> "Too Early";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status < 500 ? "Client Error" : "Server Error";
    };
  }
}
