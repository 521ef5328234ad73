package io.github.courseport.adapters.http.naptime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids on the wire: {@code ids=} lists (a comma inside an id escaped as {@code \,}), split into
 * chunks whose encoded length fits a URL, and composite ids ({@code user~course}, with {@code !}
 * escaping inside a part).
 */
public final class NaptimeIds {
  /**
   * A conservative budget for the encoded {@code ids=} value: URLs of about 2000 characters pass
   * every proxy and server, and the rest of the longest request ({@code courses.v1} with its {@code
   * fields} and {@code includes}) takes about 550.
   */
  public static final int DEFAULT_MAX_IDS_LENGTH = 1200;

  /** The encoded length of the comma between two ids ({@code %2C}). */
  private static final int SEPARATOR = QueryEncoding.encode(",").length();

  private NaptimeIds() {}

  /** One id as it goes into an {@code ids=} list: commas escaped with a backslash. */
  public static String escape(String id) {
    return id.replace(",", "\\,");
  }

  /** The {@code ids=} value (not yet URL-encoded) of some ids. */
  public static String join(Collection<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(escape(id));
    }
    return sb.toString();
  }

  /**
   * Splits ids into chunks whose URL-encoded {@code ids=} value is at most {@code maxEncodedLength}
   * characters. Order is kept; an id longer than the budget travels alone.
   */
  public static List<List<String>> chunks(List<String> ids, int maxEncodedLength) {
    if (maxEncodedLength < 1) {
      throw new IllegalArgumentException("maxEncodedLength must be positive");
    }
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int length = 0;
    for (String id : ids) {
      int add = QueryEncoding.encode(escape(id)).length();
      int with = current.isEmpty() ? add : length + SEPARATOR + add;
      if (!current.isEmpty() && with > maxEncodedLength) {
        out.add(current);
        current = new ArrayList<>();
        with = add;
      }
      current.add(id);
      length = with;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * A composite id of parts joined with {@code ~}; {@code !} and {@code ~} inside a part escaped.
   */
  public static String composite(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (sb.length() > 0) {
        sb.append('~');
      }
      sb.append(p.replace("!", "!!").replace("~", "!~"));
    }
    return sb.toString();
  }

  /** The parts of a composite id, unescaped: {@code "1~child!~X"} is {@code [1, child~X]}. */
  public static List<String> parts(String composite) {
    List<String> out = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < composite.length(); i++) {
      char c = composite.charAt(i);
      if (c == '!' && i + 1 < composite.length()) {
        part.append(composite.charAt(++i));
      } else if (c == '~') {
        out.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    out.add(part.toString());
    return out;
  }

  /** The last part of a composite id ({@code user~course~item} gives {@code item}). */
  public static String lastPart(String composite) {
    List<String> parts = parts(composite);
    return parts.get(parts.size() - 1);
  }
}
