package io.github.courseport.export.diff;

/**
 * The totals of a comparison.
 *
 * @param changes how many changes were found
 * @param courses in how many courses
 * @param added courses only in the newer archive
 * @param dropped courses only in the older archive
 * @param compared courses in both
 */
public record DiffSummary(int changes, int courses, int added, int dropped, int compared) {
  /** Whether anything changed. */
  public boolean changed() {
    return changes > 0;
  }
}
