package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlCompleteness.missing;
import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A course card's grade in {@code index.html}: the course grade and whether it passed, the graded
 * items passed, the verified track, and a folded table of item grades.
 */
final class IndexHtmlGrade {
  private IndexHtmlGrade() {}

  static void write(StringBuilder h, CourseRecord record, @Nullable CourseGrade g) {
    h.append("<h4>Grade</h4>\n");
    if (g == null) {
      h.append("<p class=\"muted small\">")
          .append(
              missing(
                  record,
                  CourseFamily.GRADES,
                  record.isSessionBased()
                      ? "Coursera keeps no grades of session-based courses."
                      : "No grade yet."))
          .append("</p>\n");
      return;
    }
    GradeOutcome overall = g.overallOutcome();
    h.append("<p>");
    if (overall != null) {
      h.append("<span class=\"grade\">")
          .append(Views.percentOfFraction(overall.courseGrade()))
          .append("</span> ");
    }
    h.append(
        Views.passed(g.passingState())
            ? "<span class=\"badge passed\">Passed</span>"
            : g.passingState() == null
                ? ""
                : "<span class=\"badge\">" + esc(passingInWords(g.passingState())) + "</span>");
    h.append("<br><span class=\"small muted\">");
    List<String> facts = new ArrayList<>();
    if (overall != null) {
      facts.add(
          overall.passedItemsCount()
              + (g.passableItemsCount() == null ? "" : " of " + g.passableItemsCount())
              + " graded items passed");
    }
    GradeOutcome verified = g.verifiedOutcome();
    if (verified != null) {
      facts.add("verified track " + Views.percentOfFraction(verified.courseGrade()));
    }
    if (g.timestamp() != null) {
      facts.add("as of " + time(g.timestamp(), false));
    }
    h.append(String.join(" \u00b7 ", facts)).append("</span></p>\n");
    if (!g.itemGrades().isEmpty()) {
      h.append("<details><summary>")
          .append(g.itemGrades().size())
          .append(g.itemGrades().size() == 1 ? " graded item" : " graded items")
          .append("</summary>\n<table><thead><tr><th>Item</th><th>Grade</th><th>State</th>")
          .append("</tr></thead><tbody>\n");
      for (Map.Entry<ItemId, ItemGrade> e : g.itemGrades().entrySet()) {
        ItemGrade item = e.getValue();
        h.append("<tr><td>")
            .append(esc(e.getKey().value()))
            .append("</td><td class=\"num\">")
            .append(item.grade() == null ? "\u2013" : Views.percentOfFraction(item.grade()))
            .append("</td><td>")
            .append(item.state() == null ? "" : esc(passingInWords(item.state())))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</details>\n");
    }
  }

  private static String passingInWords(String state) {
    return switch (state) {
      case "passed" -> "passed";
      case "verifiedPassed" -> "passed (verified)";
      case "notPassed" -> "not passed yet";
      case "failed" -> "failed";
      default -> state;
    };
  }
}
