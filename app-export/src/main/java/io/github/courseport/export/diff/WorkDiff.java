package io.github.courseport.export.diff;

import static io.github.courseport.export.diff.RecordDiff.clip;
import static io.github.courseport.export.diff.RecordDiff.comparable;
import static io.github.courseport.export.diff.RecordDiff.found;
import static io.github.courseport.export.diff.RecordDiff.percent;
import static io.github.courseport.export.diff.RecordDiff.percentValue;
import static io.github.courseport.export.diff.RecordDiff.quoted;

import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.AttemptSubmission;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingSubmission;
import io.github.courseport.core.domain.ProgrammingWork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The learner's own work compared between two records of a course: new attempts at quizzes, exams
 * and programming assignments (with the score and the item's outcome), grade changes of those
 * items, new peer submissions, new reviews of the learner's submissions, and a new certificate.
 * Items are named from the outline, as everywhere in the diff. A family that only one archive asked
 * (one written before Courseport fetched it, or with {@code --no-work}) is not compared: the course
 * is counted once for the summary's sentence ({@link #askedOnlyIn}); a family that one archive
 * could not export (a gap), or whose source does not carry it, is said not compared.
 */
final class WorkDiff {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private WorkDiff() {}

  /**
   * Whether {@code a} holds some family of the learner's work (found, or answered as none) that
   * {@code b} did not ask; a family {@code a}'s source does not carry is not held.
   */
  static boolean askedOnlyIn(CourseRecord a, CourseRecord b) {
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      Outcome<?> held = a.families().get(f);
      if (held != null
          && (held.status() == Outcome.Status.FOUND || held.status() == Outcome.Status.ABSENT)
          && b.families().get(f) == null) {
        return true;
      }
    }
    return false;
  }

  /** Appends the changes of the learner's work from {@code a} to {@code b}. */
  static void compare(List<Change> out, CourseRecord a, CourseRecord b, RecordDiff.Names names) {
    if (compared(out, a, b, CourseFamily.ATTEMPTS, "your quiz and exam attempts")) {
      attempts(
          out,
          found(a, CourseFamily.ATTEMPTS),
          found(b, CourseFamily.ATTEMPTS).orElseThrow(),
          names);
    }
    if (compared(out, a, b, CourseFamily.PROGRAMMING_WORK, "your programming assignments")) {
      programming(
          out,
          found(a, CourseFamily.PROGRAMMING_WORK),
          found(b, CourseFamily.PROGRAMMING_WORK).orElseThrow(),
          names);
    }
    if (compared(out, a, b, CourseFamily.PEER_WORK, "your peer-graded submissions")) {
      peer(
          out,
          found(a, CourseFamily.PEER_WORK),
          found(b, CourseFamily.PEER_WORK).orElseThrow(),
          names);
    }
    if (compared(out, a, b, CourseFamily.CERTIFICATE, "your certificate")) {
      Optional<Certificate> was = found(a, CourseFamily.CERTIFICATE);
      Optional<Certificate> is = found(b, CourseFamily.CERTIFICATE);
      if (was.isEmpty() && is.isPresent()) {
        certificate(out, is.get());
      }
    }
  }

  /**
   * Whether a family is compared: both archives asked it, neither lacks it (else that is said once,
   * as for every family), and the newer one holds a value.
   */
  private static boolean compared(
      List<Change> out, CourseRecord a, CourseRecord b, CourseFamily<?> family, String words) {
    if (a.families().get(family) == null || b.families().get(family) == null) {
      return false; // asked by one archive only: new information, not a change
    }
    return comparable(out, a, b, family, words) && found(b, family).isPresent();
  }

  // ---- quizzes and exams ----

  private static void attempts(
      List<Change> out,
      Optional<AssessmentAttempts> before,
      AssessmentAttempts after,
      RecordDiff.Names names) {
    Map<ItemId, ItemAttempts> was = new HashMap<>();
    before.ifPresent(v -> v.items().forEach(i -> was.putIfAbsent(i.itemId(), i)));
    for (ItemAttempts y : after.items()) {
      ItemAttempts x = was.get(y.itemId());
      boolean reported =
          newSubmissions(
              out,
              y.itemId(),
              names,
              x == null ? List.of() : subs(x.submissions(), WorkDiff::sub),
              subs(y.submissions(), WorkDiff::sub),
              y.passed());
      grade(
          out,
          y.itemId(),
          names,
          x == null ? null : effective(x),
          effective(y),
          x == null ? null : x.passed(),
          y.passed(),
          x == null,
          reported);
    }
  }

  /** The grade that counts: an instructor's, else the earned one. */
  private static @Nullable BigDecimal effective(ItemAttempts a) {
    return percentValue(a.gradeOverride() != null ? a.gradeOverride() : a.earnedGrade());
  }

  // ---- programming assignments ----

  private static void programming(
      List<Change> out,
      Optional<ProgrammingWork> before,
      ProgrammingWork after,
      RecordDiff.Names names) {
    Map<ItemId, ProgrammingAssignmentWork> was = new HashMap<>();
    before.ifPresent(v -> v.items().forEach(i -> was.putIfAbsent(i.itemId(), i)));
    for (ProgrammingAssignmentWork y : after.items()) {
      ProgrammingAssignmentWork x = was.get(y.itemId());
      boolean reported =
          newSubmissions(
              out,
              y.itemId(),
              names,
              x == null ? List.of() : subs(x.submissions(), WorkDiff::sub),
              subs(y.submissions(), WorkDiff::sub),
              y.passed());
      grade(
          out,
          y.itemId(),
          names,
          x == null ? null : ratio(x.score(), x.maxScore()),
          ratio(y.score(), y.maxScore()),
          x == null ? null : x.passed(),
          y.passed(),
          x == null,
          reported);
    }
  }

  // ---- attempts and grades, of either kind ----

  /** A submission's identity across two records: its id, or its time and score without one. */
  /** One submission of a quiz, exam or programming assignment, as the diff compares them. */
  private record Sub(
      @Nullable String id, @Nullable Instant at, @Nullable Double score, @Nullable Double max) {
    String key() {
      return WorkDiff.key(id, at, score);
    }
  }

  private static Sub sub(AttemptSubmission s) {
    return new Sub(s.id(), s.submittedAt(), s.score(), s.maxScore());
  }

  private static Sub sub(ProgrammingSubmission s) {
    return new Sub(s.id(), s.submittedAt(), s.score(), s.maxScore());
  }

  private static <S> List<Sub> subs(List<S> submissions, Function<S, Sub> of) {
    return submissions.stream().map(of).toList();
  }

  /**
   * Reports every submission of {@code after} that {@code before} does not hold, the last one with
   * the item's outcome.
   *
   * @return whether any was reported
   */
  private static boolean newSubmissions(
      List<Change> out,
      ItemId item,
      RecordDiff.Names names,
      List<Sub> before,
      List<Sub> after,
      @Nullable Boolean passed) {
    Set<String> seen = new HashSet<>();
    before.forEach(b -> seen.add(b.key()));
    boolean reported = false;
    for (int k = 0; k < after.size(); k++) {
      Sub s = after.get(k);
      if (seen.add(s.key())) {
        Boolean outcome = k == after.size() - 1 ? passed : null;
        out.add(attempt(item, names, s.id(), s.at(), s.score(), s.max(), outcome));
        reported = true;
      }
    }
    return reported;
  }

  private static String key(@Nullable String id, @Nullable Instant at, @Nullable Double score) {
    return id != null ? "id " + id : "at " + at + " scored " + score;
  }

  private static Change attempt(
      ItemId item,
      RecordDiff.Names names,
      @Nullable String submissionId,
      @Nullable Instant at,
      @Nullable Double score,
      @Nullable Double max,
      @Nullable Boolean passed) {
    BigDecimal percent = ratio(score, max);
    StringBuilder text = new StringBuilder("New attempt at ").append(ref(item, names));
    if (percent != null) {
      text.append(": ").append(percent.toPlainString()).append('%');
    } else if (score != null) {
      text.append(": score ").append(points(score));
    }
    text.append(passed == null ? "" : passed ? " (passed)" : " (not passed)");
    text.append(at == null ? "" : ", submitted " + DAY.format(at)).append('.');
    return Change.of(
        Change.Kind.ATTEMPT_ADDED,
        text.toString(),
        "itemId",
        item.value(),
        "itemName",
        names.item(item),
        "submissionId",
        submissionId,
        "submittedAt",
        at == null ? null : at.toString(),
        "score",
        number(score),
        "maxScore",
        number(max),
        "percent",
        percent,
        "passed",
        passed);
  }

  /**
   * A change of an item's grade or outcome; an item new to the record says its grade only when no
   * new attempt at it was reported (which says it already).
   */
  private static void grade(
      List<Change> out,
      ItemId item,
      RecordDiff.Names names,
      @Nullable BigDecimal old,
      @Nullable BigDecimal now,
      @Nullable Boolean oldPassed,
      @Nullable Boolean newPassed,
      boolean newItem,
      boolean attemptReported) {
    boolean same = equal(old, now) && Objects.equals(oldPassed, newPassed);
    if (same || (newItem && (attemptReported || (now == null && newPassed == null)))) {
      return;
    }
    String text;
    if (newItem) {
      text = "Your attempts at " + ref(item, names) + " graded: " + grade(now, newPassed) + ".";
    } else {
      text =
          "Grade of your attempts at "
              + ref(item, names)
              + ": "
              + (old == null ? "none" : old.toPlainString() + "%")
              + " -> "
              + (now == null ? "none" : now.toPlainString() + "%")
              + (Objects.equals(oldPassed, newPassed)
                  ? newPassed == null ? "" : passed(newPassed)
                  : " (" + words(oldPassed) + " -> " + words(newPassed) + ")")
              + ".";
    }
    out.add(
        Change.of(
            Change.Kind.ATTEMPT_GRADE_CHANGED,
            text,
            "itemId",
            item.value(),
            "itemName",
            names.item(item),
            "old",
            old,
            "new",
            now,
            "oldPassed",
            oldPassed,
            "newPassed",
            newPassed));
  }

  private static String grade(@Nullable BigDecimal percent, @Nullable Boolean passed) {
    return (percent == null ? "no grade" : percent.toPlainString() + "%")
        + (passed == null ? "" : passed(passed));
  }

  private static String passed(boolean passed) {
    return passed ? " (passed)" : " (not passed)";
  }

  private static String words(@Nullable Boolean passed) {
    return passed == null ? "not said" : passed ? "passed" : "not passed";
  }

  private static boolean equal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  // ---- peer-graded assignments ----

  private static void peer(
      List<Change> out, Optional<PeerWork> before, PeerWork after, RecordDiff.Names names) {
    Map<String, Set<String>> reviewed = new HashMap<>(); // item~submission -> review ids
    before.ifPresent(
        v ->
            v.items()
                .forEach(
                    i ->
                        i.submissions()
                            .forEach(
                                s -> {
                                  Set<String> ids =
                                      reviewed.computeIfAbsent(
                                          i.itemId().value() + "~" + s.id(), k -> new HashSet<>());
                                  s.reviews().forEach(r -> ids.add(r.id()));
                                })));
    for (PeerAssignmentWork y : after.items()) {
      for (PeerSubmission s : y.submissions()) {
        Set<String> known = reviewed.get(y.itemId().value() + "~" + s.id());
        if (known == null) {
          out.add(submission(y.itemId(), names, s));
          known = Set.of();
        }
        for (PeerReview r : s.reviews()) {
          if (!known.contains(r.id())) {
            out.add(review(y.itemId(), names, s, r));
          }
        }
      }
    }
  }

  private static Change submission(ItemId item, RecordDiff.Names names, PeerSubmission s) {
    Instant at = s.submittedAt() != null ? s.submittedAt() : s.createdAt();
    String text =
        (Boolean.TRUE.equals(s.draft()) ? "New draft (not submitted) for " : "New submission to ")
            + ref(item, names)
            + (s.title() == null || s.title().isBlank() ? "" : ": " + quoted(clip(s.title())))
            + (at == null
                ? ""
                : ", " + (s.submittedAt() != null ? "submitted " : "started ") + DAY.format(at))
            + ".";
    return Change.of(
        Change.Kind.SUBMISSION_ADDED,
        text,
        "itemId",
        item.value(),
        "itemName",
        names.item(item),
        "submissionId",
        s.id(),
        "title",
        s.title(),
        "submittedAt",
        s.submittedAt() == null ? null : s.submittedAt().toString(),
        "draft",
        s.draft());
  }

  private static Change review(
      ItemId item, RecordDiff.Names names, PeerSubmission s, PeerReview r) {
    StringBuilder text =
        new StringBuilder("New review of your submission to ").append(ref(item, names));
    if (r.score() != null) {
      text.append(": ").append(points(r.score()));
      if (r.maxScore() != null) {
        text.append('/').append(points(r.maxScore()));
      }
    }
    if (r.reviewerName() != null && !r.reviewerName().isBlank()) {
      text.append(r.score() != null ? ", by " : " by ").append(clip(r.reviewerName()));
    }
    if (r.createdAt() != null) {
      text.append(", on ").append(DAY.format(r.createdAt()));
    }
    text.append('.');
    return Change.of(
        Change.Kind.REVIEW_ADDED,
        text.toString(),
        "itemId",
        item.value(),
        "itemName",
        names.item(item),
        "submissionId",
        s.id(),
        "reviewId",
        r.id(),
        "reviewer",
        r.reviewerName(),
        "score",
        number(r.score()),
        "maxScore",
        number(r.maxScore()),
        "at",
        r.createdAt() == null ? null : r.createdAt().toString());
  }

  // ---- the certificate ----

  private static void certificate(List<Change> out, Certificate c) {
    StringBuilder text = new StringBuilder("New certificate");
    String sep = ": ";
    if (c.grade() != null) {
      text.append(sep).append("grade ").append(percent(c.grade()));
      sep = ", ";
    }
    if (c.grantedAt() != null) {
      text.append(sep).append("granted ").append(DAY.format(c.grantedAt()));
      sep = ", ";
    }
    if (c.code() != null) {
      text.append(sep).append("code ").append(clip(c.code()));
    }
    text.append('.');
    out.add(
        Change.of(
            Change.Kind.CERTIFICATE_ADDED,
            text.toString(),
            "code",
            c.code(),
            "grade",
            percentValue(c.grade()),
            "grantedAt",
            c.grantedAt() == null ? null : c.grantedAt().toString(),
            "verificationUrl",
            Certificate.verifyUrl(c.code())));
  }

  // ---- words ----

  /** An item by its quoted name from the outline, or {@code item <id>}. */
  private static String ref(ItemId item, RecordDiff.Names names) {
    String name = names.item(item);
    return name == null ? "item " + item.value() : quoted(clip(name));
  }

  /** Points as a percentage of the most, to one decimal; null unless both are known. */
  private static @Nullable BigDecimal ratio(@Nullable Double score, @Nullable Double max) {
    if (score == null || max == null || !(max > 0) || !Double.isFinite(score)) {
      return null;
    }
    BigDecimal p =
        BigDecimal.valueOf(score * 100 / max)
            .setScale(1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  /** A number of points as JSON writes it; null when it is not one (JSON has no NaN). */
  private static @Nullable BigDecimal number(@Nullable Double value) {
    if (value == null || !Double.isFinite(value)) {
      return null;
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** A number of points in words: {@code 9}, {@code 2.5}. */
  private static String points(double value) {
    BigDecimal d = number(value);
    return d == null ? Double.toString(value) : d.toPlainString();
  }
}
