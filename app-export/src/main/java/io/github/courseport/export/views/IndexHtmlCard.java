package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.capitalize;
import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;
import static io.github.courseport.export.views.IndexHtmlText.words;

import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.Partner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One course's card in {@code index.html}: its name and badges, partners and instructors, dates and
 * link, then progress and grade side by side, the outline, the learner's own work ({@link
 * IndexHtmlWork}), instructors' notes, completion, classmates and what is missing. The card's
 * deadlines go between its grid and the rest ({@link IndexHtmlDeadlines#courseDeadlines}), as they
 * need the whole record's "now".
 */
final class IndexHtmlCard {
  private IndexHtmlCard() {}

  /** A course's card, rendered but for its deadlines. */
  record Parts(String head, String grid, String rest) {}

  /** Where a course stands, for its badge and the page's tiles. */
  record State(boolean passed, boolean completed, boolean inProgress) {
    static State of(CourseRecord record) {
      CourseGrade grade = Views.found(record, CourseFamily.GRADES);
      CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
      CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
      boolean passed = grade != null && Views.passed(grade.passingState());
      boolean completed =
          passed
              || (events != null && !events.events().isEmpty())
              || (progress != null && progress.overall() != null && progress.overall() >= 100);
      boolean inProgress =
          !completed && progress != null && progress.overall() != null && progress.overall() > 0;
      return new State(passed, completed, inProgress);
    }
  }

  /**
   * A course's card.
   *
   * @param member whether the learner joined the course (a membership or enrollment names it), not
   *     only saved it in a list or joined a specialization that holds it
   * @param notAsked the families the export did not ask at all, with why ({@code --no-work})
   */
  static Parts parts(CourseRecord record, boolean member, Map<String, String> notAsked) {
    String name = Views.courseName(record);
    OutlineIndex names = OutlineIndex.of(record);
    StringBuilder head = new StringBuilder();
    StringBuilder grid = new StringBuilder();
    StringBuilder body = new StringBuilder();
    CourseGrade grade = Views.found(record, CourseFamily.GRADES);
    CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
    CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
    State state = State.of(record);
    boolean passed = state.passed();
    boolean completed = state.completed();
    boolean inProgress = state.inProgress();

    head.append("<h3>").append(esc(name)).append("</h3>\n<p class=\"meta\">");
    head.append(
        record.isSessionBased()
            ? "<span class=\"badge\">Session-based (2012\u20132016 platform)</span>"
            : "<span class=\"badge\">On-demand</span>");
    if (passed) {
      head.append("<span class=\"badge passed\">Passed \u2713</span>");
    } else if (completed) {
      head.append("<span class=\"badge passed\">Completed \u2713</span>");
    } else if (inProgress) {
      head.append("<span class=\"badge progress\">In progress</span>");
    }
    if (!member) {
      head.append("<span class=\"badge\">Listed, not joined</span>");
    }
    if (!record.completeness().complete()) {
      head.append("<span class=\"badge gap\">Incomplete</span>");
    }
    head.append("<br>");
    List<String> partners = new ArrayList<>();
    record
        .partners()
        .forEach(
            (id, o) -> partners.add(o.found().map(Partner::name).orElse("partner " + id.value())));
    if (!partners.isEmpty()) {
      head.append(esc(String.join(", ", partners)));
    }
    List<String> instructors = new ArrayList<>();
    record
        .instructors()
        .forEach(
            (id, o) ->
                o.found()
                    .map(Instructor::fullName)
                    .filter(n -> !n.isBlank())
                    .ifPresent(instructors::add));
    if (!instructors.isEmpty()) {
      head.append(partners.isEmpty() ? "" : " \u00b7 ")
          .append("taught by ")
          .append(esc(String.join(", ", instructors)));
    }
    head.append("</p>\n");
    IndexHtmlCourseDates.write(head, record);
    Views.courseUrl(record)
        .ifPresent(
            url ->
                head.append("<p class=\"small\"><a href=\"")
                    .append(esc(url))
                    .append("\" rel=\"noopener noreferrer\">Open on Coursera</a></p>\n"));

    if (!member) {
      grid.append("<p class=\"muted small\">Listed (saved in a course list or part of a")
          .append(" specialization you joined) but not joined: it is not counted among your")
          .append(" courses, and Coursera has no progress or grades of yours here.</p>\n");
    } else if (!record.isSessionBased() && record.families().asMap().isEmpty()) {
      grid.append("<p class=\"muted small\">Coursera was not asked for your progress or")
          .append(" grades in this course.</p>\n");
    } else if (record.isSessionBased() && record.families().asMap().isEmpty()) {
      grid.append("<p class=\"muted small\">Coursera offers no progress, grades or deadlines of")
          .append(" session-based courses; the enrollment and session above are what there is.")
          .append("</p>\n");
    } else {
      grid.append("<div class=\"grid\">\n<div>\n");
      IndexHtmlProgress.write(grid, record, progress, names);
      grid.append("</div>\n<div>\n");
      IndexHtmlGrade.write(grid, record, grade, names);
      grid.append("</div>\n</div>\n");
    }
    IndexHtmlOutline.write(body, record, names);
    IndexHtmlWork.write(body, record, names, notAsked);
    IndexHtmlNotes.write(body, record);
    if (events != null && !events.events().isEmpty()) {
      body.append("<h4>Completion</h4>\n<ul class=\"small\">\n");
      for (var e : events.events()) {
        body.append("<li>")
            .append(esc(e.eventType() == null ? "Completed" : capitalize(words(e.eventType()))))
            .append(e.timestamp() == null ? "" : " \u00b7 " + time(e.timestamp(), true))
            .append("</li>\n");
      }
      body.append("</ul>\n");
    }
    var classmates = Views.found(record, CourseFamily.CLASSMATES);
    if (classmates != null && !classmates.classmates().isEmpty()) {
      body.append("<p class=\"small muted\">")
          .append(classmates.classmates().size())
          .append(
              classmates.classmates().size() == 1 ? " classmate profile" : " classmate profiles")
          .append(" saved in the record.</p>\n");
    }
    IndexHtmlCompleteness.courseGaps(body, record);
    return new Parts(head.toString(), grid.toString(), body.toString());
  }
}
