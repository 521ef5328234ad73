package io.github.courseport.export.views;

/**
 * The part of {@code index.html} that points to the record's SQLite database and shows the SQL of
 * the named queries ({@link NamedQueries}), so a learner can copy them into any SQLite tool. It
 * holds no server text; everything is escaped all the same.
 */
final class QueriesSection {
  /** Inline, as the page's style sheet has no rule for code blocks. */
  private static final String PRE_STYLE =
      "overflow-x:auto;white-space:pre;background:var(--track);padding:10px 12px;"
          + "border-radius:8px;font-size:13px;margin:6px 0 14px";

  private QueriesSection() {}

  /** Appends the section: a link to the database, then each named query with its SQL. */
  static void append(StringBuilder h) {
    h.append("<section id=\"queries\">\n<h2>Ask your record</h2>\n<div class=\"panel\">\n")
        .append("<p>The whole record is also one SQLite database, <a href=\"")
        .append(Html.escape(RecordDatabaseRenderer.PATH))
        .append("\">")
        .append(Html.escape(RecordDatabaseRenderer.PATH))
        .append("</a>: open it with <code>sqlite3</code>, DB Browser for SQLite, Datasette,")
        .append(" pandas or DuckDB, or ask it with <code>courseport query ARCHIVE")
        .append(" &quot;SELECT \u2026&quot;</code>. Its <code>readme</code> table says what each")
        .append(" table and column holds. These questions come with Courseport (")
        .append("<code>courseport query ARCHIVE grades</code>); copy their SQL to start your")
        .append(" own.</p>\n");
    for (NamedQueries.NamedQuery q : NamedQueries.all()) {
      h.append("<h4><code>")
          .append(Html.escape(q.invocation()))
          .append("</code></h4>\n<p class=\"muted small\">")
          .append(Html.escape(q.description()))
          .append("</p>\n<pre style=\"")
          .append(PRE_STYLE)
          .append("\"><code>")
          .append(Html.escape(q.sql()))
          .append("</code></pre>\n");
    }
    h.append("</div>\n</section>\n");
  }
}
