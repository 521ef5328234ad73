package io.github.courseport.core.domain;

/** A session-based (v1) course session id (integers on the wire). */
public record SessionId(long value) implements Comparable<SessionId> {
  /** Parses the decimal form used on the wire. */
  public static SessionId parse(String text) {
    try {
      return new SessionId(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a numeric SessionId: " + Ids.quote(text), e);
    }
  }

  @Override
  public int compareTo(SessionId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
