package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One course's completeness: the status of each of its parts ({@code course}, {@code grades},
 * {@code partners:34}, ...) and the reason of each gap. Kept apart from the record so a resumed
 * export can rebuild the report from courses that an earlier run finished.
 */
@Described("What this course's record holds and lacks, part by part.")
public record CourseCompleteness(
    CourseId courseId,
    @Described("by part: course, a family name, or partners:<id>, instructors:<id>, sessions:<id>")
        SortedMap<String, Part> parts) {
  public CourseCompleteness {
    parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
  }

  /** Whether no part is unavailable or failed. */
  public boolean complete() {
    return parts.values().stream().noneMatch(Part::isGap);
  }

  /** A part's status and, for a gap, why. */
  @Described("One part's status and, for a gap, why.")
  public record Part(Outcome.Status status, String reason) {
    static Part of(Outcome<?> outcome) {
      return new Part(outcome.status(), outcome.reason());
    }

    @Described("Whether the part is a gap: unavailable or failed.")
    public boolean isGap() {
      return status == Outcome.Status.UNAVAILABLE || status == Outcome.Status.FAILED;
    }
  }
}
