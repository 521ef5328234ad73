package io.github.courseport.adapters.http.naptime;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of path segments and query values, done once here so that requests are
 * byte-for-byte predictable (their length is checked against URL budgets) whatever client sends
 * them: only RFC 3986's unreserved characters stay literal, everything else (the commas and
 * parentheses of {@code fields} and {@code ids} too, as the seed's {@code %2C} shows Coursera
 * accepts) is encoded as UTF-8. Feign passes such fully encoded values through unchanged.
 */
public final class QueryEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QueryEncoding() {}

  /** Encodes a query value or one path segment (a slash inside it is encoded too). */
  public static String encode(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }
}
