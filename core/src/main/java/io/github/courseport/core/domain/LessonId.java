package io.github.courseport.core.domain;

/** A lesson id within an on-demand course. */
public record LessonId(String value) implements Comparable<LessonId> {
  public LessonId {
    Ids.requireValid(value, "LessonId");
  }

  @Override
  public int compareTo(LessonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
