package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlCompleteness.missing;
import static io.github.courseport.export.views.IndexHtmlText.esc;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.SchedulePeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A course card's progress in {@code index.html}: the overall bar and one bar per module in the
 * course's order, named from the outline (by id without one), with the schedule's weeks, and marked
 * when completed or passed.
 */
final class IndexHtmlProgress {
  private IndexHtmlProgress() {}

  static void write(
      StringBuilder h, CourseRecord record, @Nullable CourseProgress p, OutlineIndex names) {
    h.append("<h4>Progress</h4>\n");
    if (p == null) {
      h.append("<p class=\"muted small\">")
          .append(missing(record, CourseFamily.PROGRESS, "No progress recorded yet."))
          .append("</p>\n");
      return;
    }
    if (p.overall() != null) {
      h.append("<div class=\"overall\">")
          .append(bar(p.overall(), "Overall progress"))
          .append("<span class=\"small muted\">")
          .append(Views.percent(p.overall()))
          .append(" of the course</span></div>\n");
    }
    HomeProgress home = Views.found(record, CourseFamily.HOME_PROGRESS);
    Set<ModuleId> completed = new TreeSet<>(home == null ? List.of() : home.modulesCompleted());
    Set<ModuleId> passedModules = new TreeSet<>(home == null ? List.of() : home.modulesPassed());
    Map<ModuleId, String> weeks = weeks(Views.found(record, CourseFamily.SCHEDULE));
    Map<ModuleId, Double> percents = new HashMap<>(p.modules());
    for (ModuleId m : order(percents.keySet(), weeks, names)) {
      double pct = percents.getOrDefault(m, 0.0);
      String label = moduleLabel(m, weeks, names);
      String flags =
          passedModules.contains(m) ? " \u2713 passed" : completed.contains(m) ? " \u2713" : "";
      h.append("<div class=\"module\"><span>")
          .append(esc(label))
          .append(flags)
          .append("</span>")
          .append(bar(pct, label))
          .append("<span class=\"pct\">")
          .append(Views.percent(pct))
          .append("</span></div>\n");
    }
  }

  /**
   * Modules in the course's order: the outline's, then the schedule's, then by id for those neither
   * places.
   */
  static List<ModuleId> order(
      Collection<ModuleId> modules, Map<ModuleId, String> weeks, OutlineIndex names) {
    List<ModuleId> order = new ArrayList<>(modules);
    List<ModuleId> scheduled = new ArrayList<>(weeks.keySet());
    order.sort(
        Comparator.comparing(
                (ModuleId m) -> {
                  Integer at = names.position(m);
                  return at == null ? Integer.MAX_VALUE : at;
                })
            .thenComparing(
                m -> {
                  int at = scheduled.indexOf(m);
                  return at < 0 ? Integer.MAX_VALUE : at;
                })
            .thenComparing(m -> m));
    return order;
  }

  /**
   * A module as the page names it: its name from the outline (shortened), or its id, after its
   * weeks in the schedule when known: "Weeks 3–4 · Week 3: Functions", "Module 7vAcK".
   */
  static String moduleLabel(ModuleId m, Map<ModuleId, String> weeks, OutlineIndex names) {
    String name = Views.clip(names.module(m), Views.NAME_LIMIT);
    String when = weeks.get(m);
    return when == null ? IndexHtmlText.capitalize(name) : when + " \u00b7 " + name;
  }

  /** Each module's weeks in the schedule: "Week 3", "Weeks 3–4", in schedule order. */
  static Map<ModuleId, String> weeks(@Nullable CourseSchedule schedule) {
    Map<ModuleId, String> labels = new LinkedHashMap<>();
    if (schedule == null) {
      return labels;
    }
    int week = 1;
    for (SchedulePeriod period : schedule.periods()) {
      int weeks = Math.max(1, period.numberOfWeeks());
      String when = weeks == 1 ? "Week " + week : "Weeks " + week + "\u2013" + (week + weeks - 1);
      for (ModuleId m : period.moduleIds()) {
        labels.putIfAbsent(m, when);
      }
      week += weeks;
    }
    return labels;
  }

  private static String bar(double pct, String label) {
    long width = Math.max(0, Math.min(100, Math.round(pct)));
    return "<div class=\"bar"
        + (width >= 100 ? " done" : "")
        + "\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\""
        + width
        + "\" aria-label=\""
        + esc(label)
        + "\"><span style=\"width:"
        + width
        + "%\"></span></div>";
  }
}
