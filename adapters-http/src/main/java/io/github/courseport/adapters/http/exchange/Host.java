package io.github.courseport.adapters.http.exchange;

/** The two Coursera hosts. */
public enum Host {
  /** {@code https://www.coursera.org}: the internal {@code /api/...} endpoints. */
  WWW,
  /** {@code https://api.coursera.org}: the public and catalog APIs. */
  API
}
