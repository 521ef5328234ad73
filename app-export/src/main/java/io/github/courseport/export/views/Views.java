package io.github.courseport.export.views;

import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.TrackAttainment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the views share: names, links, numbers and times drawn from a record, deterministically. */
final class Views {
  static final String COURSERA = "https://www.coursera.org";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Views() {}

  /** The course's name, or a stand-in naming its id when the catalog did not answer. */
  static String courseName(CourseRecord record) {
    return record.course().found().map(Course::name).orElse("Course " + record.id().value());
  }

  /** The course's page on Coursera, when its slug is known. */
  static Optional<String> courseUrl(CourseRecord record) {
    return record.course().found().flatMap(Views::courseUrl);
  }

  /** The course's page on Coursera: {@code /learn/<slug>} (v2) or {@code /course/<slug>} (v1). */
  static Optional<String> courseUrl(Course course) {
    if (course.slug().isEmpty()) {
      return Optional.empty();
    }
    String base = course instanceof SessionCourse ? "/course/" : "/learn/";
    return Optional.of(COURSERA + base + pathSegment(course.slug()));
  }

  /**
   * A stable IRI for the course as an activity: its Coursera page when the slug is known, else an
   * IRI built from the course id (which never changes).
   */
  static String courseIri(CourseRecord record) {
    return courseUrl(record)
        .orElse(COURSERA + "/api/courses.v1/" + pathSegment(record.id().value()));
  }

  /**
   * Percent-encodes a string as one URL path segment: everything but RFC 3986's unreserved
   * characters is encoded, so no server string can add a path, query, fragment or scheme.
   */
  static String pathSegment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    String s = out.toString();
    // "." and ".." are unreserved but would walk the path
    return s.equals(".") ? "%2E" : s.equals("..") ? "%2E%2E" : s;
  }

  /** A number as plain decimal text without exponent or trailing zeros: 0.975, 42, -1.5. */
  static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * A fraction 0..1 as a number of percent, exact and without exponent: 0.975 -> 97.5, 0.95 -> 95,
   * 1 -> 100 (for files, where a percentage is a number in a column named so).
   */
  static String percentNumber(double fraction) {
    if (!Double.isFinite(fraction)) {
      return Double.toString(fraction);
    }
    BigDecimal d = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** A fraction 0..1 as a whole percentage, e.g. 0.975 -> "98 %"; clamped for display. */
  static String percentOfFraction(double fraction) {
    return percent(fraction * 100);
  }

  /** A percentage, rounded, e.g. 42.4 -> "42 %". */
  static String percent(double pct) {
    if (!Double.isFinite(pct)) {
      return "?";
    }
    return Math.round(pct) + "\u00a0%";
  }

  static String date(Instant instant) {
    return DATE.format(instant);
  }

  static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** How many characters of a server name a page or calendar shows (the record keeps it all). */
  static final int NAME_LIMIT = 300;

  /** How many characters of a server description a page shows (the record keeps it all). */
  static final int TEXT_LIMIT = 2_000;

  /**
   * How many characters of one piece of the learner's own work (an answer, a review, a note) a page
   * shows: enough for a long essay, bounded against a record that sends megabytes.
   */
  static final int WORK_TEXT_LIMIT = 50_000;

  /**
   * Server text shortened for display to at most {@code max} characters (never inside a surrogate
   * pair), ending with an ellipsis when shortened: an outline names hundreds of things, and a
   * hostile one can send megabytes for each, which a page or a calendar must not repeat.
   */
  static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Math.max(1, max - 1);
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a pair
    }
    return text.substring(0, end) + "\u2026";
  }

  /** A time commitment in words: "9 min", "1 h 25 min"; null when unknown or not positive. */
  static @Nullable String duration(@Nullable Long millis) {
    if (millis == null || millis <= 0) {
      return null;
    }
    long minutes = Math.max(1, Math.round(millis / 60_000.0));
    if (minutes < 60) {
      return minutes + "\u00a0min";
    }
    long rest = minutes % 60;
    return minutes / 60 + "\u00a0h" + (rest == 0 ? "" : " " + rest + "\u00a0min");
  }

  /** The grade of the verified track, 0..1, from whichever route answered, when known. */
  static @Nullable Double verifiedGrade(CourseGrade g) {
    if (g.verifiedOutcome() != null) {
      return g.verifiedOutcome().courseGrade();
    }
    return g.verifiedGrade();
  }

  /** Items passed on the verified track, from whichever route answered, when known. */
  static @Nullable Integer verifiedPassedItems(CourseGrade g) {
    if (g.verifiedOutcome() != null) {
      return g.verifiedOutcome().passedItemsCount();
    }
    for (TrackAttainment t : g.tracks()) {
      if (t.verifiedPassedCount() != null) {
        return t.verifiedPassedCount();
      }
    }
    return null;
  }

  /**
   * Whether an item counts as passed: an instructor's override decides, then the item's own passed
   * flag, then its state; null when none says.
   */
  static @Nullable Boolean itemPassed(ItemGrade item) {
    if (item.override() != null && item.override().passed() != null) {
      return item.override().passed();
    }
    if (item.passed() != null) {
      return item.passed();
    }
    if (passed(item.state())) {
      return true;
    }
    return failedState(item.state()) ? false : null;
  }

  /**
   * When a grade holds: its timestamp (2015's route), or, as today's route gives none, the newest
   * activity of the course, the time up to which the record knows it; null when neither is known.
   */
  static @Nullable Instant gradedAt(CourseRecord record, CourseGrade grade) {
    return grade.timestamp() != null ? grade.timestamp() : newestActivity(record);
  }

  /** A family's value when found, null otherwise. */
  static <V> @Nullable V found(CourseRecord record, CourseFamily<V> family) {
    Outcome<V> o = record.families().get(family);
    return o == null ? null : o.found().orElse(null);
  }

  /**
   * What a family holds: its value when found, or what it received before it failed (a consumer
   * that must lose nothing the server sent reads this); null otherwise.
   */
  static <V> @Nullable V held(CourseRecord record, CourseFamily<V> family) {
    Outcome<V> o = record.families().get(family);
    return o == null ? null : o.received().orElse(null);
  }

  /** Later of two instants, either of which may be missing. */
  static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  /**
   * The newest moment of learner activity in a course record: memberships, enrollment starts, item
   * progress, grades (and instructors' overrides of them), completion events and the start of
   * deadline settings. Deadlines and session ends are plans, not activity, so they do not count.
   * Views use it instead of the wall clock, as "now" of the export, so that the same record always
   * renders the same way.
   */
  static @Nullable Instant newestActivity(CourseRecord record) {
    Instant newest = null;
    for (Membership m : record.memberships()) {
      newest = later(newest, m.timestamp());
    }
    for (Enrollment e : record.enrollments()) {
      newest = later(newest, e.start());
    }
    CourseProgress progress = found(record, CourseFamily.PROGRESS);
    if (progress != null) {
      for (var item : progress.items().values()) {
        newest = later(newest, item.timestamp());
      }
    }
    CourseGrade grade = found(record, CourseFamily.GRADES);
    if (grade != null) {
      newest = later(newest, grade.timestamp());
      for (ItemGrade item : grade.itemGrades().values()) {
        newest = later(newest, item.override() == null ? null : item.override().overriddenAt());
      }
    }
    CompletionEvents events = found(record, CourseFamily.COMPLETION_EVENTS);
    if (events != null) {
      for (var e : events.events()) {
        newest = later(newest, e.timestamp());
      }
    }
    DeadlineSettings deadlines = found(record, CourseFamily.DEADLINES);
    if (deadlines != null) {
      newest = later(newest, deadlines.start());
    }
    return newest;
  }

  /**
   * Whether the learner joined each course of the course index that says where it came from (a
   * membership or an enrollment names it), as opposed to one only saved in a list or held by a
   * specialization. An index line without provenance (an archive of an earlier version) says
   * nothing: {@link #member} then asks the course record.
   */
  static Map<CourseId, Boolean> members(LearnerRecord learner) {
    Map<CourseId, Boolean> out = new HashMap<>();
    for (CourseSummary c : learner.courses()) {
      if (!c.listedBy().isEmpty()) {
        out.put(c.id(), c.member());
      }
    }
    return out;
  }

  /**
   * Whether the learner joined a course: as the course index says ({@link #members}), else whether
   * its record holds a membership or an enrollment.
   */
  static boolean member(CourseRecord record, Map<CourseId, Boolean> members) {
    Boolean indexed = members.get(record.id());
    return indexed != null
        ? indexed
        : !record.memberships().isEmpty() || !record.enrollments().isEmpty();
  }

  /** The newest learner-level activity (memberships and specialization memberships). */
  static @Nullable Instant newestActivity(LearnerRecord learner) {
    Instant newest = null;
    for (Membership m : learner.memberships().received().orElse(java.util.List.of())) {
      newest = later(newest, m.timestamp());
    }
    for (SpecializationMembership m :
        learner.specializationMemberships().received().orElse(java.util.List.of())) {
      newest = later(newest, m.timestamp());
    }
    return newest;
  }

  /**
   * Whether a course's passing state says it was passed ({@code passed}, {@code verifiedPassed}).
   */
  static boolean passed(@Nullable String passingState) {
    return passingState != null
        && (passingState.equalsIgnoreCase("passed")
            || passingState.equalsIgnoreCase("verifiedPassed"));
  }

  /** Whether a state says the attempt failed ({@code failed}, {@code notPassed}). */
  static boolean failedState(@Nullable String state) {
    return state != null
        && (state.equalsIgnoreCase("failed") || state.equalsIgnoreCase("notPassed"));
  }

  /** The record's learner-facing name of a family or part, for sentences. */
  static String familyInWords(String family) {
    return switch (family) {
      case "identity" -> "who this account is";
      case "profile" -> "your profile";
      case "memberships" -> "your course memberships";
      case "enrollments" -> "your enrollments in older (session-based) courses";
      case "specializationMemberships" -> "your specialization memberships";
      case "courseLists" -> "your course lists";
      case "specializations" -> "the specialization";
      case "categories" -> "the category";
      case "courses", "course" -> "the catalog entry";
      case "sessions" -> "the session";
      case "partners" -> "the partner";
      case "instructors" -> "the instructor";
      case "progress" -> "your progress";
      case "schedule" -> "the schedule";
      case "deadlines" -> "your deadlines";
      case "homeProgress" -> "your completed and passed modules";
      case "grades" -> "your grades";
      case "instructorNotes" -> "the instructors' notes";
      case "classmates" -> "your classmates' profiles";
      case "experiments" -> "your course experiments";
      case "completionEvents" -> "your completion events";
      case "outline" -> "the course outline";
      case "attempts" -> "your quiz and exam attempts";
      case "peerWork" -> "your peer-graded submissions and their reviews";
      case "programmingWork" -> "your programming assignments";
      case "discussionAnswers" -> "your discussion answers";
      case "learnerNotes" -> "your notes";
      case "certificate" -> "your certificate";
      default -> family;
    };
  }

  /** Why a part is missing, in words: the status, then the source's reason. */
  static String statusInWords(Outcome.Status status) {
    return switch (status) {
      case FOUND -> "was exported";
      case ABSENT -> "does not exist";
      case UNAVAILABLE -> "is not offered by Coursera";
      case FAILED -> "could not be fetched";
      case NOT_CARRIED -> "is not served by the source of this archive";
    };
  }
}
