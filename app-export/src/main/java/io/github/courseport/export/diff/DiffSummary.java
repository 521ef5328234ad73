package io.github.courseport.export.diff;

/**
 * The totals of a comparison.
 *
 * @param changes how many changes were found
 * @param courses in how many courses
 * @param added courses only in the newer archive
 * @param dropped courses only in the older archive
 * @param compared courses in both
 * @param newOutlines courses compared whose outline (the names of their modules and items) only the
 *     newer archive has: new information, said once, and not a change
 */
public record DiffSummary(
    int changes, int courses, int added, int dropped, int compared, int newOutlines) {
  /** Totals without outlines new to the newer archive. */
  public DiffSummary(int changes, int courses, int added, int dropped, int compared) {
    this(changes, courses, added, dropped, compared, 0);
  }

  /** Whether anything changed. */
  public boolean changed() {
    return changes > 0;
  }

  /**
   * The one sentence about outlines only the newer archive has, or empty: they name what the older
   * archive only numbered, so they are not reported as changes, module by module.
   */
  public String outlinesInWords() {
    if (newOutlines == 0) {
      return "";
    }
    return "New information, not a change: the newer archive has the outline of "
        + newOutlines
        + (newOutlines == 1 ? " course" : " courses")
        + " (the names of its modules and items), which the older one lacks.";
  }
}
