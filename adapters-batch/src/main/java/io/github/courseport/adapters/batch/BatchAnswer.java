package io.github.courseport.adapters.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.courseport.adapters.http.naptime.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a batch answer, {@code {"0": {"status": 200, "headers": {...}, "bodyJson": {...}}, ...}},
 * straight from its bytes. A {@code bodyJson} is cut out of the answer as the exact byte span the
 * server wrote, never re-serialized: it is what the server sent for that sub-request, so the same
 * request gives the same bytes (and the same SHA-256) whether it came directly or in a batch.
 */
final class BatchAnswer {
  private BatchAnswer() {}

  /**
   * One sub-response.
   *
   * @param status its status, or null when the server gave none
   * @param headers its headers by name, case-insensitive
   * @param body the bytes of {@code bodyJson} as written, or the UTF-8 of the {@code body} text
   * @param json whether the body came as {@code bodyJson}
   */
  @SuppressWarnings("ArrayRecordComponent") // internal, never compared or hashed
  record Sub(@Nullable Integer status, Map<String, String> headers, byte[] body, boolean json) {
    @Nullable String header(String name) {
      return headers.get(name);
    }
  }

  /** The answer is not a batch answer at all (not a JSON object). */
  static final class NotABatchAnswer extends Exception {
    private static final long serialVersionUID = 1L;

    NotABatchAnswer(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The sub-responses by key. A key whose value is not an object is left out (its sub-request then
   * counts as unanswered).
   *
   * @throws NotABatchAnswer when the bytes are not one JSON object
   */
  static Map<String, Sub> parse(byte[] raw) throws NotABatchAnswer {
    Map<String, Sub> out = new HashMap<>();
    try (JsonParser p = WireJson.mapper().createParser(raw)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new NotABatchAnswer("the batch answer is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (p.nextToken() != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        out.put(key, sub(p, raw));
      }
    } catch (IOException e) {
      throw new NotABatchAnswer("the batch answer cannot be read as JSON");
    }
    return out;
  }

  private static Sub sub(JsonParser p, byte[] raw) throws IOException {
    Integer status = null;
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byte[] body = null;
    boolean json = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "status" -> status = status(p, value);
        case "headers" -> {
          if (value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              JsonToken v = p.nextToken();
              if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                headers.put(name, p.getText());
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        case "bodyJson" -> {
          body = span(p, raw);
          json = true;
        }
        case "body" -> {
          if (body == null || !json) {
            if (value == JsonToken.VALUE_STRING) {
              body = p.getText().getBytes(StandardCharsets.UTF_8);
            } else if (value == JsonToken.VALUE_NULL) {
              body = new byte[0];
            } else {
              body = span(p, raw);
            }
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    return new Sub(status, headers, body == null ? new byte[0] : body, json);
  }

  private static @Nullable Integer status(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (value == JsonToken.VALUE_STRING) {
      try {
        return Integer.parseInt(p.getText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    p.skipChildren();
    return null;
  }

  /** The bytes of the current value exactly as they stand in the answer. */
  private static byte[] span(JsonParser p, byte[] raw) throws IOException {
    long start = p.currentTokenLocation().getByteOffset();
    if (p.currentToken().isStructStart()) {
      p.skipChildren();
    } else {
      p.finishToken();
    }
    long end = p.currentLocation().getByteOffset();
    if (start < 0 || end < start || end > raw.length) {
      throw new IOException("no byte offsets for a value");
    }
    return Arrays.copyOfRange(raw, (int) start, (int) end);
  }
}
