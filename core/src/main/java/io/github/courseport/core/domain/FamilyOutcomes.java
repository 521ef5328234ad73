package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The outcome of each per-course family asked for one course, keyed type-safely by family. */
public final class FamilyOutcomes {
  private static final FamilyOutcomes NONE = new FamilyOutcomes(new TreeMap<>());
  private final SortedMap<CourseFamily<?>, Outcome<?>> outcomes;

  private FamilyOutcomes(SortedMap<CourseFamily<?>, Outcome<?>> outcomes) {
    this.outcomes = Collections.unmodifiableSortedMap(outcomes);
  }

  /** No family was asked (session-based courses have none of the on-demand families). */
  public static FamilyOutcomes none() {
    return NONE;
  }

  /** A builder that accepts each family once. */
  public static Builder builder() {
    return new Builder();
  }

  /** The outcome of a family, or null when it was not asked for this course. */
  public <V> @Nullable Outcome<V> get(CourseFamily<V> family) {
    @SuppressWarnings("unchecked") // put() only pairs a family with outcomes of its own type
    Outcome<V> o = (Outcome<V>) outcomes.get(family);
    return o;
  }

  /** Every asked family's outcome, in family order. */
  public SortedMap<CourseFamily<?>, Outcome<?>> asMap() {
    return outcomes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FamilyOutcomes f && outcomes.equals(f.outcomes);
  }

  @Override
  public int hashCode() {
    return outcomes.hashCode();
  }

  @Override
  public String toString() {
    return outcomes.toString();
  }

  /** Collects one outcome per family. */
  public static final class Builder {
    private final SortedMap<CourseFamily<?>, Outcome<?>> outcomes = new TreeMap<>();

    private Builder() {}

    /** Adds a family's outcome; each family at most once. */
    public <V> Builder put(CourseFamily<V> family, Outcome<V> outcome) {
      outcome.found().ifPresent(family::cast);
      if (outcomes.putIfAbsent(family, outcome) != null) {
        throw new IllegalStateException("family " + family + " given twice");
      }
      return this;
    }

    public FamilyOutcomes build() {
      return outcomes.isEmpty() ? NONE : new FamilyOutcomes(new TreeMap<>(outcomes));
    }

    /** For callers holding a map. */
    public Builder putAll(Map<CourseFamily<?>, Outcome<?>> all) {
      all.forEach((f, o) -> putUnchecked(f, o));
      return this;
    }

    private <V> void putUnchecked(CourseFamily<V> family, Outcome<?> outcome) {
      @SuppressWarnings("unchecked")
      Outcome<V> typed = (Outcome<V>) outcome;
      put(family, typed);
    }
  }
}
