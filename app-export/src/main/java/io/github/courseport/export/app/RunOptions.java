package io.github.courseport.export.app;

import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.replay.Rebuild;
import java.nio.file.Path;

/**
 * What every run that writes an archive needs, whether it exports from a source ({@link
 * ExportOptions} say which and how) or rebuilds from an old archive's raw answers: where the new
 * archive goes, how many port calls are in flight, what it asks, and how much it prints.
 *
 * @param out where the archive goes; it must not exist yet
 * @param format a folder or one zip file
 * @param concurrency port calls (and so requests) in flight at most
 * @param resume continue the interrupted run waiting in {@code out}'s partial sibling
 * @param quiet print only the final line (and errors)
 * @param verbose print every phase and course, and error details
 * @param csvBom the CSV views start with a UTF-8 byte-order mark (for spreadsheets that need one)
 * @param noWork leave the learner's own work out (attempts, submissions, answers, notes,
 *     certificates): not asked, and the completeness report says so
 * @param forumRequestsPerCourse search each course's whole forums for the learner's posts, at most
 *     this many requests per course; 0: not searched
 */
public record RunOptions(
    Path out,
    BagArchive.Format format,
    int concurrency,
    boolean resume,
    boolean quiet,
    boolean verbose,
    boolean csvBom,
    boolean noWork,
    int forumRequestsPerCourse) {
  public RunOptions {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (quiet && verbose) {
      throw new IllegalArgumentException("quiet and verbose exclude each other");
    }
    if (forumRequestsPerCourse < 0) {
      throw new IllegalArgumentException("the forum budget must not be negative");
    }
  }

  /**
   * The options of a rebuild: a new archive (a rebuild never resumes), the library's {@link
   * Rebuild#CONCURRENCY}, and what the old archive was exported with.
   *
   * @param csvBom whether the old archive's CSV views start with a byte-order mark
   * @param noWork whether the old archive left the learner's own work out
   * @param forumRequestsPerCourse the old archive's forum budget, or 0
   */
  public static RunOptions rebuild(
      Path out,
      BagArchive.Format format,
      boolean quiet,
      boolean verbose,
      boolean csvBom,
      boolean noWork,
      int forumRequestsPerCourse) {
    return new RunOptions(
        out,
        format,
        Rebuild.CONCURRENCY,
        false,
        quiet,
        verbose,
        csvBom,
        noWork,
        forumRequestsPerCourse);
  }
}
