package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Naptime error body: {@code {"errorCode": ..., "message": ..., "details": ...}}, or a routing
 * error {@code {"msg": "Routing error: ..."}}.
 *
 * @param errorCode the error code, e.g. {@code NotFound}; null for a routing error
 * @param message the message ({@code message}, or {@code msg} of a routing error)
 */
public record NaptimeError(@Nullable String errorCode, @Nullable String message) {

  /** Reads an error body; empty when the tree has neither {@code errorCode} nor a message. */
  public static Optional<NaptimeError> of(JsonNode tree) {
    if (!tree.isObject()) {
      return Optional.empty();
    }
    String code = scalar(tree.get("errorCode"));
    String message = scalar(tree.get("message"));
    if (message == null) {
      message = scalar(tree.get("msg"));
    }
    if (code == null && message == null) {
      return Optional.empty();
    }
    return Optional.of(new NaptimeError(code, message));
  }

  /**
   * Whether a 404's body is the API's own "no such element" rather than a missing route: a Naptime
   * error with an {@code errorCode} (2015), or today's {@code {"message":"","statusCode":404}}.
   */
  public static boolean saysNoSuchElement(JsonNode tree) {
    if (of(tree).filter(e -> e.errorCode() != null).isPresent()) {
      return true;
    }
    JsonNode status = tree.get("statusCode");
    return status != null && status.isIntegralNumber() && status.asInt() == 404;
  }

  /** Whether this is a {@code Routing error} (a finder or get-all the resource lacks). */
  public boolean isRoutingError() {
    return errorCode == null && message != null && message.startsWith("Routing error");
  }

  /** A short description for reasons, e.g. {@code NotFound: "no such course"}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (errorCode != null) {
      sb.append(Quote.clip(errorCode, 60));
    }
    if (message != null) {
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(Quote.of(message));
    }
    return sb.toString();
  }

  private static @Nullable String scalar(@Nullable JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText();
    return s.isEmpty() ? null : s;
  }
}
