package io.github.courseport.core.domain;

/** A partner (university) id; strings in {@code courses.v1}, integers in catalog.v1. */
public record PartnerId(String value) implements Comparable<PartnerId> {
  public PartnerId {
    Ids.requireValid(value, "PartnerId");
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
