package io.github.courseport.export.diff;

import java.io.PrintWriter;
import java.util.List;

/**
 * The changes as plain text for a terminal or a file: a heading per course, a line per change.
 * Control characters in names from the record are shown as {@code ?}, so a hostile name cannot
 * steer the terminal.
 */
public final class DiffText implements DiffSink {
  private final PrintWriter out;
  private DiffHeader header = new DiffHeader(side(), side());
  private boolean profileShown;

  public DiffText(PrintWriter out) {
    this.out = out;
  }

  private static DiffHeader.Side side() {
    return new DiffHeader.Side("", "", "", "", 0, 0);
  }

  @Override
  public void begin(DiffHeader header) {
    this.header = header;
    out.println(
        "Changes in the learning record of user "
            + safe(header.now().userId())
            + " from "
            + describe(header.old())
            + " to "
            + describe(header.now())
            + ":");
  }

  private static String describe(DiffHeader.Side s) {
    return safe(s.path())
        + (s.exportStarted().isEmpty() ? "" : " (exported " + safe(s.exportStarted()) + ")");
  }

  @Override
  public void profile(List<Change> changes) {
    if (!changes.isEmpty()) {
      out.println();
      out.println("Your profile");
      changes.forEach(c -> out.println("  " + safe(c.text())));
      profileShown = true;
    }
  }

  @Override
  public void course(CourseChanges course) {
    out.println();
    String mark =
        switch (course.status()) {
          case "added" -> "+ ";
          case "dropped" -> "- ";
          default -> "";
        };
    out.println(mark + safe(course.title()) + " [" + safe(course.courseId()) + "]");
    course.changes().forEach(c -> out.println("  " + safe(c.text())));
  }

  @Override
  public void end(DiffSummary summary) {
    out.println();
    if (!summary.outlinesInWords().isEmpty()) {
      out.println(summary.outlinesInWords());
    }
    if (!summary.workInWords().isEmpty()) {
      out.println(summary.workInWords());
    }
    if (!summary.changed()) {
      out.println(
          "Nothing changed: both archives hold the same learning record ("
              + header.now().courses()
              + " courses).");
    } else {
      out.println(
          summary.changes()
              + (summary.changes() == 1 ? " change" : " changes")
              + (summary.courses() > 0
                  ? " in "
                      + summary.courses()
                      + (summary.courses() == 1 ? " course" : " courses")
                      + (profileShown ? " and your profile" : "")
                  : " in your profile")
              + " ("
              + summary.added()
              + " joined, "
              + summary.dropped()
              + " left, "
              + summary.compared()
              + " compared).");
    }
    out.flush();
  }

  /** The text with control characters (C0, DEL, C1, bidi overrides) as {@code ?}. */
  static String safe(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069);
      if (control && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(control ? '?' : c);
      }
    }
    return b == null ? text : b.toString();
  }
}
