package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.capitalize;
import static io.github.courseport.export.views.IndexHtmlText.esc;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What could not be exported, in plain words: the page's completeness panel, each course card's
 * list of missing parts, and why a family shows no value.
 */
final class IndexHtmlCompleteness {
  private IndexHtmlCompleteness() {}

  /** The completeness section near the top of the page. */
  static void write(
      StringBuilder h,
      CompletenessReport report,
      LearnerRecord learner,
      Map<CourseId, String> names) {
    h.append("<section id=\"completeness\">\n");
    if (report.complete()) {
      h.append("<div class=\"panel complete\"><h2>Everything was exported</h2>")
          .append("<p>Every part of your record that Coursera offers was fetched and saved.</p>");
      notCarried(h, report);
      disagreements(h, learner);
      h.append("</div>\n</section>\n");
      return;
    }
    int n = report.gaps().size();
    h.append("<div class=\"panel incomplete\"><h2>")
        .append(n)
        .append(n == 1 ? " part" : " parts")
        .append(" of your record could not be exported</h2>\n<p class=\"muted small\">")
        .append("\u201cNot offered\u201d means Coursera answered that the endpoint does not exist")
        .append(" or refuses to answer; running the export again will not change that.")
        .append(" \u201cCould not be fetched\u201d means a request failed even after retrying;")
        .append(" a later export may succeed. Everything else was saved.</p>\n<ul>\n");
    for (CompletenessReport.Gap g : report.gaps()) {
      h.append("<li>").append(gapInWords(g, learner, names)).append("</li>\n");
    }
    h.append("</ul>\n");
    notCarried(h, report);
    disagreements(h, learner);
    h.append("</div>\n</section>\n");
  }

  /**
   * The families the source does not hold at all, and the routes the run found gone (each once):
   * said plainly, and not counted as missing.
   */
  private static void notCarried(StringBuilder h, CompletenessReport report) {
    notAsked(h, report);
    if (!report.notCarried().isEmpty()) {
      h.append("<p class=\"small\">Not served by the source of this archive: ");
      List<String> names = new ArrayList<>();
      report.notCarried().keySet().forEach(f -> names.add(esc(Views.familyInWords(f))));
      h.append(String.join(", ", names))
          .append(". This says nothing about your record, and nothing it serves is missing.</p>\n");
    }
    List<LearnedUnavailable> gone = LearnedUnavailable.of(report);
    if (gone.isEmpty()) {
      return;
    }
    h.append("<p class=\"small\">Routes of Coursera's API that are gone (asked once in this run):")
        .append("</p>\n<ul class=\"small\">\n");
    for (LearnedUnavailable l : gone) {
      h.append("<li><code>")
          .append(esc(l.resource()))
          .append("</code>: ")
          .append(esc(Views.clip(l.why(), 300)))
          .append(" (")
          .append(l.parts().size())
          .append(l.parts().size() == 1 ? " part" : " parts")
          .append(" of the record)</li>\n");
    }
    h.append("</ul>\n");
  }

  /**
   * The families the export left out on request ({@code --no-work}), said once, with why: their
   * absence from the course cards is not "none".
   */
  private static void notAsked(StringBuilder h, CompletenessReport report) {
    if (report.notAsked().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (CourseFamily<?> f : CourseFamily.all()) {
      if (report.notAsked().containsKey(f.name())) {
        names.add(esc(Views.familyInWords(f.name())));
      }
    }
    report.notAsked().keySet().stream()
        .filter(f -> CourseFamily.all().stream().noneMatch(c -> c.name().equals(f)))
        .forEach(f -> names.add(esc(Views.familyInWords(f))));
    List<String> reasons = new ArrayList<>();
    report.notAsked().values().stream().distinct().forEach(r -> reasons.add(esc(r)));
    h.append("<p class=\"small work-not-asked\">Left out of this export: ")
        .append(String.join(", ", names))
        .append(" (")
        .append(String.join("; ", reasons))
        .append("). The record cannot say whether you have any; export again without")
        .append(" <code>--no-work</code> to keep them.</p>\n");
  }

  /** Where Coursera's lists disagree: every course is exported, but the lists do not match. */
  private static void disagreements(StringBuilder h, LearnerRecord learner) {
    if (learner.listsDisagree().isEmpty()) {
      return;
    }
    h.append("<p class=\"small\">Coursera's lists of your courses disagree; every course any")
        .append(" of them names is exported:</p>\n<ul class=\"small\">\n");
    for (String line : learner.listsDisagree()) {
      h.append("<li>").append(esc(line)).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /** A gap as an escaped sentence. */
  static String gapInWords(
      CompletenessReport.Gap gap, LearnerRecord learner, Map<CourseId, String> names) {
    StringBuilder s = new StringBuilder();
    String what = Views.familyInWords(gap.family());
    String key = gap.key();
    s.append(esc(capitalize(what)));
    if (key.isEmpty()) {
      // a learner-level list
    } else if (gap.family().equals("specializations")) {
      s.append(" \u201c").append(esc(key)).append('\u201d');
    } else if (gap.family().equals("categories")) {
      s.append(' ').append(esc(key));
    } else {
      int space = key.indexOf(' ');
      String courseKey = space < 0 ? key : key.substring(0, space);
      String part = space < 0 ? "" : key.substring(space + 1);
      if (!part.isEmpty()) {
        s.append(' ').append(esc(part));
      }
      String course = courseName(courseKey, names);
      s.append(" of \u201c").append(esc(course)).append('\u201d');
    }
    s.append(' ')
        .append(
            gap.status() == Outcome.Status.UNAVAILABLE
                ? "is not offered by Coursera"
                : "could not be fetched");
    if (!gap.reason().isBlank()) {
      s.append(": <span class=\"muted\">").append(esc(gap.reason())).append("</span>");
    }
    return s.append('.').toString();
  }

  private static String courseName(String courseKey, Map<CourseId, String> names) {
    try {
      return names.getOrDefault(new CourseId(courseKey), "course " + courseKey);
    } catch (IllegalArgumentException notAnId) {
      return "course " + courseKey;
    }
  }

  /** A course card's list of its missing parts, if it has any. */
  static void courseGaps(StringBuilder h, CourseRecord record) {
    List<String> gaps = new ArrayList<>();
    record
        .completeness()
        .parts()
        .forEach(
            (part, p) -> {
              if (p.isGap()) {
                int colon = part.indexOf(':');
                String family = colon < 0 ? part : part.substring(0, colon);
                String id = colon < 0 ? "" : " " + part.substring(colon + 1);
                gaps.add(
                    esc(capitalize(Views.familyInWords(family)) + id)
                        + " "
                        + Views.statusInWords(p.status())
                        + (p.reason().isBlank()
                            ? ""
                            : ": <span class=\"muted\">" + esc(p.reason()) + "</span>"));
              }
            });
    if (!gaps.isEmpty()) {
      h.append("<div class=\"gaps small\"><b>Missing from this course\u2019s record:</b><ul>\n");
      gaps.forEach(g -> h.append("<li>").append(g).append(".</li>\n"));
      h.append("</ul></div>\n");
    }
  }

  /** Why a family has no value, or the fallback when the source simply has none. */
  static String missing(CourseRecord record, CourseFamily<?> family, String fallback) {
    Outcome<?> o = record.families().get(family);
    if (o == null || !o.isGap()) {
      return esc(fallback);
    }
    return esc(capitalize(Views.familyInWords(family.name())))
        + " "
        + Views.statusInWords(o.status())
        + (o.reason().isBlank() ? "" : ": " + esc(o.reason()))
        + ".";
  }
}
