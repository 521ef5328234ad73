package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The JSON mapper of the adapters and a few helpers around it. Floating-point numbers are read as
 * exact decimals so that an unknown field kept as raw JSON text ({@link WireElement#extras()})
 * reads as the server wrote it ({@code 1.10} stays {@code 1.10}).
 */
public final class WireJson {
  /**
   * Read limits, set deliberately rather than left to Jackson's defaults: Naptime answers nest a
   * dozen levels at most and carry no number longer than a timestamp, so deeper or longer input is
   * hostile or broken and fails to parse (then the answer is a recorded failure, not a crash).
   */
  public static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(100)
          .maxNumberLength(64)
          .maxStringLength(16 << 20)
          .maxDocumentLength(32L << 20)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private WireJson() {}

  /** The shared mapper; thread-safe, do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses a body as JSON.
   *
   * @return the tree, or empty when the bytes are not one complete JSON value
   */
  public static Optional<JsonNode> parse(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try (var parser = MAPPER.createParser(body)) {
      JsonNode tree = MAPPER.readTree(parser);
      if (tree == null || tree.isMissingNode() || parser.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(tree);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The compact JSON text of a tree. */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serializes", e);
    }
  }

  /** Whether a body looks like an HTML page (the site's answer to an unknown route). */
  public static boolean looksLikeHtml(byte[] body) {
    int i = 0;
    // Skip a UTF-8 byte-order mark and leading white space.
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb) {
      i = 3;
    }
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i < body.length && body[i] == '<';
  }
}
