package io.github.courseport.export.views;

import java.time.Instant;
import java.util.Locale;

/** Small text helpers that every section of {@code index.html} uses: escaping, times, words. */
final class IndexHtmlText {
  private IndexHtmlText() {}

  /** A {@code <time>} element: the date, or the date and time, in UTC. */
  static String time(Instant instant, boolean withTime) {
    return "<time datetime=\""
        + instant
        + "\">"
        + (withTime ? Views.dateTime(instant) : Views.date(instant))
        + "</time>";
  }

  static String esc(String text) {
    return Html.escape(text);
  }

  /** A wire constant in words: {@code PRE_ENROLLED} -> "pre enrolled". */
  static String words(String constant) {
    return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
