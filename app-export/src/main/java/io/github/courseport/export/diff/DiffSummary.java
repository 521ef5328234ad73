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
 * @param newWork courses compared whose learner's own work (attempts, submissions, reviews, notes,
 *     certificate) only the newer archive holds, as the older one did not ask it (written before
 *     Courseport fetched it, or with {@code --no-work}): new information, said once, not a change
 * @param workLeftOut courses compared whose learner's own work only the older archive holds, as the
 *     newer one did not ask it ({@code --no-work}): not compared, said once, not a change
 */
public record DiffSummary(
    int changes,
    int courses,
    int added,
    int dropped,
    int compared,
    int newOutlines,
    int newWork,
    int workLeftOut) {
  /** Totals without outlines or work that only one archive has. */
  public DiffSummary(int changes, int courses, int added, int dropped, int compared) {
    this(changes, courses, added, dropped, compared, 0, 0, 0);
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

  /**
   * The one sentence about the learner's own work that only one archive holds, or empty: an archive
   * that did not ask it says nothing about it, so it is not compared, attempt by attempt.
   */
  public String workInWords() {
    StringBuilder s = new StringBuilder();
    if (newWork > 0) {
      s.append("New information, not a change: the newer archive holds your own work")
          .append(" (attempts, submissions, reviews, notes, certificates) in ")
          .append(courses(newWork))
          .append(", which the older one did not ask (exported before Courseport fetched it, or")
          .append(" with --no-work).");
    }
    if (workLeftOut > 0) {
      s.append(s.isEmpty() ? "" : " ")
          .append("Not compared: the newer archive left your own work out (--no-work) in ")
          .append(courses(workLeftOut))
          .append(", which the older one holds.");
    }
    return s.toString();
  }

  private static String courses(int n) {
    return n + (n == 1 ? " course" : " courses");
  }
}
