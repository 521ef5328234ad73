package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlCompleteness.missing;
import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.AssignmentGroupGrade;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemGroupGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.TrackAttainment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A course card's grade in {@code index.html}: the course grade (from whichever route answered) and
 * whether it passed, the graded items passed, the verified track, today's tracks and groups, and a
 * folded table of item grades by name, with each instructor's override and its explanation.
 */
final class IndexHtmlGrade {
  private IndexHtmlGrade() {}

  static void write(
      StringBuilder h, CourseRecord record, @Nullable CourseGrade g, OutlineIndex names) {
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
    Double grade = g.grade().orElse(null);
    h.append("<p>");
    if (grade != null) {
      h.append("<span class=\"grade\">").append(Views.percentOfFraction(grade)).append("</span> ");
    }
    h.append(
        Views.passed(g.passingState())
            ? "<span class=\"badge passed\">Passed</span>"
            : g.passingState() == null
                ? ""
                : "<span class=\"badge\">" + esc(passingInWords(g.passingState())) + "</span>");
    h.append("<br><span class=\"small muted\">");
    List<String> facts = new ArrayList<>();
    Integer passedItems = g.passedItems().orElse(null);
    if (passedItems != null) {
      facts.add(
          passedItems
              + (g.passableItemsCount() == null ? "" : " of " + g.passableItemsCount())
              + " graded items passed");
    }
    Double verified = Views.verifiedGrade(g);
    if (verified != null) {
      facts.add("verified track " + Views.percentOfFraction(verified));
    }
    if (g.timestamp() != null) {
      facts.add("as of " + time(g.timestamp(), false));
    }
    h.append(String.join(" \u00b7 ", facts)).append("</span></p>\n");
    groups(h, g, names);
    if (!g.itemGrades().isEmpty()) {
      h.append("<details><summary>")
          .append(g.itemGrades().size())
          .append(g.itemGrades().size() == 1 ? " graded item" : " graded items")
          .append("</summary>\n<table><thead><tr><th>Item</th><th>Grade</th><th>State</th>")
          .append("</tr></thead><tbody>\n");
      for (Map.Entry<ItemId, ItemGrade> e : g.itemGrades().entrySet()) {
        ItemGrade item = e.getValue();
        Double effective = item.effectiveGrade();
        h.append("<tr><td>")
            .append(
                esc(IndexHtmlText.capitalize(Views.clip(names.item(e.getKey()), Views.NAME_LIMIT))))
            .append("</td><td class=\"num\">")
            .append(effective == null ? "\u2013" : Views.percentOfFraction(effective))
            .append("</td><td>")
            .append(item.state() == null ? "" : esc(passingInWords(item.state())))
            .append("</td></tr>\n");
        if (item.override() != null) {
          h.append("<tr class=\"override\"><td colspan=\"3\" class=\"small\">")
              .append(overrideInWords(item))
              .append("</td></tr>\n");
        }
      }
      h.append("</tbody></table>\n</details>\n");
    }
  }

  /** An instructor's override of an item, in words, escaped. */
  private static String overrideInWords(ItemGrade item) {
    GradeOverride o = java.util.Objects.requireNonNull(item.override());
    StringBuilder s = new StringBuilder("Overridden by an instructor");
    if (o.overriddenAt() != null) {
      s.append(" on ").append(time(o.overriddenAt(), false));
    }
    List<String> what = new ArrayList<>();
    if (o.grade() != null) {
      what.add(
          "grade "
              + (item.grade() == null ? "" : Views.percentOfFraction(item.grade()) + " \u2192 ")
              + Views.percentOfFraction(o.grade()));
    }
    if (o.passed() != null) {
      what.add(o.passed() ? "passed" : "not passed");
    }
    if (!what.isEmpty()) {
      s.append(" (").append(String.join(", ", what)).append(')');
    }
    if (o.explanation() != null && !o.explanation().isBlank()) {
      s.append(": \u201c")
          .append(esc(Views.clip(o.explanation(), Views.TEXT_LIMIT)))
          .append('\u201d');
    }
    return s.append('.').toString();
  }

  /** Today's tracks, assignment groups and item groups, when the grade has them. */
  private static void groups(StringBuilder h, CourseGrade g, OutlineIndex names) {
    List<String> lines = new ArrayList<>();
    for (TrackAttainment t : g.tracks()) {
      List<String> facts = new ArrayList<>();
      if (t.passingState() != null) {
        facts.add(esc(passingInWords(t.passingState())));
      }
      if (t.overallPassedCount() != null) {
        facts.add(t.overallPassedCount() + " items passed");
      }
      if (t.verifiedPassedCount() != null) {
        facts.add(t.verifiedPassedCount() + " on the verified track");
      }
      lines.add(
          "Track "
              + esc(Views.clip(t.trackId(), Views.NAME_LIMIT))
              + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)));
    }
    for (AssignmentGroupGrade a : g.assignmentGroups()) {
      StringBuilder line =
          new StringBuilder(
              esc(
                  Views.clip(
                      a.name() == null || a.name().isBlank()
                          ? "assignment group " + a.groupId()
                          : a.name(),
                      Views.NAME_LIMIT)));
      if (a.grade() != null) {
        line.append(": ").append(Views.percentOfFraction(a.grade()));
      }
      if (!a.droppedItemIds().isEmpty()) {
        List<String> dropped = new ArrayList<>();
        a.droppedItemIds()
            .forEach(i -> dropped.add(esc(Views.clip(names.item(i), Views.NAME_LIMIT))));
        line.append(" (dropped: ").append(String.join(", ", dropped)).append(')');
      }
      lines.add(line.toString());
    }
    for (ItemGroupGrade ig : g.itemGroups()) {
      List<String> facts = new ArrayList<>();
      if (ig.overallGrade() != null) {
        facts.add(Views.percentOfFraction(ig.overallGrade()));
      }
      if (ig.passingState() != null) {
        facts.add(esc(passingInWords(ig.passingState())));
      }
      if (ig.overallPassedCount() != null) {
        facts.add(ig.overallPassedCount() + " passed");
      }
      lines.add(
          "Item group "
              + esc(Views.clip(ig.groupId(), Views.NAME_LIMIT))
              + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)));
    }
    if (!lines.isEmpty()) {
      h.append("<ul class=\"small\">\n");
      lines.forEach(l -> h.append("<li>").append(l).append("</li>\n"));
      h.append("</ul>\n");
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
