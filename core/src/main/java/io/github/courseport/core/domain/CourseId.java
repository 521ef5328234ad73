package io.github.courseport.core.domain;

/**
 * A course id: 22-character base64 for on-demand (v2) courses, {@code v1-<n>} for session-based
 * (v1) ones, where {@code n} is the integer id that catalog.v1 and the v1 enrollments API use.
 */
public record CourseId(String value) implements Comparable<CourseId> {
  private static final String SESSION_PREFIX = "v1-";

  public CourseId {
    Ids.requireValid(value, "CourseId");
  }

  /** The id of the session-based course that catalog.v1 calls {@code catalogId}. */
  public static CourseId sessionBased(long catalogId) {
    return new CourseId(SESSION_PREFIX + catalogId);
  }

  /** Whether this id names a session-based (v1) course. */
  public boolean isSessionBased() {
    return value.startsWith(SESSION_PREFIX) && catalogNumber() >= 0;
  }

  /** The catalog.v1 integer id of a session-based course, or -1 when this is not one. */
  public long catalogNumber() {
    if (!value.startsWith(SESSION_PREFIX)) {
      return -1;
    }
    String digits = value.substring(SESSION_PREFIX.length());
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  @Override
  public int compareTo(CourseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
