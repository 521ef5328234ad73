package io.github.courseport.core.domain;

/** A catalog.v1 category id. */
public record CategoryId(String value) implements Comparable<CategoryId> {
  public CategoryId {
    Ids.requireValid(value, "CategoryId");
  }

  @Override
  public int compareTo(CategoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
