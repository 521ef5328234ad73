package io.github.courseport.export.views;

/**
 * Escapes untrusted text for HTML (Guava is not on this module's classpath, and five characters do
 * not justify it). The result is safe both as element content and inside a double- or single-quoted
 * attribute value; it is not safe inside {@code <script>} or {@code <style>}, or as an unquoted
 * attribute, so the page never puts server text there.
 */
final class Html {
  private Html() {}

  /**
   * The text with {@code & < > " '} as character references, C0 controls other than tab, line feed
   * and carriage return, and unpaired surrogates, replaced by U+FFFD (a browser would drop or
   * mangle them, and they cannot be encoded as UTF-8).
   */
  static String escape(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = "&quot;";
        case '\'' -> replacement = "&#39;";
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            replacement = "\uFFFD";
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            if (out != null) {
              out.append(c).append(text.charAt(i + 1));
            }
            i++;
            continue;
          } else if (Character.isSurrogate(c)) {
            replacement = "\uFFFD";
          } else {
            if (out != null) {
              out.append(c);
            }
            continue;
          }
        }
      }
      if (out == null) {
        out = new StringBuilder(n + 16).append(text, 0, i);
      }
      out.append(replacement);
    }
    return out == null ? text : out.toString();
  }
}
