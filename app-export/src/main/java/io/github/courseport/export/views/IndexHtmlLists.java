package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The groups of courses at the end of {@code index.html}: the specializations and the learner's
 * course lists, each course linked to its card (or named when it is not in the record).
 */
final class IndexHtmlLists {
  private IndexHtmlLists() {}

  static void specializations(
      StringBuilder h,
      LearnerRecord learner,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    if (learner.specializations().isEmpty()) {
      return;
    }
    Map<SpecializationId, SpecializationMembership> memberships = new HashMap<>();
    for (SpecializationMembership m :
        learner.specializationMemberships().received().orElse(List.of())) {
      // a joined membership says more than one the learner left
      memberships.merge(m.specializationId(), m, (a, b) -> a.joined() ? a : b);
    }
    h.append("<section id=\"specializations\">\n<h2>Specializations</h2>\n");
    for (Map.Entry<SpecializationId, Outcome<Specialization>> e :
        learner.specializations().entrySet()) {
      Specialization s = e.getValue().found().orElse(null);
      h.append("<div class=\"panel\">");
      if (s == null) {
        h.append("<h3>Specialization ")
            .append(esc(e.getKey().value()))
            .append("</h3><p class=\"gaps small\">Its details ")
            .append(Views.statusInWords(e.getValue().status()));
        if (!e.getValue().reason().isBlank()) {
          h.append(": ").append(esc(e.getValue().reason()));
        }
        h.append(".</p>");
        membership(h, memberships.get(e.getKey()));
        h.append("</div>\n");
        continue;
      }
      h.append("<h3>").append(esc(s.name())).append("</h3>\n");
      if (s.tagline() != null && !s.tagline().isBlank()) {
        h.append("<p><i>").append(esc(s.tagline())).append("</i></p>\n");
      }
      membership(h, memberships.get(e.getKey()));
      if (s.description() != null && !s.description().isBlank()) {
        h.append("<p>").append(esc(s.description())).append("</p>\n");
      }
      courseLinks(h, s.courseIds(), anchors, names);
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  /** The learner's membership of a specialization in words: joined when, or not joined. */
  private static void membership(StringBuilder h, @Nullable SpecializationMembership m) {
    if (m == null) {
      return;
    }
    if (m.joined()) {
      Instant since = m.timestamp();
      h.append("<p class=\"small muted\">")
          .append(since == null ? "Joined" : "Joined " + time(since, false))
          .append("</p>\n");
    } else {
      h.append("<p class=\"small muted not-joined\">Not joined (role ")
          .append(esc(m.role() == null ? "" : m.role()))
          .append("): you left it or only looked at it, so its courses are not counted as")
          .append(" yours.</p>\n");
    }
  }

  static void courseLists(
      StringBuilder h,
      LearnerRecord learner,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    List<CourseList> lists = learner.courseLists().received().orElse(List.of());
    if (lists.isEmpty()) {
      return;
    }
    h.append("<section id=\"lists\">\n<h2>Your course lists</h2>\n");
    for (CourseList list : lists) {
      h.append("<div class=\"panel\"><h3>")
          .append(esc(list.name() == null || list.name().isBlank() ? list.id() : list.name()))
          .append("</h3>\n");
      courseLinks(h, list.courseIds(), anchors, names);
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void courseLinks(
      StringBuilder h,
      List<CourseId> ids,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    if (ids.isEmpty()) {
      return;
    }
    h.append("<ul>\n");
    for (CourseId id : ids) {
      String anchor = anchors.get(id.value());
      String name = names.getOrDefault(id, "Course " + id.value());
      h.append("<li>");
      if (anchor != null) {
        h.append("<a href=\"#").append(anchor).append("\">").append(esc(name)).append("</a>");
      } else {
        h.append(esc(name)).append(" <span class=\"muted small\">(not in your record)</span>");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n");
  }
}
