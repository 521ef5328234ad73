package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.capitalize;
import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.AttemptSubmission;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DiscussionAnswers;
import io.github.courseport.core.domain.ForumPost;
import io.github.courseport.core.domain.ForumSearch;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerNote;
import io.github.courseport.core.domain.LearnerNotes;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingSubmission;
import io.github.courseport.core.domain.ProgrammingWork;
import io.github.courseport.core.domain.PromptAnswers;
import io.github.courseport.core.domain.WorkPart;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A course card's "Your work" in {@code index.html}: the certificate with its verification link,
 * the attempts at quizzes and exams with their grades, the programming assignments, the peer
 * submissions with the reviews they received, the answers to discussion prompts (and the posts a
 * forum search found) and the learner's notes. Items and modules are named from the outline. Every
 * text from the server is escaped and shortened ({@link Views#clip}; the record keeps it whole),
 * long texts are folded, and the only link is a certificate's verification page, built here from a
 * plain code ({@link Certificate#verifyUrl}), never a URL the server sent. A family not asked says
 * so ({@code --no-work}), one not carried by the source says so, a gap says why, and what a failed
 * family received before it failed is shown all the same.
 */
final class IndexHtmlWork {
  /** Texts longer than this are folded into a {@code <details>}, with their start as summary. */
  static final int FOLD = 600;

  /** How much of a folded text its summary shows. */
  private static final int PREVIEW = 240;

  private IndexHtmlWork() {}

  /**
   * Writes the section.
   *
   * @param notAsked the families the export did not ask at all, with why ({@code --no-work})
   */
  static void write(
      StringBuilder h, CourseRecord record, OutlineIndex names, Map<String, String> notAsked) {
    if (record.isSessionBased() || record.families().asMap().isEmpty()) {
      return; // nothing was asked of this course: the card says so already
    }
    List<CourseFamily<?>> asked = new ArrayList<>();
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      if (record.families().get(f) != null) {
        asked.add(f);
      }
    }
    h.append("<section class=\"work\">\n<h4>Your work</h4>\n");
    if (asked.isEmpty()) {
      String why = notAskedReason(notAsked);
      if (why != null) {
        h.append("<p class=\"muted small work-not-asked\">Left out of this export, so this page")
            .append(" cannot say whether you have any here: ")
            .append(esc(why))
            .append(".</p>\n");
      } else {
        h.append("<p class=\"muted small work-not-asked\">Not in this archive: it was exported")
            .append(" before Courseport fetched your own work (attempts, submissions, reviews,")
            .append(" answers, notes, certificates), so this page cannot say whether you have")
            .append(" any here.</p>\n");
      }
      h.append("</section>\n");
      return;
    }
    Parts parts = new Parts(record);
    Certificate certificate = parts.show(CourseFamily.CERTIFICATE, "certificate");
    if (certificate != null) {
      certificate(h, certificate);
    }
    AssessmentAttempts attempts = parts.show(CourseFamily.ATTEMPTS, "quizzes and exams");
    if (attempts != null) {
      parts.heading(h, CourseFamily.ATTEMPTS, "Quizzes and exams");
      attempts.items().forEach(i -> attempts(h, i, names));
    }
    ProgrammingWork programming =
        parts.show(CourseFamily.PROGRAMMING_WORK, "programming assignments");
    if (programming != null) {
      parts.heading(h, CourseFamily.PROGRAMMING_WORK, "Programming assignments");
      programming.items().forEach(i -> programming(h, i, names));
    }
    PeerWork peer = parts.show(CourseFamily.PEER_WORK, "peer-graded submissions");
    if (peer != null) {
      parts.heading(h, CourseFamily.PEER_WORK, "Peer-graded assignments");
      peer.items().forEach(i -> peer(h, i, names));
    }
    DiscussionAnswers answers = parts.show(CourseFamily.DISCUSSION_ANSWERS, "discussion answers");
    if (answers != null) {
      parts.heading(h, CourseFamily.DISCUSSION_ANSWERS, "Discussions");
      answers.prompts().forEach(p -> prompt(h, p, names));
      if (answers.forums() != null) {
        forums(h, answers.forums());
      }
    }
    LearnerNotes notes = parts.show(CourseFamily.LEARNER_NOTES, "notes");
    if (notes != null) {
      parts.heading(h, CourseFamily.LEARNER_NOTES, "Your notes");
      notes.notes().forEach(n -> note(h, n, names));
    }
    parts.summary(h, notAsked);
    h.append("</section>\n");
  }

  /** The reason a learner's work family was not asked, if any of them was not. */
  private static @Nullable String notAskedReason(Map<String, String> notAsked) {
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      String why = notAsked.get(f.name());
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /**
   * The work families of one course as the page shows them: what to list, and, gathered for one
   * line each at the end, the families with nothing in them, not carried, or not asked.
   */
  private static final class Parts {
    private final CourseRecord record;
    private final List<String> none = new ArrayList<>();
    private final List<String> notCarried = new ArrayList<>();
    private final List<String> notAsked = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    Parts(CourseRecord record) {
      this.record = record;
    }

    /**
     * The value to list (the found value, or what a failed family received before it failed), or
     * null when there is nothing to list; then the family is named in the closing lines.
     */
    <V> @Nullable V show(CourseFamily<V> family, String words) {
      Outcome<V> o = record.families().get(family);
      if (o == null) {
        notAsked.add(words);
        return null;
      }
      switch (o.status()) {
        case ABSENT -> none.add(words);
        case NOT_CARRIED -> notCarried.add(words);
        case UNAVAILABLE, FAILED -> gaps.add(IndexHtmlCompleteness.missing(record, family, ""));
        case FOUND -> {}
      }
      V value = o.received().orElse(null);
      if (value != null && empty(value)) {
        if (o.status() == Outcome.Status.FOUND) {
          none.add(words);
        }
        return null;
      }
      return value;
    }

    /** The heading of a family that has something to list; a failed one says it is partial. */
    void heading(StringBuilder h, CourseFamily<?> family, String title) {
      h.append("<h5>").append(title).append("</h5>\n");
      Outcome<?> o = record.families().get(family);
      if (o != null && o.status() == Outcome.Status.FAILED) {
        h.append("<p class=\"gaps small\">Only part of it arrived; below is what did.</p>\n");
      }
    }

    /** The closing lines: gaps with their reasons, then what has none, is not carried or asked. */
    void summary(StringBuilder h, Map<String, String> whyNotAsked) {
      for (String gap : gaps) {
        h.append("<p class=\"gaps small\">").append(gap).append("</p>\n");
      }
      if (!none.isEmpty()) {
        h.append("<p class=\"muted small\">None in this course: ")
            .append(String.join(", ", none))
            .append(".</p>\n");
      }
      if (!notCarried.isEmpty()) {
        h.append("<p class=\"muted small\">Not served by the source of this archive: ")
            .append(String.join(", ", notCarried))
            .append(".</p>\n");
      }
      if (!notAsked.isEmpty()) {
        String why = notAskedReason(whyNotAsked);
        h.append("<p class=\"muted small work-not-asked\">")
            .append(
                why == null
                    ? "Not in this archive (exported before Courseport fetched them): "
                    : "Left out of this export (" + esc(why) + "): ")
            .append(String.join(", ", notAsked))
            .append(".</p>\n");
      }
    }

    private static boolean empty(Object value) {
      if (value instanceof AssessmentAttempts a) {
        return a.items().isEmpty();
      }
      if (value instanceof PeerWork p) {
        return p.items().isEmpty();
      }
      if (value instanceof ProgrammingWork p) {
        return p.items().isEmpty();
      }
      if (value instanceof DiscussionAnswers d) {
        return d.prompts().isEmpty() && d.forums() == null;
      }
      if (value instanceof LearnerNotes n) {
        return n.notes().isEmpty();
      }
      return false;
    }
  }

  // ---- the certificate ----

  private static void certificate(StringBuilder h, Certificate c) {
    h.append("<div class=\"work-entry certificate\"><b>Certificate</b>");
    List<String> facts = new ArrayList<>();
    if (c.grade() != null) {
      facts.add("grade " + fraction(c.grade()));
    }
    if (c.grantedAt() != null) {
      facts.add("granted " + time(c.grantedAt(), false));
    }
    if (c.code() != null) {
      facts.add("code <code>" + esc(Views.clip(c.code(), Views.NAME_LIMIT)) + "</code>");
    }
    // the link is built here from a plain code, never taken from the record: a server could send
    // any scheme there
    String url = Certificate.verifyUrl(c.code());
    if (url != null) {
      facts.add(
          "<a href=\""
              + esc(url)
              + "\" rel=\"noopener noreferrer\">Verify on Coursera</a> <span class=\"small"
              + " muted\">(public page)</span>");
    }
    for (String f : facts) {
      h.append(" \u00b7 ").append(f);
    }
    if (url == null) {
      h.append(" <span class=\"small muted\">(no verification link: the record has no plain code")
          .append(" to build it from)</span>");
    }
    if (c.verificationUrl() != null && !c.verificationUrl().equals(url)) {
      h.append("<br><span class=\"small muted\">The record names another verification page,")
          .append(" not linked here: <code>")
          .append(esc(Views.clip(c.verificationUrl(), Views.NAME_LIMIT)))
          .append("</code></span>");
    }
    h.append("</div>\n");
  }

  // ---- quizzes and exams ----

  private static void attempts(StringBuilder h, ItemAttempts a, OutlineIndex names) {
    entry(h, "attempts", a.itemId(), names);
    List<String> facts = new ArrayList<>();
    if (a.attemptsMade() != null) {
      facts.add(
          a.attemptsMade()
              + (a.attemptsAllowed() == null ? "" : " of " + a.attemptsAllowed())
              + (a.attemptsMade() == 1 && a.attemptsAllowed() == null ? " attempt" : " attempts"));
    }
    Double grade = a.gradeOverride() != null ? a.gradeOverride() : a.earnedGrade();
    if (grade != null) {
      String g = "grade " + fraction(grade);
      if (a.gradeOverride() != null) {
        g +=
            " (an instructor's grade"
                + (a.earnedGrade() == null ? "" : "; earned " + fraction(a.earnedGrade()))
                + ")";
      }
      facts.add(g);
    }
    if (a.latePenaltyRatio() != null && a.latePenaltyRatio() > 0) {
      facts.add("late penalty " + fraction(a.latePenaltyRatio()));
    }
    if (a.highestScore() != null) {
      facts.add("best " + score(a.highestScore(), a.maxScore()));
    }
    passed(facts, a.passed());
    facts(h, facts, a.locked());
    if (!a.submissions().isEmpty()) {
      h.append("<ol class=\"small attempts\">\n");
      for (AttemptSubmission s : a.submissions()) {
        h.append("<li>")
            .append(when(s.submittedAt(), "submitted"))
            .append(
                s.score() == null && s.maxScore() == null
                    ? ""
                    : ": " + score(s.score(), s.maxScore()))
            .append("</li>\n");
      }
      h.append("</ol>\n");
    }
    if (a.feedback() != null && !a.feedback().isBlank()) {
      h.append("<p class=\"small\">Feedback: ");
      text(h, a.feedback());
      h.append("</p>\n");
    }
    for (String problem : a.problems()) {
      h.append("<p class=\"gaps small\">Coursera could not answer all of it: ")
          .append(esc(Views.clip(problem, Views.TEXT_LIMIT)))
          .append("</p>\n");
    }
    h.append("</div>\n");
  }

  // ---- programming assignments ----

  private static void programming(
      StringBuilder h, ProgrammingAssignmentWork p, OutlineIndex names) {
    entry(h, "programming", p.itemId(), names);
    List<String> facts = new ArrayList<>();
    if (p.score() != null || p.maxScore() != null) {
      facts.add("score " + score(p.score(), p.maxScore()));
    }
    passed(facts, p.passed());
    facts(h, facts, p.locked());
    Map<String, String> titles = new HashMap<>();
    if (!p.parts().isEmpty()) {
      h.append("<ul class=\"small\">\n");
      for (WorkPart part : p.parts()) {
        String title = part.prompt() == null || part.prompt().isBlank() ? part.id() : part.prompt();
        titles.putIfAbsent(part.id(), title);
        h.append("<li>").append(esc(Views.clip(title, Views.NAME_LIMIT)));
        if (part.maxScore() != null) {
          h.append(" <span class=\"muted\">(up to ")
              .append(Views.decimal(part.maxScore()))
              .append(")</span>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!p.submissions().isEmpty()) {
      h.append("<ol class=\"small attempts\">\n");
      for (ProgrammingSubmission s : p.submissions()) {
        h.append("<li>").append(when(s.submittedAt(), "submitted"));
        if (s.score() != null || s.maxScore() != null) {
          h.append(": ").append(score(s.score(), s.maxScore()));
        }
        if (!s.parts().isEmpty()) {
          h.append("<ul>\n");
          for (WorkPart part : s.parts()) {
            h.append("<li>")
                .append(esc(Views.clip(titles.getOrDefault(part.id(), part.id()), 300)));
            if (part.score() != null || part.maxScore() != null) {
              h.append(": ").append(score(part.score(), part.maxScore()));
            }
            if (part.text() != null && !part.text().isBlank()) {
              h.append(" \u2013 ");
              text(h, part.text());
            }
            h.append("</li>\n");
          }
          h.append("</ul>");
        }
        h.append("</li>\n");
      }
      h.append("</ol>\n");
    }
    h.append("</div>\n");
  }

  // ---- peer-graded assignments ----

  private static void peer(StringBuilder h, PeerAssignmentWork p, OutlineIndex names) {
    entry(h, "peer", p.itemId(), names);
    List<String> facts = new ArrayList<>();
    if (!p.submissions().isEmpty()) {
      facts.add(
          p.submissions().size() + (p.submissions().size() == 1 ? " submission" : " submissions"));
    }
    facts(h, facts, p.locked());
    for (PeerSubmission s : p.submissions()) {
      h.append("<div class=\"submission\"><p>");
      if (s.title() != null && !s.title().isBlank()) {
        h.append("<b dir=\"auto\">").append(esc(Views.clip(s.title(), Views.NAME_LIMIT)));
        h.append("</b> ");
      }
      List<String> about = new ArrayList<>();
      if (Boolean.TRUE.equals(s.draft())) {
        about.add("draft, never submitted");
      }
      if (s.submittedAt() != null) {
        about.add(when(s.submittedAt(), "submitted"));
      } else if (s.createdAt() != null) {
        about.add(when(s.createdAt(), "started"));
      }
      about.add(
          s.reviews().size()
              + (s.reviews().size() == 1 ? " review received" : " reviews received"));
      h.append("<span class=\"small muted\">")
          .append(String.join(" \u00b7 ", about))
          .append("</span></p>\n");
      parts(h, s.parts(), "answer");
      for (PeerReview r : s.reviews()) {
        review(h, r);
      }
      h.append("</div>\n");
    }
    h.append("</div>\n");
  }

  private static void review(StringBuilder h, PeerReview r) {
    h.append("<div class=\"review\"><p class=\"small\"><b>Review by ");
    h.append(
        r.reviewerName() != null && !r.reviewerName().isBlank()
            ? "<span dir=\"auto\">"
                + esc(Views.clip(r.reviewerName(), Views.NAME_LIMIT))
                + "</span>"
            : "a classmate");
    h.append("</b>");
    if (r.createdAt() != null) {
      h.append(" \u00b7 ").append(time(r.createdAt(), false));
    }
    if (r.score() != null || r.maxScore() != null) {
      h.append(" \u00b7 ").append(score(r.score(), r.maxScore()));
    }
    h.append("</p>\n");
    parts(h, r.parts(), "comment");
    h.append("</div>\n");
  }

  /** The parts of a submission or a review: each prompt, then the words, the link, the points. */
  private static void parts(StringBuilder h, List<WorkPart> parts, String what) {
    for (WorkPart part : parts) {
      h.append("<div class=\"part\">");
      if (part.prompt() != null && !part.prompt().isBlank()) {
        h.append("<p class=\"small muted\" dir=\"auto\">")
            .append(esc(Views.clip(part.prompt(), Views.TEXT_LIMIT)));
        if (part.score() != null || part.maxScore() != null) {
          h.append(" \u00b7 ").append(score(part.score(), part.maxScore()));
        }
        h.append("</p>");
      } else if (part.score() != null || part.maxScore() != null) {
        h.append("<p class=\"small muted\">").append(score(part.score(), part.maxScore()));
        h.append("</p>");
      }
      if (part.text() != null && !part.text().isBlank()) {
        folded(h, part.text(), what);
      }
      if (part.url() != null && !part.url().isBlank()) {
        // a link from the server stays text: its scheme and target are not checked
        h.append("<p class=\"small\">Link, as sent (not opened from here): <code>")
            .append(esc(Views.clip(part.url(), Views.NAME_LIMIT)))
            .append("</code></p>");
      }
      h.append("</div>\n");
    }
  }

  // ---- discussions ----

  private static void prompt(StringBuilder h, PromptAnswers p, OutlineIndex names) {
    entry(h, "discussion", p.itemId(), names);
    List<String> facts = new ArrayList<>();
    facts.add(
        p.answers().size()
            + (p.answers().size() == 1 ? " answer of yours" : " answers of yours")
            + " (among "
            + p.answersRead()
            + " read)");
    facts(h, facts, p.locked());
    if (p.title() != null && !p.title().isBlank() && !p.title().equals(names.item(p.itemId()))) {
      h.append("<p class=\"small\" dir=\"auto\"><b>")
          .append(esc(Views.clip(p.title(), Views.NAME_LIMIT)))
          .append("</b></p>\n");
    }
    if (p.prompt() != null && !p.prompt().isBlank()) {
      h.append("<div class=\"part\"><p class=\"small muted\">The prompt</p>");
      folded(h, p.prompt(), "prompt");
      h.append("</div>\n");
    }
    for (ForumPost post : p.answers()) {
      post(h, post);
    }
    h.append("</div>\n");
  }

  private static void forums(StringBuilder h, ForumSearch f) {
    h.append("<div class=\"work-entry\" data-work=\"forums\"><b>Forum search</b>")
        .append(" <span class=\"small muted\">\u00b7 ")
        .append(f.posts().size())
        .append(f.posts().size() == 1 ? " post of yours" : " posts of yours")
        .append(" found in ")
        .append(f.forumIds().size())
        .append(f.forumIds().size() == 1 ? " forum" : " forums")
        .append(" with ")
        .append(f.requestsMade())
        .append(" of ")
        .append(f.requestBudget())
        .append(" requests</span>");
    if (f.budgetRanOut()) {
      h.append("<p class=\"gaps small\">The request budget ran out before every thread was read:")
          .append(" posts of yours may be missing (export again with a larger --forums).</p>");
    }
    h.append('\n');
    for (ForumPost post : f.posts()) {
      post(h, post);
    }
    h.append("</div>\n");
  }

  private static void post(StringBuilder h, ForumPost post) {
    h.append("<div class=\"part\"><p class=\"small muted\">")
        .append(post.kind().equals("question") ? "Your thread" : "Your answer");
    if (post.createdAt() != null) {
      h.append(" \u00b7 ").append(time(post.createdAt(), true));
    }
    if (post.updatedAt() != null && !post.updatedAt().equals(post.createdAt())) {
      h.append(" \u00b7 edited ").append(time(post.updatedAt(), true));
    }
    h.append("</p>");
    if (post.text() != null && !post.text().isBlank()) {
      folded(h, post.text(), "post");
    }
    h.append("</div>\n");
  }

  // ---- notes ----

  private static void note(StringBuilder h, LearnerNote n, OutlineIndex names) {
    h.append("<div class=\"work-entry learner-note\" data-work=\"note\"><p class=\"small muted\">");
    List<String> where = new ArrayList<>();
    if (n.itemId() != null) {
      where.add("on \u201c" + esc(Views.clip(names.item(n.itemId()), Views.NAME_LIMIT)) + "\u201d");
    }
    if (n.moduleId() != null) {
      where.add("in " + esc(Views.clip(names.module(n.moduleId()), Views.NAME_LIMIT)));
    }
    Instant at = Views.later(n.createdAt(), n.updatedAt());
    if (at != null) {
      where.add(time(at, true));
    }
    h.append(capitalize(String.join(" \u00b7 ", where))).append("</p>");
    if (n.text() != null && !n.text().isBlank()) {
      folded(h, n.text(), "note");
    }
    h.append("</div>\n");
  }

  // ---- pieces ----

  /** Opens an entry of an item, named from the outline. */
  private static void entry(StringBuilder h, String kind, ItemId item, OutlineIndex names) {
    h.append("<div class=\"work-entry\" data-work=\"")
        .append(kind)
        .append("\" data-work-item=\"")
        .append(esc(item.value()))
        .append("\"><b>")
        .append(esc(Views.clip(names.item(item), Views.NAME_LIMIT)))
        .append("</b>");
  }

  /** The facts of an entry after its name, and why it is locked, if it is. */
  private static void facts(StringBuilder h, List<String> facts, @Nullable String locked) {
    if (locked != null) {
      facts.add("locked: " + esc(Views.clip(locked, Views.NAME_LIMIT)));
    }
    if (!facts.isEmpty()) {
      h.append(" <span class=\"small muted\">\u00b7 ")
          .append(String.join(" \u00b7 ", facts))
          .append("</span>");
    }
    h.append('\n');
  }

  private static void passed(List<String> facts, @Nullable Boolean passed) {
    if (passed != null) {
      facts.add(passed ? "passed \u2713" : "not passed \u2717");
    }
  }

  /** A time of the learner's work: {@code submitted 20 Oct 2015, 00:13 UTC}, or a stand-in. */
  private static String when(@Nullable Instant at, String verb) {
    return at == null ? verb + " (time not given)" : verb + " " + time(at, true);
  }

  /** Points as the server gave them: {@code 4 / 5 (80 %)}, {@code 4}, or {@code ? / 5}. */
  static String score(@Nullable Double score, @Nullable Double max) {
    String s = score == null ? "?" : Views.decimal(score);
    if (max == null) {
      return s;
    }
    String out = s + " / " + Views.decimal(max);
    if (score != null && max > 0 && Double.isFinite(score)) {
      out += " (" + Views.percent(score / max * 100) + ")";
    }
    return out;
  }

  /** A grade or ratio the server gives as a fraction 0..1, in percent; another number as it is. */
  private static String fraction(double value) {
    return value >= 0 && value <= 1 ? Views.percentOfFraction(value) : Views.decimal(value);
  }

  /** Server text, escaped and shortened, as a paragraph that keeps its line breaks. */
  private static void text(StringBuilder h, String text) {
    h.append("<span class=\"text\" dir=\"auto\">")
        .append(esc(Views.clip(text, Views.TEXT_LIMIT)))
        .append("</span>");
  }

  /**
   * A piece of work, escaped and shortened to {@link Views#WORK_TEXT_LIMIT}: inline when short,
   * else folded with its start as the summary, so a 30,000-character essay does not push the page
   * apart.
   */
  private static void folded(StringBuilder h, String text, String what) {
    String shown = Views.clip(text, Views.WORK_TEXT_LIMIT);
    if (text.length() <= FOLD) {
      h.append("<p class=\"text\" dir=\"auto\">").append(esc(shown)).append("</p>");
      return;
    }
    h.append("<details class=\"long\"><summary><span class=\"preview\" dir=\"auto\">")
        .append(esc(Views.clip(text, PREVIEW)))
        .append("</span> <span class=\"more\">(the whole ")
        .append(what)
        .append(": ")
        .append(String.format(Locale.ROOT, "%,d", text.length()))
        .append(" characters)</span></summary><p class=\"text\" dir=\"auto\">")
        .append(esc(shown))
        .append("</p>");
    if (shown.length() < text.length()) {
      h.append("<p class=\"small muted\">Shortened on this page; the record file and")
          .append(" record.sqlite keep it whole.</p>");
    }
    h.append("</details>");
  }
}
