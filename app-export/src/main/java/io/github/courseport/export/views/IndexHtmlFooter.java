package io.github.courseport.export.views;

/**
 * The end of {@code index.html}: the footer that links the archive's other files, the page's script
 * and the closing tags.
 */
final class IndexHtmlFooter {
  private IndexHtmlFooter() {}

  /** The footer; the calendar is linked only when there are deadlines. */
  static void write(StringBuilder h, boolean hasDeadlines) {
    h.append("</main>\n<footer>\n<p>Exported with Courseport. The same data is in machine-readable")
        .append(" form next to this page: <a href=\"record/learner.json\">record/learner.json</a>,")
        .append(" one file per course in <a href=\"record/courses/\">record/courses/</a>,")
        .append(" <a href=\"record/completeness.json\">record/completeness.json</a>,")
        .append(" <a href=\"")
        .append(GradesCsvRenderer.PATH)
        .append("\">grades (CSV)</a>, <a href=\"")
        .append(GradesCsvRenderer.ITEMS_PATH)
        .append("\">item grades (CSV)</a>,");
    if (hasDeadlines) {
      h.append(" <a href=\"")
          .append(DeadlinesIcsRenderer.PATH)
          .append("\">deadlines (iCalendar)</a>,");
    }
    h.append(" <a href=\"")
        .append(XapiStatementsRenderer.PATH)
        .append("\">xAPI statements</a>, and every answer of Coursera's servers byte for byte in")
        .append(" <a href=\"raw/\">raw/</a>. Times are in UTC.</p>\n</footer>\n");
    h.append("<script>").append(IndexHtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
  }
}
