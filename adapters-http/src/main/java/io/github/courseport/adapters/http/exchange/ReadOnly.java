package io.github.courseport.adapters.http.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.adapters.http.naptime.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one rule of what Courseport may send, and the one list of the GraphQL operations it may ask:
 * Courseport only reads, so a request is sent only when it is
 *
 * <ul>
 *   <li>a {@code GET} without a body; or
 *   <li>a {@code POST} to {@code /api/batch} whose every sub-request is a {@code GET}; or
 *   <li>a {@code POST} to the GraphQL gateway ({@code /graphql-gateway?opname=OP}) of an operation
 *       of {@link #GATEWAY_OPERATIONS}, whose document is a {@code query} of that name and nothing
 *       else: never a {@code mutation} or a {@code subscription}, no persisted-query extension.
 * </ul>
 *
 * <p>Every transport checks every request with {@link #check} before it sends a byte, and the HTTP
 * client checks the bytes themselves once more at the last moment; anything else is refused with
 * {@link WriteRefusedException}, whatever built the request (a course outline naming an odd item
 * type included).
 */
public final class ReadOnly {
  /**
   * The GraphQL operations Courseport may send: read-only queries, each named in the endpoint table
   * ({@code QueryState}: the state of the learner's attempts at one quiz or exam).
   */
  public static final Set<String> GATEWAY_OPERATIONS = Set.of("QueryState");

  /** The path of the GraphQL gateway (host www). */
  public static final String GATEWAY_PATH = "/graphql-gateway";

  /** The path of the batch endpoint (host www). */
  public static final String BATCH_PATH = "/api/batch";

  private static final Set<String> GATEWAY_BODY_FIELDS =
      Set.of("operationName", "variables", "query");

  private ReadOnly() {}

  /**
   * Checks a request of the endpoint table.
   *
   * @throws WriteRefusedException when it could write
   */
  public static void check(ApiRequest request) {
    String body = request.body();
    check(
        request.method(),
        request.url(),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Checks a request as it is about to be sent.
   *
   * @param method the HTTP method
   * @param target the path and query (or the whole URL): only its path and query are read
   * @param body the body bytes, or null for none
   * @throws WriteRefusedException when it could write
   */
  public static void check(String method, String target, byte @Nullable [] body) {
    String pathAndQuery = pathAndQuery(target);
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    boolean hasBody = body != null && body.length > 0;
    if (method.equals("GET")) {
      if (hasBody) {
        throw refused(method, path, "a GET carries no body");
      }
      return;
    }
    if (!method.equals("POST")) {
      throw refused(method, path, "only GET is sent, and the POSTs that read");
    }
    if (path.endsWith(BATCH_PATH)) {
      batch(path, body);
    } else if (path.endsWith(GATEWAY_PATH)) {
      gateway(path, query, body);
    } else {
      throw refused(method, path, "a POST goes only to the batch endpoint or the GraphQL gateway");
    }
  }

  private static void batch(String path, byte @Nullable [] body) {
    JsonNode tree = json(path, body);
    if (!tree.isObject()) {
      throw refused("POST", path, "a batch is a JSON object of sub-requests");
    }
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      JsonNode sub = e.getValue();
      String method = sub.path("method").isTextual() ? sub.path("method").asText() : "";
      String url = sub.path("url").isTextual() ? sub.path("url").asText() : "";
      if (!method.equals("GET")) {
        throw refused("POST", path, "sub-request " + e.getKey() + " is not a GET");
      }
      if (sub.has("body") || !url.startsWith("/") || pathAndQuery(url).contains(BATCH_PATH)) {
        throw refused("POST", path, "sub-request " + e.getKey() + " is not a plain GET");
      }
    }
  }

  private static void gateway(String path, String query, byte @Nullable [] body) {
    JsonNode tree = json(path, body);
    if (!tree.isObject()) {
      throw refused("POST", path, "a GraphQL request is a JSON object");
    }
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      if (!GATEWAY_BODY_FIELDS.contains(e.getKey())) {
        throw refused("POST", path, "a GraphQL request with a field " + e.getKey());
      }
    }
    String operation = tree.path("operationName").asText("");
    if (!tree.path("operationName").isTextual() || !GATEWAY_OPERATIONS.contains(operation)) {
      throw refused("POST", path, "the operation " + operation + " is not an allowed query");
    }
    if (!query.equals("opname=" + operation)) {
      throw refused("POST", path, "the URL does not name the operation " + operation);
    }
    JsonNode variables = tree.get("variables");
    if (variables != null && !variables.isObject() && !variables.isNull()) {
      throw refused("POST", path, "variables must be an object");
    }
    if (!tree.path("query").isTextual()) {
      throw refused("POST", path, "a GraphQL request without its document");
    }
    List<String[]> definitions;
    try {
      definitions = definitions(tree.path("query").asText());
    } catch (IllegalArgumentException malformed) {
      throw refused("POST", path, "the GraphQL document cannot be read: " + malformed.getMessage());
    }
    int queries = 0;
    for (String[] d : definitions) {
      switch (d[0]) {
        case "query" -> {
          queries++;
          if (!d[1].equals(operation)) {
            throw refused("POST", path, "the document holds another operation, " + d[1]);
          }
        }
        case "fragment" -> {
          // a fragment only names fields to read
        }
        case "mutation", "subscription" ->
            throw refused("POST", path, "the document holds a " + d[0] + " (" + d[1] + ")");
        default -> throw refused("POST", path, "the document holds an unnamed operation");
      }
    }
    if (queries != 1) {
      throw refused("POST", path, "the document holds " + queries + " queries, not one");
    }
  }

  /**
   * The top-level definitions of a GraphQL document: for each, its keyword ({@code query}, {@code
   * mutation}, {@code subscription}, {@code fragment}, or an opening brace for a shorthand query)
   * and its name (empty when none). Strings, block strings and comments are skipped, so no word
   * inside them counts.
   *
   * @throws IllegalArgumentException when the document is malformed (unbalanced, unterminated)
   */
  static List<String[]> definitions(String doc) {
    List<String[]> out = new ArrayList<>();
    int braces = 0;
    int parens = 0;
    int valueBraces = 0;
    boolean expectDefinition = true;
    String[] current = null;
    boolean wantName = false;
    int i = 0;
    int n = doc.length();
    while (i < n) {
      char c = doc.charAt(i);
      if (c == '#') {
        while (i < n && doc.charAt(i) != '\n' && doc.charAt(i) != '\r') {
          i++;
        }
        continue;
      }
      if (c == '"') {
        i = skipString(doc, i);
        wantName = false;
        continue;
      }
      if (isNameStart(c)) {
        int from = i;
        while (i < n && isNamePart(doc.charAt(i))) {
          i++;
        }
        String word = doc.substring(from, i);
        if (braces == 0 && parens == 0) {
          if (expectDefinition) {
            current = new String[] {word, ""};
            out.add(current);
            expectDefinition = false;
            wantName = true;
          } else if (wantName && current != null) {
            current[1] = word;
            wantName = false;
          }
        }
        continue;
      }
      switch (c) {
        case '{' -> {
          if (parens > 0) {
            valueBraces++;
          } else {
            if (braces == 0 && expectDefinition) {
              out.add(new String[] {"{", ""});
              expectDefinition = false;
            }
            braces++;
            wantName = false;
          }
        }
        case '}' -> {
          if (parens > 0) {
            valueBraces--;
            if (valueBraces < 0) {
              throw new IllegalArgumentException("unbalanced braces");
            }
          } else {
            braces--;
            if (braces < 0) {
              throw new IllegalArgumentException("unbalanced braces");
            }
            if (braces == 0) {
              expectDefinition = true;
              current = null;
            }
          }
        }
        case '(', '[' -> {
          parens++;
          wantName = false;
        }
        case ')', ']' -> {
          parens--;
          if (parens < 0) {
            throw new IllegalArgumentException("unbalanced parentheses");
          }
        }
        default -> {
          if (!Character.isWhitespace(c) && c != ',' && c != '\uFEFF') {
            wantName = false;
          }
        }
      }
      i++;
    }
    if (braces != 0 || parens != 0 || valueBraces != 0) {
      throw new IllegalArgumentException("unbalanced braces or parentheses");
    }
    if (!expectDefinition) {
      throw new IllegalArgumentException("a definition without a selection");
    }
    return out;
  }

  /** The index after a string or block string that starts at {@code from}. */
  private static int skipString(String doc, int from) {
    int n = doc.length();
    if (doc.startsWith("\"\"\"", from)) {
      int i = from + 3;
      while (i < n) {
        if (doc.startsWith("\\\"\"\"", i)) {
          i += 4;
        } else if (doc.startsWith("\"\"\"", i)) {
          return i + 3;
        } else {
          i++;
        }
      }
      throw new IllegalArgumentException("an unterminated block string");
    }
    int i = from + 1;
    while (i < n) {
      char c = doc.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else if (c == '\n' || c == '\r') {
        break;
      } else {
        i++;
      }
    }
    throw new IllegalArgumentException("an unterminated string");
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private static JsonNode json(String path, byte @Nullable [] body) {
    Optional<JsonNode> tree = body == null ? Optional.empty() : WireJson.parse(body);
    return tree.orElseThrow(() -> refused("POST", path, "the body is not JSON"));
  }

  private static String pathAndQuery(String target) {
    int scheme = target.indexOf("://");
    if (scheme < 0) {
      return target;
    }
    int slash = target.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : target.substring(slash);
  }

  private static WriteRefusedException refused(String method, String path, String why) {
    return new WriteRefusedException(
        "Courseport only reads: refused to send " + method + " " + path + " (" + why + ")");
  }
}
