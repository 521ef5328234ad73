package io.github.courseport.core.domain;

/** A learner's external id as classmates see it (32 hex characters on the wire). */
public record ExternalUserId(String value) implements Comparable<ExternalUserId> {
  public ExternalUserId {
    Ids.requireValid(value, "ExternalUserId");
  }

  @Override
  public int compareTo(ExternalUserId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
