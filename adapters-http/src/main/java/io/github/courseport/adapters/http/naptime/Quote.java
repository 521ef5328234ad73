package io.github.courseport.adapters.http.naptime;

/**
 * Short, printable renderings of untrusted server text for messages and reasons: control characters
 * replaced, length capped.
 */
public final class Quote {
  private static final int LIMIT = 80;

  private Quote() {}

  /** The text in double quotes, at most 80 characters of it. */
  public static String of(String text) {
    return "\"" + clip(text, LIMIT) + "\"";
  }

  /** The text without control characters, cut to a length with an ellipsis. */
  public static String clip(String text, int limit) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(text.length(), limit);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > limit) {
      sb.append("...");
    }
    return sb.toString();
  }
}
