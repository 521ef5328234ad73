package io.github.courseport.export.diff;

/**
 * The two archives compared.
 *
 * @param old the older archive
 * @param now the newer archive
 */
public record DiffHeader(Side old, Side now) {
  /**
   * One archive.
   *
   * @param path the path as given on the command line
   * @param userId the learner's Coursera user id
   * @param exportStarted when its data was exported ({@code Export-Started} of its bag-info, or of
   *     the archive it was rebuilt from), or empty when unknown
   * @param courseportVersion the Courseport that wrote it, or empty
   * @param schemaVersion the record format version of its files
   * @param courses how many courses its record has
   */
  public record Side(
      String path,
      String userId,
      String exportStarted,
      String courseportVersion,
      int schemaVersion,
      int courses) {}
}
