package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of {@code index.html}: the page's table of upcoming (and, folded, earlier) module
 * deadlines across courses, and each course card's own table. "Upcoming" is after the newest
 * activity in the record.
 */
final class IndexHtmlDeadlines {
  static final Comparator<Due> DUE_ORDER =
      Comparator.comparing(Due::at).thenComparing(Due::course).thenComparing(Due::module);

  private IndexHtmlDeadlines() {}

  /** One module deadline, as the page lists it. */
  record Due(Instant at, String course, String anchor, String module, boolean enabled) {}

  /** A course's module deadlines, not yet anchored to its card. */
  static List<Due> dues(CourseRecord record, String name, OutlineIndex names) {
    DeadlineSettings settings = Views.found(record, CourseFamily.DEADLINES);
    if (settings == null) {
      return List.of();
    }
    Map<ModuleId, String> weeks =
        IndexHtmlProgress.weeks(Views.found(record, CourseFamily.SCHEDULE));
    List<Due> dues = new ArrayList<>();
    for (ModuleDeadline d : settings.moduleDeadlines()) {
      dues.add(
          new Due(
              d.deadline(),
              name,
              "",
              IndexHtmlProgress.moduleLabel(d.moduleId(), weeks, names),
              settings.enabled()));
    }
    return dues;
  }

  /** The deadlines section of the page, if there are any deadlines. */
  static void write(StringBuilder h, List<Due> dues, @Nullable Instant asOf) {
    if (dues.isEmpty()) {
      return;
    }
    h.append("<section id=\"deadlines\">\n<div class=\"panel\">\n");
    if (asOf == null) {
      h.append("<h2>Deadlines</h2>\n");
      dueTable(h, dues);
    } else {
      List<Due> next = dues.stream().filter(d -> d.at().isAfter(asOf)).toList();
      List<Due> past = dues.stream().filter(d -> !d.at().isAfter(asOf)).toList();
      h.append("<h2>Upcoming deadlines</h2>\n<p class=\"muted small\">After ")
          .append(time(asOf, true))
          .append(", the newest activity in this record.</p>\n");
      if (next.isEmpty()) {
        h.append("<p>None.</p>\n");
      } else {
        dueTable(h, next);
      }
      if (!past.isEmpty()) {
        h.append("<details><summary>")
            .append(past.size())
            .append(past.size() == 1 ? " earlier deadline" : " earlier deadlines")
            .append("</summary>\n");
        dueTable(h, past);
        h.append("</details>\n");
      }
    }
    h.append("</div>\n</section>\n");
  }

  private static void dueTable(StringBuilder h, List<Due> dues) {
    h.append("<table><thead><tr><th>Due</th>");
    h.append("<th>Course</th><th>Module</th></tr></thead><tbody>\n");
    for (Due d : dues) {
      h.append("<tr><td>").append(time(d.at(), true)).append("</td>");
      h.append("<td><a href=\"#")
          .append(d.anchor())
          .append("\">")
          .append(esc(d.course()))
          .append("</a></td>");
      h.append("<td>").append(esc(d.module()));
      if (!d.enabled()) {
        h.append(" <span class=\"muted\">(deadlines switched off)</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** A course card's own deadlines table, if it has deadlines. */
  static void courseDeadlines(StringBuilder h, List<Due> dues, @Nullable Instant asOf) {
    if (dues.isEmpty()) {
      return;
    }
    List<Due> sorted = new ArrayList<>(dues);
    sorted.sort(DUE_ORDER);
    h.append("<h4>Deadlines</h4>\n<table><tbody>\n");
    for (Due d : sorted) {
      boolean past = asOf != null && !d.at().isAfter(asOf);
      h.append(past ? "<tr class=\"past\">" : "<tr>")
          .append("<td>")
          .append(time(d.at(), true))
          .append("</td><td>")
          .append(esc(d.module()))
          .append("</td><td>")
          .append(asOf == null ? "" : past ? "past" : "upcoming")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }
}
