package io.github.courseport.core.domain;

/** An item id within an on-demand course. */
public record ItemId(String value) implements Comparable<ItemId> {
  public ItemId {
    Ids.requireValid(value, "ItemId");
  }

  @Override
  public int compareTo(ItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
