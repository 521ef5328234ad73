package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The {@code paging} of a Naptime answer.
 *
 * @param next the cursor of the next page, passed back verbatim as {@code start}; null on the last
 *     page
 * @param total the number of elements the whole list has, when the server says
 */
public record Paging(@Nullable String next, @Nullable Long total) {
  /** No paging information: one page, no total. */
  public static final Paging NONE = new Paging(null, null);

  /** Reads {@code paging} from an object, {@code {}}, {@code null} or a missing node. */
  public static Paging of(@Nullable JsonNode paging) {
    if (paging == null || !paging.isObject()) {
      return NONE;
    }
    JsonNode n = paging.get("next");
    String next = null;
    if (n != null && !n.isNull() && !n.isContainerNode()) {
      String s = n.asText();
      next = s.isEmpty() ? null : s;
    }
    JsonNode t = paging.get("total");
    Long total = null;
    if (t != null && t.isIntegralNumber() && t.canConvertToLong()) {
      total = t.longValue();
    } else if (t != null && t.isTextual()) {
      try {
        total = Long.parseLong(t.textValue().trim());
      } catch (NumberFormatException e) {
        total = null;
      }
    }
    return next == null && total == null ? NONE : new Paging(next, total);
  }
}
