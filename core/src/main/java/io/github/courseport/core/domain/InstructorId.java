package io.github.courseport.core.domain;

/** An instructor id; strings in {@code courses.v1}, integers in catalog.v1. */
public record InstructorId(String value) implements Comparable<InstructorId> {
  public InstructorId {
    Ids.requireValid(value, "InstructorId");
  }

  @Override
  public int compareTo(InstructorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
