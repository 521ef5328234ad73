package io.github.courseport.core.domain;

/** Validation shared by the typed ids: they hold any server text except what can never be an id. */
final class Ids {
  /** Longest id accepted; Coursera's are under 100 characters, a hostile server's may not be. */
  static final int MAX_LENGTH = 512;

  private Ids() {}

  static void requireValid(String value, String kind) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(kind + " must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          kind + " is " + value.length() + " characters long (at most " + MAX_LENGTH + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(kind + " contains a control character: " + quote(value));
      }
    }
  }

  /** A short, printable rendering of untrusted text for messages. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int limit = Math.min(text.length(), 60);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    if (text.length() > limit) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }
}
