package io.github.courseport.export.cli;

import java.util.Optional;

/**
 * Finds where the first SQL statement of a text ends, skipping string literals, quoted names and
 * comments, so that {@code courseport query} can refuse a second statement (SQLite's driver would
 * run the first and silently drop the rest).
 */
final class SqlText {
  private SqlText() {}

  /**
   * The only statement of the text, without its final semicolon.
   *
   * @return the statement, or empty when the text holds no statement at all
   * @throws IllegalArgumentException when a second statement follows the first
   */
  static Optional<String> single(String sql) {
    int end = endOfFirst(sql);
    String first = sql.substring(0, end);
    if (blank(first)) {
      if (end < sql.length() && !blank(sql.substring(end + 1))) {
        return single(sql.substring(end + 1));
      }
      return Optional.empty();
    }
    if (end < sql.length()) {
      String rest = sql.substring(end + 1);
      if (!blank(rest.replace(";", " "))) {
        throw new IllegalArgumentException(
            "give one statement at a time (a second one follows the first semicolon)");
      }
    }
    return Optional.of(first.strip());
  }

  /** The index of the first semicolon outside literals and comments, or the text's length. */
  private static int endOfFirst(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ';') {
        return i;
      }
      i = skip(s, i);
    }
    return n;
  }

  /** Whether the text holds only white space and comments. */
  private static boolean blank(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("--", i) || s.startsWith("/*", i)) {
        i = skip(s, i);
      } else {
        return false;
      }
    }
    return true;
  }

  /** The index after the token starting at {@code i}: a literal, quoted name, comment or char. */
  private static int skip(String s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
      char close = c == '[' ? ']' : c;
      int j = i + 1;
      while (j < n) {
        if (s.charAt(j) == close) {
          if (close != ']' && j + 1 < n && s.charAt(j + 1) == close) {
            j += 2; // a doubled quote stands for itself
            continue;
          }
          return j + 1;
        }
        j++;
      }
      return n;
    }
    if (s.startsWith("--", i)) {
      int eol = s.indexOf('\n', i);
      return eol < 0 ? n : eol + 1;
    }
    if (s.startsWith("/*", i)) {
      int close = s.indexOf("*/", i + 2);
      return close < 0 ? n : close + 2;
    }
    return i + 1;
  }
}
