package io.github.courseport.core.domain;

/** A Coursera user id, as the session reports it (integers on the wire). */
public record UserId(long value) implements Comparable<UserId> {
  /** Parses the decimal form used on the wire. */
  public static UserId parse(String text) {
    try {
      return new UserId(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a numeric UserId: " + Ids.quote(text), e);
    }
  }

  @Override
  public int compareTo(UserId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
