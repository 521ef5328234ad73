package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;
import static io.github.courseport.export.views.IndexHtmlText.words;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionId;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A course card's dates in {@code index.html}: when the learner joined or enrolled, its sessions
 * (whose dates may lack a part) and when its schedule started.
 */
final class IndexHtmlCourseDates {
  private IndexHtmlCourseDates() {}

  static void write(StringBuilder h, CourseRecord record) {
    List<String> lines = new ArrayList<>();
    for (Membership m : record.memberships()) {
      String role = m.role() == null ? "" : " as " + esc(words(m.role()));
      lines.add(
          m.timestamp() == null ? "Member" + role : "Joined " + time(m.timestamp(), false) + role);
    }
    for (Enrollment e : record.enrollments()) {
      StringBuilder s = new StringBuilder("Enrolled");
      if (e.sessionId() != null) {
        s.append(" in session ").append(e.sessionId());
      }
      if (e.start() != null) {
        s.append(", ").append(time(e.start(), false));
        if (e.end() != null) {
          s.append(" \u2013 ").append(time(e.end(), false));
        }
      }
      if (e.signatureTrack()) {
        s.append(" \u00b7 signature track");
      }
      lines.add(s.toString());
    }
    for (Map.Entry<SessionId, Outcome<Session>> s : record.sessions().entrySet()) {
      Session session = s.getValue().found().orElse(null);
      if (session == null) {
        // A session the catalog lost: the enrollment above still names it; say what became of it.
        lines.add(
            "Session "
                + esc(s.getKey().toString())
                + (s.getValue().isGap()
                    ? ": could not be fetched (" + esc(s.getValue().reason()) + ")"
                    : ": the catalog no longer has it"));
        continue;
      }
      StringBuilder line = new StringBuilder("Session ").append(s.getKey());
      if (!session.start().isUnknown()) {
        line.append(" started ").append(esc(partialDate(session.start())));
      }
      if (session.durationString() != null) {
        line.append(" \u00b7 ").append(esc(session.durationString()));
      }
      lines.add(line.toString());
    }
    DeadlineSettings settings = Views.found(record, CourseFamily.DEADLINES);
    if (settings != null && settings.start() != null) {
      lines.add("Schedule started " + time(settings.start(), false));
    }
    if (!lines.isEmpty()) {
      h.append("<p class=\"small\">").append(String.join("<br>", lines)).append("</p>\n");
    }
  }

  /** A partial date in words: "July 2013", "2013", "3 July (year unknown)". */
  static String partialDate(PartialDate d) {
    StringBuilder s = new StringBuilder();
    if (d.day() != null) {
      s.append(d.day()).append(' ');
    }
    if (d.month() != null) {
      s.append(Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
    }
    s.append(d.year() == null ? "(year unknown)" : d.year().toString());
    return s.toString().trim();
  }
}
