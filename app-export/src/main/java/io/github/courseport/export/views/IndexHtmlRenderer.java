package io.github.courseport.export.views;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import io.github.courseport.export.views.IndexHtmlCard.Parts;
import io.github.courseport.export.views.IndexHtmlCard.State;
import io.github.courseport.export.views.IndexHtmlDeadlines.Due;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code index.html}: one self-contained page a learner can open from the archive with a
 * double click. Everything is in the page: the CSS is inline, there are no images, fonts or scripts
 * from anywhere, and a Content-Security-Policy forbids every request, so it works from {@code
 * file://} and offline. It shows the learner, every course (both generations) with partners, dates,
 * progress per module, grade, deadlines, the learner's own work (attempts, submissions and the
 * reviews received, answers, notes, the certificate) and instructors' notes, the specializations
 * and course lists, and, in plain words, what could not be exported. Every server string is
 * HTML-escaped ({@link Html}); the only link targets are Coursera URLs built here from
 * percent-encoded slugs or a certificate's plain code, and files of the archive. A small inline
 * script adds a filter box; the page is complete without it. "Upcoming" means after the newest
 * activity in the record, not the day the page is opened, so the same record always gives the same
 * bytes.
 *
 * <p>This class makes the two passes and puts the page together; each section is written by its own
 * class: {@link IndexHtmlHeader}, {@link IndexHtmlTiles}, {@link IndexHtmlCompleteness}, {@link
 * IndexHtmlDeadlines}, {@link IndexHtmlCard} (with {@link IndexHtmlCourseDates}, {@link
 * IndexHtmlProgress}, {@link IndexHtmlGrade}, {@link IndexHtmlOutline}, {@link IndexHtmlWork},
 * {@link IndexHtmlNotes}), {@link IndexHtmlLists} and {@link IndexHtmlFooter}; the style sheet and
 * script are in {@link IndexHtmlAssets}.
 */
public final class IndexHtmlRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "index.html";

  public IndexHtmlRenderer() {}

  @Override
  public String name() {
    return "index-html";
  }

  @Override
  public String description() {
    return "index.html: the whole record as one page, offline";
  }

  /**
   * What the page needs to know of a course before its card: kept for every course during the first
   * pass, so it stays small; the card itself is rendered in the second pass.
   */
  record Card(
      String name,
      CourseId courseId,
      List<Due> dues,
      boolean passed,
      boolean inProgress,
      boolean member) {
    String id() {
      return courseId.value();
    }

    static Card of(CourseRecord record, boolean member) {
      String name = Views.courseName(record);
      State state = State.of(record);
      return new Card(
          name,
          record.id(),
          IndexHtmlDeadlines.dues(record, name, OutlineIndex.of(record)),
          state.passed(),
          state.inProgress(),
          member);
    }
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    LearnerRecord learner = record.learner();
    Instant asOf = Views.newestActivity(learner);
    List<Card> cards = new ArrayList<>();
    Map<CourseId, String> names = new HashMap<>();
    Map<CourseId, Boolean> members = Views.members(learner);
    for (CourseRecord course : record.courses()) {
      asOf = Views.later(asOf, Views.newestActivity(course));
      Card card = Card.of(course, Views.member(course, members));
      names.put(course.id(), card.name());
      cards.add(card);
    }
    for (var summary : learner.courses()) {
      if (summary.name() != null) {
        names.putIfAbsent(summary.id(), summary.name());
      }
    }
    // the learner's own courses first, then those only listed; each by name
    cards.sort(
        Comparator.comparing((Card c) -> !c.member())
            .thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
            .thenComparing(Card::id));
    Map<String, String> anchors = new LinkedHashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      anchors.put(cards.get(i).id(), "course-" + (i + 1));
    }
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(target.open(PATH), StandardCharsets.UTF_8), 1 << 16)) {
      page(out, record, cards, anchors, names, asOf);
    }
  }

  /**
   * Writes the page: the summary parts from the first pass, then each card as its course is read
   * again, so no more than one card is in memory at a time.
   */
  private static void page(
      Writer out,
      ExportedRecord record,
      List<Card> cards,
      Map<String, String> anchors,
      Map<CourseId, String> names,
      @Nullable Instant asOf)
      throws IOException {
    LearnerRecord learner = record.learner();
    List<Due> dues = new ArrayList<>();
    for (Card c : cards) {
      for (Due d : c.dues()) {
        dues.add(
            new Due(d.at(), d.course(), anchors.getOrDefault(c.id(), ""), d.module(), d.enabled()));
      }
    }
    dues.sort(IndexHtmlDeadlines.DUE_ORDER);
    long upcoming = dues.stream().filter(d -> asOf == null || d.at().isAfter(asOf)).count();

    StringBuilder h = new StringBuilder(64 * 1024);
    IndexHtmlHeader.write(h, learner, asOf);
    IndexHtmlTiles.write(h, cards, upcoming, learner);
    IndexHtmlCompleteness.write(h, record.report(), learner, names);
    IndexHtmlDeadlines.write(h, dues, asOf);

    h.append("<section id=\"courses\">\n<h2>Your courses</h2>\n");
    if (cards.isEmpty()) {
      h.append("<p class=\"panel muted\">No courses were found in this account.</p>\n");
    } else {
      h.append(
          "<input id=\"filter\" type=\"search\" placeholder=\"Filter courses by name\""
              + " aria-label=\"Filter courses by name\" hidden>\n");
    }
    if (!cards.isEmpty() && !cards.get(0).member()) {
      h.append("<p class=\"panel muted\">You joined none of the courses in this record.</p>\n");
    }
    out.append(h);
    h.setLength(0);
    boolean listedShown = false;
    for (Card c : cards) {
      if (!c.member() && !listedShown) {
        listedShown = true;
        h.append("<h2 id=\"listed\">Listed, not joined</h2>\n<p class=\"muted small\">")
            .append("Courses you saved in a list, or that a specialization you joined holds,")
            .append(" without joining them: they are not counted as yours.</p>\n");
      }
      CourseRecord course =
          record
              .course(c.courseId())
              .orElseThrow(() -> new IOException("course " + c.id() + " vanished while rendering"));
      Parts parts = IndexHtmlCard.parts(course, c.member(), record.report().notAsked());
      h.append("<article class=\"course\" id=\"")
          .append(anchors.get(c.id()))
          .append("\" data-name=\"")
          .append(IndexHtmlText.esc(c.name().toLowerCase(Locale.ROOT)))
          .append("\">\n")
          .append(parts.head())
          .append(parts.grid());
      IndexHtmlDeadlines.courseDeadlines(h, c.dues(), asOf);
      h.append(parts.rest()).append("</article>\n");
      out.append(h);
      h.setLength(0);
    }
    h.append("</section>\n");

    IndexHtmlLists.specializations(h, learner, anchors, names);
    IndexHtmlLists.courseLists(h, learner, anchors, names);
    QueriesSection.append(h);
    IndexHtmlFooter.write(h, !dues.isEmpty());
    out.append(h);
  }
}
