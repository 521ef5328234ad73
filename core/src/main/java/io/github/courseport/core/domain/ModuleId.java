package io.github.courseport.core.domain;

/** A module id within an on-demand course (5 characters on the wire). */
public record ModuleId(String value) implements Comparable<ModuleId> {
  public ModuleId {
    Ids.requireValid(value, "ModuleId");
  }

  @Override
  public int compareTo(ModuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
