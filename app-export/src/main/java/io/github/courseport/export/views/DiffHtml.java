package io.github.courseport.export.views;

import io.github.courseport.export.diff.Change;
import io.github.courseport.export.diff.CourseChanges;
import io.github.courseport.export.diff.DiffHeader;
import io.github.courseport.export.diff.DiffSink;
import io.github.courseport.export.diff.DiffSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The changes between two archives as one HTML page in the style of {@code index.html}: offline,
 * self-contained, no script at all (a Content-Security-Policy forbids every request and every
 * script), and every string from the records escaped. Written as the changes are found; the totals
 * come last, at the end of the page.
 */
public final class DiffHtml implements DiffSink {
  private static final String EXTRA_CSS =
      ".change{margin:4px 0}.badge.added{background:var(--ok);color:#fff}"
          + ".badge.dropped{background:var(--bad);color:#fff}"
          + ".course ul{margin:8px 0 0;padding-left:20px}\n";

  private final Writer out;
  private boolean anyCourse;

  public DiffHtml(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(DiffHeader header) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"Courseport\">\n");
    out.write("<title>What changed in the Coursera learning record of user ");
    out.write(Html.escape(header.now().userId()));
    out.write("</title>\n<style>\n");
    out.write(IndexHtmlAssets.CSS);
    out.write(EXTRA_CSS);
    out.write("</style>\n</head>\n<body>\n<header class=\"top\">\n<h1>What changed</h1>\n");
    out.write("<p>In the Coursera learning record of user ");
    out.write(Html.escape(header.now().userId()));
    out.write("</p>\n<p>From ");
    side(header.old());
    out.write(" to ");
    side(header.now());
    out.write(".</p>\n</header>\n<main>\n");
  }

  private void side(DiffHeader.Side s) throws IOException {
    out.write("<b>");
    out.write(Html.escape(s.path()));
    out.write("</b>");
    if (!s.exportStarted().isEmpty()) {
      out.write(" (exported ");
      out.write(Html.escape(s.exportStarted()));
      out.write(")");
    }
  }

  @Override
  public void profile(List<Change> changes) throws IOException {
    if (changes.isEmpty()) {
      return;
    }
    out.write("<section>\n<h2>Your profile</h2>\n<div class=\"panel\">\n<ul>\n");
    for (Change c : changes) {
      change(c);
    }
    out.write("</ul>\n</div>\n</section>\n");
  }

  @Override
  public void course(CourseChanges course) throws IOException {
    if (!anyCourse) {
      out.write("<section>\n<h2>Your courses</h2>\n");
      anyCourse = true;
    }
    out.write("<div class=\"course\">\n<h3>");
    out.write(Html.escape(course.title()));
    out.write("</h3>\n<p class=\"meta\">");
    if (!course.status().equals("changed")) {
      out.write("<span class=\"badge ");
      out.write(course.status().equals("added") ? "added\">joined" : "dropped\">left");
      out.write("</span> ");
    }
    out.write("<span class=\"small\">");
    out.write(Html.escape(course.courseId()));
    out.write("</span></p>\n<ul>\n");
    for (Change c : course.changes()) {
      change(c);
    }
    out.write("</ul>\n</div>\n");
  }

  private void change(Change c) throws IOException {
    out.write("<li class=\"change\" data-kind=\"");
    out.write(c.kind().json());
    out.write("\">");
    out.write(Html.escape(c.text()).replace(" -&gt; ", " \u2192 "));
    out.write("</li>\n");
  }

  @Override
  public void end(DiffSummary summary) throws IOException {
    if (anyCourse) {
      out.write("</section>\n");
    }
    out.write("<section>\n<div class=\"panel ");
    out.write(summary.changed() ? "incomplete" : "complete");
    out.write("\">\n<p>");
    if (summary.changed()) {
      out.write(
          summary.changes()
              + (summary.changes() == 1 ? " change" : " changes")
              + " in "
              + summary.courses()
              + (summary.courses() == 1 ? " course" : " courses")
              + ": "
              + summary.added()
              + " joined, "
              + summary.dropped()
              + " left, "
              + summary.compared()
              + " compared.");
    } else {
      out.write("Nothing changed: both archives hold the same learning record.");
    }
    for (String note : List.of(summary.outlinesInWords(), summary.workInWords())) {
      if (!note.isEmpty()) {
        out.write("</p>\n<p class=\"small\">");
        out.write(Html.escape(note));
      }
    }
    out.write(
        "</p>\n</div>\n</section>\n</main>\n<footer>Written by Courseport"
            + " (courseport diff). This page loads nothing and runs no script.</footer>\n"
            + "</body>\n</html>\n");
    out.flush();
  }
}
