package io.github.courseport.core.domain;

/** An on-demand specialization id (22-character base64). */
public record SpecializationId(String value) implements Comparable<SpecializationId> {
  public SpecializationId {
    Ids.requireValid(value, "SpecializationId");
  }

  @Override
  public int compareTo(SpecializationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
