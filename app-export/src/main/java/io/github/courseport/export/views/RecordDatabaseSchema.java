package io.github.courseport.export.views;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@code exports/record.sqlite}, each with a comment on itself and on every column:
 * one definition gives the {@code CREATE} statements and the rows of the database's own {@code
 * readme} table, so the two cannot drift apart.
 *
 * <p>Conventions: times are UTC text {@code YYYY-MM-DDTHH:MM:SS.sssZ} (always milliseconds, so text
 * order is time order and SQLite's date functions read them) in columns ending {@code _utc};
 * booleans are 0 or 1; {@code status} is {@code found}, {@code absent}, {@code unavailable} or
 * {@code failed} and {@code reason} says why for the last two (empty otherwise); ids are text.
 */
final class RecordDatabaseSchema {
  /** {@code PRAGMA user_version}: changes with any incompatible change of the tables. */
  static final int VERSION = 1;

  /** {@code PRAGMA application_id}: "CPRT", so tools can tell the file is Courseport's. */
  static final int APPLICATION_ID = 0x43505254;

  /** Fixed, so the same record always gives the same file. */
  static final int PAGE_SIZE = 4096;

  /** A column: its name, its type and constraints as SQL, and what it holds. */
  record Column(String name, String sql, String comment) {}

  /** A table: its columns, table constraints (keys), indexes, and what a row is. */
  record Table(
      String name,
      String comment,
      List<Column> columns,
      List<String> constraints,
      List<String> indexes,
      boolean withoutRowid) {

    /** The {@code CREATE TABLE} statement. */
    String create() {
      StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
      List<String> parts = new ArrayList<>();
      for (Column c : columns) {
        parts.add("  " + c.name() + " " + c.sql());
      }
      for (String k : constraints) {
        parts.add("  " + k);
      }
      sql.append(String.join(",\n", parts)).append("\n)");
      if (withoutRowid) {
        sql.append(" WITHOUT ROWID");
      }
      return sql.toString();
    }

    /** The {@code CREATE INDEX} statements, named {@code <table>_by_<columns>}. */
    List<String> createIndexes() {
      List<String> out = new ArrayList<>();
      for (String columnList : indexes) {
        String indexName = name + "_by_" + columnList.replace(", ", "_");
        out.add("CREATE INDEX " + indexName + " ON " + name + " (" + columnList + ")");
      }
      return out;
    }
  }

  private static final String STATUS =
      "TEXT NOT NULL CHECK (status IN ('found', 'absent', 'unavailable', 'failed',"
          + " 'not_carried'))";
  private static final String BOOL = "INTEGER CHECK (%s IN (0, 1))";

  static Column col(String name, String sql, String comment) {
    return new Column(name, sql, comment);
  }

  static Column bool(String name, boolean notNull, String comment) {
    return new Column(name, BOOL.formatted(name) + (notNull ? " NOT NULL" : ""), comment);
  }

  private static Column status(String what) {
    return col(
        "status",
        STATUS,
        "whether " + what + " was found, absent, unavailable, failed or not carried by the source");
  }

  private static Column reason() {
    return col("reason", "TEXT NOT NULL", "why it is unavailable or failed; empty otherwise");
  }

  private static Table table(
      String name,
      String comment,
      List<Column> columns,
      List<String> constraints,
      List<String> indexes) {
    return new Table(name, comment, columns, constraints, indexes, false);
  }

  static Table keyed(
      String name,
      String comment,
      List<Column> columns,
      List<String> constraints,
      List<String> indexes) {
    return new Table(name, comment, columns, constraints, indexes, true);
  }

  /**
   * Every table: the record's (learner, courses, outlines, grades, completeness...), then the
   * learner's own work's ({@link RecordDatabaseWorkSchema}).
   */
  static final List<Table> TABLES;

  private static final List<Table> RECORD_TABLES =
      List.of(
          keyed(
              "readme",
              "What each table and column holds: a row per table (name) and per column"
                  + " (table.column).",
              List.of(
                  col("name", "TEXT NOT NULL PRIMARY KEY", "a table, or table.column"),
                  col("comment", "TEXT NOT NULL", "what it holds")),
              List.of(),
              List.of()),
          keyed(
              "learner",
              "The learner whose record this is (one row), with the profile's fields.",
              List.of(
                  col("user_id", "TEXT NOT NULL PRIMARY KEY", "Coursera's user id"),
                  col("identified_by", "TEXT NOT NULL", "the resource that revealed the id"),
                  col("full_name", "TEXT", "the profile's name"),
                  col("time_zone", "TEXT", "the profile's time zone, e.g. Europe/London"),
                  col("locale", "TEXT", "the profile's locale"),
                  col("privacy", "TEXT", "the profile's privacy setting"),
                  col("external_id", "TEXT", "the id classmates see, when an answer revealed it"),
                  col(
                      "profile_status",
                      "TEXT NOT NULL",
                      "whether the profile was found, absent, unavailable or failed"),
                  col("profile_reason", "TEXT NOT NULL", "why the profile is missing, if it is")),
              List.of(),
              List.of()),
          keyed(
              "partner",
              "Universities and companies that teach the courses, by id.",
              List.of(
                  col("partner_id", "TEXT NOT NULL PRIMARY KEY", "the partner's id"),
                  col("name", "TEXT", "its name"),
                  col("short_name", "TEXT", "its short name"),
                  col("location", "TEXT", "where it is"),
                  status("the partner"),
                  reason()),
              List.of(),
              List.of()),
          keyed(
              "instructor",
              "Instructors of the courses and authors of instructors' notes, by id.",
              List.of(
                  col("instructor_id", "TEXT NOT NULL PRIMARY KEY", "the instructor's id"),
                  col("full_name", "TEXT", "their name"),
                  col("title", "TEXT", "their title"),
                  col("department", "TEXT", "their department"),
                  status("the instructor"),
                  reason()),
              List.of(),
              List.of()),
          table(
              "course",
              "Every course of the learner, both generations: session-based (v1) and on-demand"
                  + " (v2).",
              List.of(
                  col("course_id", "TEXT NOT NULL PRIMARY KEY", "the course id (v1-<n> for v1)"),
                  col(
                      "generation",
                      "TEXT NOT NULL CHECK (generation IN ('v1', 'v2'))",
                      "v1: session-based (catalog.v1), v2: on-demand (courses.v1)"),
                  col("slug", "TEXT", "the course's URL name"),
                  col("name", "TEXT", "the course's name"),
                  col("url", "TEXT", "the course's page on Coursera"),
                  col("description", "TEXT", "the catalog's description"),
                  col(
                      "joined_utc",
                      "TEXT",
                      "when the learner joined: earliest membership or enrollment start"),
                  col("left_utc", "TEXT", "latest end of a v1 enrollment"),
                  col(
                      "progress_percent",
                      "REAL",
                      "overall progress, 0 to 100, when the progress answer has it"),
                  col(
                      "last_activity_utc",
                      "TEXT",
                      "newest activity of the learner in the course (memberships, enrollments,"
                          + " item progress, grades, completion events)"),
                  status("the catalog entry"),
                  reason(),
                  bool(
                      "member",
                      true,
                      "1 when the learner joined the course (a membership or enrollment names"
                          + " it); 0 when it is only listed: saved in a list, or held by a"
                          + " specialization they joined")),
              List.of(),
              List.of("slug", "name")),
          keyed(
              "course_listed_by",
              "Which lists named each course: its provenance (memberships.v1,"
                  + " openCourseMemberships.v1, users/v1/me/enrollments, courseLists.v1,"
                  + " specialization <id>). The learner is a member of a course that a membership"
                  + " or enrollment list names.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("list", "TEXT NOT NULL", "a list that named it")),
              List.of("PRIMARY KEY (course_id, list)"),
              List.of("list")),
          keyed(
              "course_partner",
              "Which partners teach which course, in the catalog's order.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("partner_id", "TEXT NOT NULL REFERENCES partner", "the partner"),
                  col(
                      "position",
                      "INTEGER",
                      "0 for the first partner the catalog names; null when it names none")),
              List.of("PRIMARY KEY (course_id, partner_id)"),
              List.of("partner_id")),
          keyed(
              "course_instructor",
              "Which instructors teach which course, in the catalog's order.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("instructor_id", "TEXT NOT NULL REFERENCES instructor", "the instructor"),
                  col(
                      "position",
                      "INTEGER",
                      "0 for the first instructor the catalog names; null when it names none")),
              List.of("PRIMARY KEY (course_id, instructor_id)"),
              List.of("instructor_id")),
          keyed(
              "session",
              "Runs of session-based (v1) courses; their start dates may be partial.",
              List.of(
                  col("session_id", "TEXT NOT NULL PRIMARY KEY", "the session id"),
                  col("course_id", "TEXT NOT NULL REFERENCES course", "its course"),
                  col("start_year", "INTEGER", "start year, when known"),
                  col("start_month", "INTEGER", "start month 1-12, when known"),
                  col("start_day", "INTEGER", "start day, when known"),
                  col("start_date", "TEXT", "YYYY-MM-DD when year, month and day are known"),
                  col("duration", "TEXT", "the catalog's duration text, e.g. 8 weeks"),
                  col("home_link", "TEXT", "the session's home page"),
                  bool("active", false, "whether the catalog marks it active"),
                  status("the session"),
                  reason()),
              List.of(),
              List.of("course_id")),
          keyed(
              "membership",
              "The learner's memberships in on-demand courses (memberships.v1): role and when.",
              List.of(
                  col("membership_id", "TEXT NOT NULL PRIMARY KEY", "the membership id"),
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("role", "TEXT", "e.g. LEARNER, NOT_ENROLLED"),
                  col("joined_utc", "TEXT", "when it began")),
              List.of(),
              List.of("course_id")),
          keyed(
              "enrollment",
              "The learner's enrollments in session-based (v1) courses.",
              List.of(
                  col("enrollment_id", "INTEGER NOT NULL PRIMARY KEY", "the enrollment id"),
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("session_id", "TEXT", "the session, when known (see session)"),
                  col("start_utc", "TEXT", "when it started"),
                  col("end_utc", "TEXT", "when it ended"),
                  col("start_status", "TEXT", "Coursera's start status"),
                  bool("signature_track", true, "whether on the signature track"),
                  bool("active", true, "whether active")),
              List.of(),
              List.of("course_id")),
          keyed(
              "specialization",
              "Specializations the learner joined or whose courses they took.",
              List.of(
                  col("specialization_id", "TEXT NOT NULL PRIMARY KEY", "the specialization id"),
                  col("slug", "TEXT", "its URL name"),
                  col("name", "TEXT", "its name"),
                  col("tagline", "TEXT", "its tagline"),
                  status("the specialization"),
                  reason()),
              List.of(),
              List.of()),
          keyed(
              "specialization_course",
              "The courses of each specialization (also courses the learner never took).",
              List.of(
                  col(
                      "specialization_id",
                      "TEXT NOT NULL REFERENCES specialization",
                      "the specialization"),
                  col(
                      "course_id",
                      "TEXT NOT NULL",
                      "the course (join with course: only the learner's courses are there)"),
                  col(
                      "position",
                      "INTEGER",
                      "its place in the specialization, 0 first; null when only the course"
                          + " record names the specialization")),
              List.of("PRIMARY KEY (specialization_id, course_id)"),
              List.of("course_id")),
          keyed(
              "specialization_membership",
              "The learner's memberships in specializations.",
              List.of(
                  col("membership_id", "TEXT NOT NULL PRIMARY KEY", "the membership id"),
                  col(
                      "specialization_id",
                      "TEXT NOT NULL REFERENCES specialization",
                      "the specialization"),
                  col("role", "TEXT", "the learner's role"),
                  col("joined_utc", "TEXT", "when it began"),
                  bool(
                      "joined",
                      true,
                      "0 for role NOT_ENROLLED: a specialization the learner left or only looked"
                          + " at, whose courses are not theirs")),
              List.of(),
              List.of("specialization_id")),
          keyed(
              "course_list",
              "The learner's named lists of courses (courseLists.v1).",
              List.of(
                  col("list_id", "TEXT NOT NULL PRIMARY KEY", "the list id"),
                  col("name", "TEXT", "its name")),
              List.of(),
              List.of()),
          keyed(
              "course_list_course",
              "The courses of each list, in the list's order.",
              List.of(
                  col("list_id", "TEXT NOT NULL REFERENCES course_list", "the list"),
                  col("position", "INTEGER NOT NULL", "0 first"),
                  col("course_id", "TEXT NOT NULL", "the course (may be outside the record)")),
              List.of("PRIMARY KEY (list_id, position)"),
              List.of()),
          keyed(
              "module",
              "Modules (weeks) of on-demand courses, by name from the course's outline, with the"
                  + " learner's progress, from the outline, progress, home progress, schedule,"
                  + " deadline and notes answers.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("module_id", "TEXT NOT NULL", "the module id"),
                  col("progress_percent", "REAL", "progress in the module, 0 to 100"),
                  bool(
                      "completed",
                      false,
                      "whether home progress lists it as completed (null: not known)"),
                  bool(
                      "passed",
                      false,
                      "whether home progress lists it as passed (null: not known)"),
                  col(
                      "first_week",
                      "INTEGER",
                      "the schedule's first week of the module's period, 1 first"),
                  col("weeks", "INTEGER", "how many weeks the schedule gives its period"),
                  col(
                      "name",
                      "TEXT",
                      "its name from the outline; null when the record has no outline of the"
                          + " course (course_part where part = 'outline' says why) or the outline"
                          + " does not name it"),
                  col("slug", "TEXT", "its URL name, from the outline"),
                  col("description", "TEXT", "its description, from the outline"),
                  col(
                      "position",
                      "INTEGER",
                      "its place in the course, 0 first; null when the outline does not have it"),
                  col(
                      "time_commitment_ms",
                      "INTEGER",
                      "the time the course expects it to take, in milliseconds"),
                  bool("optional", false, "whether the outline marks it optional")),
              List.of("PRIMARY KEY (course_id, module_id)"),
              List.of()),
          keyed(
              "lesson",
              "Lessons of on-demand courses, by name from the course's outline, with the"
                  + " learner's progress.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("lesson_id", "TEXT NOT NULL", "the lesson id"),
                  col("progress_percent", "REAL", "progress in the lesson, 0 to 100"),
                  col(
                      "module_id",
                      "TEXT",
                      "the module that holds it, from the outline (null without one)"),
                  col("name", "TEXT", "its name from the outline"),
                  col("slug", "TEXT", "its URL name, from the outline"),
                  col("position", "INTEGER", "its place in its module, 0 first"),
                  col(
                      "time_commitment_ms",
                      "INTEGER",
                      "the time the course expects it to take, in milliseconds"),
                  bool("optional", false, "whether the outline marks it optional"),
                  col("track_id", "TEXT", "the track it belongs to, e.g. honors")),
              List.of(
                  "PRIMARY KEY (course_id, lesson_id)",
                  "FOREIGN KEY (course_id, module_id) REFERENCES module"),
              List.of()),
          keyed(
              "item",
              "Items (videos, readings, quizzes...) of on-demand courses: every item of the"
                  + " course's outline, by name, and every other item that has progress, a"
                  + " grade or some of the learner's work.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("item_id", "TEXT NOT NULL", "the item id"),
                  col(
                      "progress_state",
                      "TEXT",
                      "Coursera's state, e.g. Completed, Started; null when not started or only"
                          + " graded"),
                  col("progress_utc", "TEXT", "when that state was reached"),
                  col(
                      "module_id",
                      "TEXT",
                      "the module that holds it, from the outline (null when no lesson places"
                          + " it, or without an outline)"),
                  col("lesson_id", "TEXT", "the lesson that holds it, from the outline"),
                  col(
                      "name",
                      "TEXT",
                      "its name from the outline; null for an item the outline does not name"
                          + " (a locked one may have none)"),
                  col("slug", "TEXT", "its URL name, from the outline"),
                  col(
                      "type_name",
                      "TEXT",
                      "its type as Coursera names it, e.g. lecture, supplement, exam, phasedPeer"),
                  col(
                      "kind",
                      "TEXT",
                      "its kind, read from the type: lecture, reading, quiz, exam,"
                          + " peer_assignment, programming_assignment, staff_graded,"
                          + " discussion_prompt, lab, widget or other; null without an outline"),
                  col(
                      "position",
                      "INTEGER",
                      "its place in its lesson (or among the items no lesson places), 0 first"),
                  col(
                      "time_commitment_ms",
                      "INTEGER",
                      "the time the course expects it to take, in milliseconds"),
                  bool("optional", false, "whether the outline marks it optional"),
                  bool("locked", false, "whether it is locked for the learner"),
                  col("locked_reason", "TEXT", "why it is locked, as Coursera says"),
                  col("grading_weight", "REAL", "its weight in the course grade"),
                  bool(
                      "required_for_passing",
                      false,
                      "whether passing it is required to pass the course"),
                  col("track_id", "TEXT", "the track it belongs to, e.g. honors"),
                  col("description", "TEXT", "its description, from the outline")),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, module_id) REFERENCES module",
                  "FOREIGN KEY (course_id, lesson_id) REFERENCES lesson"),
              List.of("progress_utc", "course_id, module_id", "course_id, lesson_id")),
          keyed(
              "deadline",
              "Module deadlines of on-demand courses, in UTC and in the learner's time zone.",
              List.of(
                  col("course_id", "TEXT NOT NULL", "the course"),
                  col("module_id", "TEXT NOT NULL", "the module"),
                  col("deadline_utc", "TEXT NOT NULL", "the deadline"),
                  col(
                      "deadline_local",
                      "TEXT",
                      "the same instant in the learner's time zone, YYYY-MM-DDTHH:MM:SS.sss+HH:MM"
                          + " (null when the profile has no valid time zone)"),
                  col("time_zone", "TEXT", "the time zone of deadline_local"),
                  bool(
                      "enabled", true, "0 when the learner switched deadlines off for the course")),
              List.of(
                  "PRIMARY KEY (course_id, module_id)",
                  "FOREIGN KEY (course_id, module_id) REFERENCES module"),
              List.of("deadline_utc")),
          keyed(
              "course_grade",
              "The learner's grade in a course, overall and for the verified track, from"
                  + " whichever route answered (today's onDemandCourseViewGrades.v1 or 2015's"
                  + " onDemandCourseGrades.v1).",
              List.of(
                  col("course_id", "TEXT NOT NULL PRIMARY KEY REFERENCES course", "the course"),
                  col("passing_state", "TEXT", "e.g. passed, verifiedPassed, notPassed"),
                  col("grade", "REAL", "the course grade, 0 to 1"),
                  col("passed_items", "INTEGER", "graded items passed"),
                  col("passable_items", "INTEGER", "graded items there are to pass"),
                  col("verified_grade", "REAL", "the verified track's grade, 0 to 1"),
                  col("verified_passed_items", "INTEGER", "items passed on the verified track"),
                  col(
                      "graded_utc",
                      "TEXT",
                      "when Coursera computed the grades (2015's route; today's gives no time)")),
              List.of(),
              List.of()),
          keyed(
              "item_grade",
              "The learner's grade of each graded item.",
              List.of(
                  col("course_id", "TEXT NOT NULL", "the course"),
                  col("item_id", "TEXT NOT NULL", "the item"),
                  col("grade", "REAL", "the grade, 0 to 1"),
                  col("state", "TEXT", "e.g. passed, failed"),
                  col("graded_utc", "TEXT", "when Coursera computed the course's grades"),
                  bool(
                      "passed",
                      false,
                      "whether the item counts as passed: an instructor's override decides, then"
                          + " Coursera's passed flag, then the state (null: not said)"),
                  col(
                      "override_grade",
                      "REAL",
                      "the grade an instructor's override set, 0 to 1 (the grade that counts)"),
                  bool("override_passed", false, "whether the override passed the item"),
                  col("override_explanation", "TEXT", "the instructor's explanation"),
                  col("overridden_utc", "TEXT", "when the instructor overrode it"),
                  col("overrider_id", "TEXT", "the instructor's user id")),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "track_attainment",
              "How far the learner got on each track of a course (today's grades route).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course_grade", "the course"),
                  col("track_id", "TEXT NOT NULL", "the track, e.g. core, honors"),
                  col("passing_state", "TEXT", "e.g. passed, notPassed"),
                  col("passed_items", "INTEGER", "items passed on the track"),
                  col(
                      "verified_passed_items",
                      "INTEGER",
                      "items passed on the track's verified (certificate) side")),
              List.of("PRIMARY KEY (course_id, track_id)"),
              List.of()),
          keyed(
              "item_group_grade",
              "Grades of groups of items where passing one of several counts (today's grades"
                  + " route).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course_grade", "the course"),
                  col("group_id", "TEXT NOT NULL", "the group"),
                  col("passing_state", "TEXT", "e.g. passed"),
                  col("passed_items", "INTEGER", "items of the group passed"),
                  col("grade", "REAL", "the group's grade, 0 to 1")),
              List.of("PRIMARY KEY (course_id, group_id)"),
              List.of()),
          keyed(
              "assignment_group_grade",
              "Grades of weighted assignment groups (today's grades route).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course_grade", "the course"),
                  col("group_id", "TEXT NOT NULL", "the group"),
                  col("name", "TEXT", "its name"),
                  col("grade", "REAL", "the group's grade, 0 to 1")),
              List.of("PRIMARY KEY (course_id, group_id)"),
              List.of()),
          keyed(
              "assignment_group_dropped_item",
              "The items whose grades an assignment group's rule dropped (its lowest grades).",
              List.of(
                  col("course_id", "TEXT NOT NULL", "the course"),
                  col("group_id", "TEXT NOT NULL", "the group"),
                  col("item_id", "TEXT NOT NULL", "the item dropped")),
              List.of(
                  "PRIMARY KEY (course_id, group_id, item_id)",
                  "FOREIGN KEY (course_id, group_id) REFERENCES assignment_group_grade",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          table(
              "instructor_note",
              "Notes from the instructors of a course (the course's own and its default ones).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("note_id", "TEXT NOT NULL", "the note id"),
                  col("title", "TEXT", "its title"),
                  col("body", "TEXT", "its text, as Coursera sent it"),
                  bool("is_default", true, "1 for the course's default notes")),
              List.of("PRIMARY KEY (course_id, note_id)"),
              List.of()),
          keyed(
              "instructor_note_author",
              "Which instructors signed which note.",
              List.of(
                  col("course_id", "TEXT NOT NULL", "the course"),
                  col("note_id", "TEXT NOT NULL", "the note"),
                  col(
                      "instructor_id",
                      "TEXT NOT NULL",
                      "the instructor (join with instructor, which has those the answers named)"),
                  col("position", "INTEGER NOT NULL", "0 for the first named")),
              List.of(
                  "PRIMARY KEY (course_id, note_id, instructor_id)",
                  "FOREIGN KEY (course_id, note_id) REFERENCES instructor_note"),
              List.of("instructor_id")),
          keyed(
              "classmate",
              "Classmates' course profiles, as far as the record has them (the API is asked by"
                  + " external id, and nothing lists them all).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("external_id", "TEXT NOT NULL", "the classmate's external id"),
                  col("user_id", "TEXT", "their user id, when known"),
                  col("full_name", "TEXT", "their name"),
                  col("course_role", "TEXT", "their role in the course"),
                  col("progress_percent", "REAL", "their progress in the course"),
                  bool("completed", false, "whether they completed the course"),
                  col("posts", "INTEGER", "their forum posts"),
                  col("votes_received", "INTEGER", "votes their posts received")),
              List.of("PRIMARY KEY (course_id, external_id)"),
              List.of()),
          keyed(
              "completion_event",
              "Completion events of on-demand courses (e.g. ENROLLED, COMPLETED).",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col("event_id", "TEXT NOT NULL", "the event id"),
                  col("event_type", "TEXT", "its type"),
                  col("event_utc", "TEXT", "when it happened")),
              List.of("PRIMARY KEY (course_id, event_id)"),
              List.of()),
          keyed(
              "course_part",
              "Each part of each course record (catalog entry, sessions, partners, instructors"
                  + " and every family asked) with its status: what the course record holds and"
                  + " lacks.",
              List.of(
                  col("course_id", "TEXT NOT NULL REFERENCES course", "the course"),
                  col(
                      "part",
                      "TEXT NOT NULL",
                      "course, sessions:<id>, partners:<id>, instructors:<id>, or a family"
                          + " (progress, grades, deadlines...)"),
                  col(
                      "status",
                      "TEXT NOT NULL CHECK (status IN ('found', 'absent', 'unavailable',"
                          + " 'failed', 'not_carried'))",
                      "found, absent, unavailable, failed or not_carried (the source does not"
                          + " hold it)"),
                  reason()),
              List.of("PRIMARY KEY (course_id, part)"),
              List.of("status")),
          keyed(
              "completeness_family",
              "Per resource family: how many keys the export asked and what came back.",
              List.of(
                  col("family", "TEXT NOT NULL PRIMARY KEY", "e.g. grades, memberships, views"),
                  col("asked", "INTEGER NOT NULL", "keys asked"),
                  col("found", "INTEGER NOT NULL", "found"),
                  col("absent", "INTEGER NOT NULL", "absent: the source has nothing"),
                  col("unavailable", "INTEGER NOT NULL", "unavailable: endpoint gone or refusing"),
                  col("failed", "INTEGER NOT NULL", "failed after retries")),
              List.of(),
              List.of()),
          table(
              "gap",
              "Every piece the export could not get, with its reason (the archive is complete"
                  + " when this table is empty).",
              List.of(
                  col("family", "TEXT NOT NULL", "the resource family"),
                  col(
                      "key",
                      "TEXT NOT NULL",
                      "a course id, <course id> <part id>, another id, or empty for a learner"
                          + " list"),
                  col(
                      "course_id",
                      "TEXT REFERENCES course",
                      "the course the key names, when it names one"),
                  col(
                      "status",
                      "TEXT NOT NULL CHECK (status IN ('unavailable', 'failed'))",
                      "unavailable or failed"),
                  col("reason", "TEXT NOT NULL", "why")),
              List.of(),
              List.of("course_id")),
          keyed(
              "raw_response",
              "Every answer of Coursera's kept in data/raw/, by request: the file with this"
                  + " sha256 in manifest-sha256.txt is its body. What describes the run (arrival"
                  + " order and file number, time, transport, GET or BATCH) is in"
                  + " data/raw/index.jsonl only, so an export over http and one over batch give"
                  + " the same rows.",
              List.of(
                  col("resource", "TEXT NOT NULL", "the resource, e.g. onDemandCourseGrades.v1"),
                  col("request", "TEXT NOT NULL", "the path and query as sent, secrets removed"),
                  col("sha256", "TEXT NOT NULL", "SHA-256 of the body, as the record cites it"),
                  col("status", "INTEGER NOT NULL", "HTTP status, 0 when no answer arrived"),
                  col("content_type", "TEXT NOT NULL", "the answer's content type"),
                  col("bytes", "INTEGER NOT NULL", "the body's length")),
              List.of("PRIMARY KEY (resource, request, sha256)"),
              List.of("sha256")));

  static {
    List<Table> all = new ArrayList<>(RECORD_TABLES);
    all.addAll(RecordDatabaseWorkSchema.TABLES);
    TABLES = List.copyOf(all);
  }

  private RecordDatabaseSchema() {}

  /** The rows of the readme table: one per table, one per column. */
  static List<Column> readme() {
    List<Column> rows = new ArrayList<>();
    for (Table t : TABLES) {
      rows.add(new Column(t.name(), "", t.comment()));
      for (Column c : t.columns()) {
        rows.add(new Column(t.name() + "." + c.name(), "", c.comment()));
      }
    }
    return rows;
  }
}
