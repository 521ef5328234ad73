package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.capitalize;
import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemKind;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A course card's outline in {@code index.html}: every module (folded), its lessons and their items
 * by name, with each item's type and time and the learner's progress and grade, and each module's
 * progress, state and deadline. Without an outline it says why, and the other sections name modules
 * and items by id. Names and descriptions are escaped and shortened ({@link Views#clip}): the
 * record keeps them whole.
 */
final class IndexHtmlOutline {
  private IndexHtmlOutline() {}

  /** What the learner did in a course, looked up by the outline's rows. */
  private record Learner(
      @Nullable CourseProgress progress,
      @Nullable CourseGrade grade,
      @Nullable HomeProgress home,
      Map<ModuleId, Instant> deadlines) {
    static Learner of(CourseRecord record) {
      Map<ModuleId, Instant> deadlines = new HashMap<>();
      DeadlineSettings settings = Views.found(record, CourseFamily.DEADLINES);
      if (settings != null) {
        for (ModuleDeadline d : settings.moduleDeadlines()) {
          deadlines.putIfAbsent(d.moduleId(), d.deadline());
        }
      }
      return new Learner(
          Views.found(record, CourseFamily.PROGRESS),
          Views.found(record, CourseFamily.GRADES),
          Views.found(record, CourseFamily.HOME_PROGRESS),
          deadlines);
    }
  }

  static void write(StringBuilder h, CourseRecord record, OutlineIndex names) {
    if (record.isSessionBased() || record.families().asMap().isEmpty()) {
      return;
    }
    h.append("<h4>Outline</h4>\n");
    CourseOutline outline = names.outline().orElse(null);
    if (outline == null) {
      h.append("<p class=\"muted small outline-missing\">")
          .append(esc(capitalize(names.missing())))
          .append(". Modules and items appear by id.</p>\n");
      return;
    }
    Learner learner = Learner.of(record);
    int items = outline.allItems().size();
    long total = 0;
    for (OutlineModule m : outline.modules()) {
      total += m.timeCommitmentMillis() == null ? 0 : Math.max(0, m.timeCommitmentMillis());
    }
    String time = Views.duration(total);
    h.append("<p class=\"small muted\">")
        .append(outline.modules().size())
        .append(outline.modules().size() == 1 ? " module" : " modules")
        .append(" \u00b7 ")
        .append(items)
        .append(items == 1 ? " item" : " items")
        .append(time == null ? "" : " \u00b7 about " + time)
        .append("</p>\n");
    for (OutlineModule m : outline.modules()) {
      module(h, m, learner);
    }
    if (!outline.items().isEmpty()) {
      h.append("<details class=\"unit\"><summary>")
          .append(outline.items().size())
          .append(outline.items().size() == 1 ? " item" : " items")
          .append(" in no lesson</summary>\n");
      items(h, outline.items(), learner);
      h.append("</details>\n");
    }
  }

  private static void module(StringBuilder h, OutlineModule m, Learner learner) {
    List<String> facts = new ArrayList<>();
    String time = Views.duration(m.timeCommitmentMillis());
    if (time != null) {
      facts.add(time);
    }
    if (Boolean.TRUE.equals(m.optional())) {
      facts.add("optional");
    }
    Double pct = learner.progress() == null ? null : learner.progress().modules().get(m.id());
    if (pct != null) {
      facts.add(Views.percent(pct));
    }
    HomeProgress home = learner.home();
    if (home != null && home.modulesPassed().contains(m.id())) {
      facts.add("\u2713 passed");
    } else if (home != null && home.modulesCompleted().contains(m.id())) {
      facts.add("\u2713 completed");
    }
    Instant due = learner.deadlines().get(m.id());
    if (due != null) {
      facts.add("due " + time(due, false));
    }
    h.append("<details class=\"unit\" data-module=\"")
        .append(esc(m.id().value()))
        .append("\"><summary><b>")
        .append(esc(Views.clip(m.label(), Views.NAME_LIMIT)))
        .append("</b>");
    if (!facts.isEmpty()) {
      h.append(" <span class=\"small muted\">\u00b7 ")
          .append(String.join(" \u00b7 ", facts))
          .append("</span>");
    }
    h.append("</summary>\n");
    if (m.description() != null && !m.description().isBlank()) {
      h.append("<p class=\"small\">")
          .append(esc(Views.clip(m.description(), Views.TEXT_LIMIT)))
          .append("</p>\n");
    }
    if (!m.learningObjectives().isEmpty()) {
      h.append("<ul class=\"small\">\n");
      for (String objective : m.learningObjectives()) {
        h.append("<li>").append(esc(Views.clip(objective, Views.TEXT_LIMIT))).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    for (OutlineLesson l : m.lessons()) {
      h.append("<p class=\"lesson\"><b>").append(esc(Views.clip(l.label(), Views.NAME_LIMIT)));
      h.append("</b>");
      String lessonTime = Views.duration(l.timeCommitmentMillis());
      if (lessonTime != null) {
        h.append(" <span class=\"small muted\">\u00b7 ").append(lessonTime).append("</span>");
      }
      h.append("</p>\n");
      items(h, l.items(), learner);
    }
    h.append("</details>\n");
  }

  private static void items(StringBuilder h, List<OutlineItem> items, Learner learner) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<table class=\"items\"><thead><tr><th>Item</th><th>Type</th>")
        .append("<th class=\"num\">Time</th><th>Your progress</th><th class=\"num\">Grade</th>")
        .append("</tr></thead><tbody>\n");
    for (OutlineItem i : items) {
      h.append("<tr data-item=\"")
          .append(esc(i.id().value()))
          .append("\"><td>")
          .append(esc(Views.clip(i.label(), Views.NAME_LIMIT)));
      if (i.isLocked()) {
        h.append(" <span class=\"small muted\">(locked");
        if (i.lockedReason() != null && !i.lockedReason().isBlank()) {
          h.append(": ").append(esc(Views.clip(i.lockedReason(), Views.NAME_LIMIT)));
        }
        h.append(")</span>");
      }
      if (Boolean.TRUE.equals(i.optional())) {
        h.append(" <span class=\"small muted\">(optional)</span>");
      }
      String time = Views.duration(i.timeCommitmentMillis());
      ItemProgress p = learner.progress() == null ? null : learner.progress().items().get(i.id());
      ItemGrade g = learner.grade() == null ? null : learner.grade().itemGrades().get(i.id());
      h.append("</td><td>")
          .append(esc(type(i)))
          .append("</td><td class=\"num\">")
          .append(time == null ? "" : time)
          .append("</td><td>")
          .append(p == null ? "" : esc(stateInWords(p.progressState())))
          .append("</td><td class=\"num\">")
          .append(g == null ? "" : gradeCell(g))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** What kind of item it is: the kind's noun, or the server's type name when it is unknown. */
  static String type(OutlineItem i) {
    if (i.kind() == ItemKind.OTHER && i.typeName() != null && !i.typeName().isBlank()) {
      return Views.clip(i.typeName(), Views.NAME_LIMIT);
    }
    return i.kind().noun();
  }

  /** A progress state in words: {@code NotStarted} -> "not started". */
  static String stateInWords(String state) {
    StringBuilder out = new StringBuilder(state.length() + 4);
    for (int k = 0; k < state.length(); k++) {
      char c = state.charAt(k);
      if (Character.isUpperCase(c) && k > 0 && !Character.isUpperCase(state.charAt(k - 1))) {
        out.append(' ');
      }
      out.append(c == '_' ? ' ' : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** An item's grade as the outline shows it: the grade that counts, and whether it was changed. */
  private static String gradeCell(ItemGrade g) {
    Double grade = g.effectiveGrade();
    StringBuilder s = new StringBuilder(grade == null ? "\u2013" : Views.percentOfFraction(grade));
    Boolean passed = Views.itemPassed(g);
    if (passed != null) {
      s.append(passed ? " \u2713" : " \u2717");
    }
    if (g.override() != null) {
      s.append(" <span class=\"small muted\">(overridden)</span>");
    }
    return s.toString();
  }
}
