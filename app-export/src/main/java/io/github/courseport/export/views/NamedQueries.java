package io.github.courseport.export.views;

import java.util.List;
import java.util.Optional;

/**
 * The questions a learner asks first of their record, as SQL over {@code exports/record.sqlite}:
 * {@code courseport query ARCHIVE grades} runs one, {@code --list} prints them, and {@code
 * index.html} shows their SQL to copy. "Now" in them is the time the query runs.
 */
public final class NamedQueries {
  /**
   * One named query.
   *
   * @param name what to type after the archive, e.g. {@code deadlines}
   * @param missed whether it is the {@code --missed} form of that name
   * @param description what it answers, in a sentence
   * @param sql one read-only statement
   */
  public record NamedQuery(String name, boolean missed, String description, String sql) {
    /** How it is run after {@code courseport query ARCHIVE}: {@code deadlines --missed}. */
    public String invocation() {
      return missed ? name + " --missed" : name;
    }
  }

  /** A module counts as done when home progress says completed or passed, or it is at 100 %. */
  private static final String DONE =
      "(coalesce(m.completed, 0) = 1 OR coalesce(m.passed, 0) = 1"
          + " OR coalesce(m.progress_percent, 0) >= 100)";

  private static final String NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

  private static final List<NamedQuery> ALL =
      List.of(
          new NamedQuery(
              "grades",
              false,
              "Your grade in every course that has one, overall and on the verified track, in"
                  + " the order they were given (item grades are in the table item_grade).",
              """
              SELECT c.name AS course,
                     c.generation,
                     g.passing_state,
                     round(g.grade * 100, 1) AS grade_percent,
                     round(g.verified_grade * 100, 1) AS verified_percent,
                     g.passed_items,
                     g.passable_items,
                     g.graded_utc,
                     c.course_id
              FROM course_grade AS g
              JOIN course AS c USING (course_id)
              ORDER BY g.graded_utc, c.name, c.course_id"""),
          new NamedQuery(
              "deadlines",
              false,
              "Every module deadline, in UTC and in your time zone, with the module's name and its"
                  + " state: done (the module is completed or passed), switched off, missed or"
                  + " upcoming.",
              """
              SELECT d.deadline_utc,
                     d.deadline_local,
                     c.name AS course,
                     m.name AS module,
                     d.module_id,
                     CASE
                       WHEN %1$s THEN 'done'
                       WHEN d.enabled = 0 THEN 'switched off'
                       WHEN d.deadline_utc < %2$s THEN 'missed'
                       ELSE 'upcoming'
                     END AS state,
                     d.course_id
              FROM deadline AS d
              JOIN course AS c USING (course_id)
              JOIN module AS m USING (course_id, module_id)
              ORDER BY d.deadline_utc, c.name, d.module_id"""
                  .formatted(DONE, NOW)),
          new NamedQuery(
              "deadlines",
              true,
              "The deadlines you missed: passed, switched on, and the module neither completed"
                  + " nor passed.",
              """
              SELECT d.deadline_utc,
                     d.deadline_local,
                     c.name AS course,
                     m.name AS module,
                     d.module_id,
                     d.course_id
              FROM deadline AS d
              JOIN course AS c USING (course_id)
              JOIN module AS m USING (course_id, module_id)
              WHERE d.enabled = 1
                AND d.deadline_utc < %2$s
                AND NOT %1$s
              ORDER BY d.deadline_utc, c.name, d.module_id"""
                  .formatted(DONE, NOW)),
          new NamedQuery(
              "unfinished",
              false,
              "Courses you started and never finished: some progress, but below 100 %, not"
                  + " passed and no COMPLETED event; the most recently active first.",
              """
              SELECT c.name AS course,
                     c.generation,
                     round(c.progress_percent, 1) AS progress_percent,
                     (SELECT count(*) FROM item AS i
                       WHERE i.course_id = c.course_id
                         AND i.progress_state = 'Completed') AS items_completed,
                     g.passing_state,
                     c.joined_utc,
                     c.last_activity_utc,
                     c.course_id
              FROM course AS c
              LEFT JOIN course_grade AS g USING (course_id)
              WHERE (coalesce(c.progress_percent, 0) > 0
                     OR EXISTS (SELECT 1 FROM item AS i
                                 WHERE i.course_id = c.course_id
                                   AND i.progress_state IS NOT NULL))
                AND coalesce(c.progress_percent, 0) < 100
                AND lower(coalesce(g.passing_state, '')) NOT IN ('passed', 'verifiedpassed')
                AND NOT EXISTS (SELECT 1 FROM completion_event AS e
                                 WHERE e.course_id = c.course_id
                                   AND upper(e.event_type) = 'COMPLETED')
              ORDER BY c.last_activity_utc DESC, c.name, c.course_id"""),
          new NamedQuery(
              "items",
              false,
              "Every item of your courses in the course's order, by module and lesson, with its"
                  + " kind, your progress and your grade (an instructor's override where there is"
                  + " one, with the explanation); items no outline names come last.",
              """
              SELECT c.name AS course,
                     m.name AS module,
                     l.name AS lesson,
                     i.name AS item,
                     i.kind,
                     i.progress_state,
                     round(coalesce(g.override_grade, g.grade) * 100, 1) AS grade_percent,
                     g.override_explanation,
                     i.course_id,
                     i.item_id
              FROM item AS i
              JOIN course AS c USING (course_id)
              LEFT JOIN module AS m ON m.course_id = i.course_id AND m.module_id = i.module_id
              LEFT JOIN lesson AS l ON l.course_id = i.course_id AND l.lesson_id = i.lesson_id
              LEFT JOIN item_grade AS g ON g.course_id = i.course_id AND g.item_id = i.item_id
              WHERE c.member = 1
              ORDER BY c.name, c.course_id, m.position IS NULL, m.position,
                       l.position, i.position IS NULL, i.position, i.item_id"""),
          new NamedQuery(
              "attempts",
              false,
              "Every attempt you submitted at a quiz, exam or programming assignment, oldest"
                  + " first: its score, and the grade and outcome of the item (an instructor's"
                  + " grade where there is one).",
              """
              SELECT c.name AS course,
                     i.name AS item,
                     i.kind,
                     t.position + 1 AS attempt,
                     t.submitted_utc,
                     t.score,
                     t.max_score,
                     CASE WHEN t.max_score > 0
                          THEN round(100.0 * t.score / t.max_score, 1) END AS score_percent,
                     round(coalesce(a.grade_override, a.earned_grade) * 100, 1) AS grade_percent,
                     a.passed,
                     t.course_id,
                     t.item_id
              FROM attempt AS t
              JOIN assessment AS a USING (course_id, item_id)
              JOIN course AS c USING (course_id)
              JOIN item AS i USING (course_id, item_id)
              UNION ALL
              SELECT c.name,
                     i.name,
                     i.kind,
                     s.position + 1,
                     s.submitted_utc,
                     s.score,
                     s.max_score,
                     CASE WHEN s.max_score > 0
                          THEN round(100.0 * s.score / s.max_score, 1) END,
                     CASE WHEN p.max_score > 0
                          THEN round(100.0 * p.score / p.max_score, 1) END,
                     p.passed,
                     s.course_id,
                     s.item_id
              FROM programming_submission AS s
              JOIN programming_assignment AS p USING (course_id, item_id)
              JOIN course AS c USING (course_id)
              JOIN item AS i USING (course_id, item_id)
              ORDER BY submitted_utc, course, course_id, item, item_id, attempt"""),
          new NamedQuery(
              "reviews",
              false,
              "Every review your peer-graded submissions received, criterion by criterion: who"
                  + " reviewed, when, the points and their words; the oldest review first.",
              """
              SELECT c.name AS course,
                     i.name AS assignment,
                     s.title AS submission,
                     r.reviewer_name,
                     r.created_utc AS reviewed_utc,
                     r.score AS review_score,
                     r.max_score AS review_max_score,
                     p.prompt AS criterion,
                     p.text AS words,
                     p.score,
                     p.max_score,
                     r.course_id,
                     r.item_id,
                     r.submission_id,
                     r.review_id
              FROM peer_review AS r
              JOIN peer_submission AS s USING (course_id, item_id, submission_id)
              JOIN course AS c USING (course_id)
              JOIN item AS i USING (course_id, item_id)
              LEFT JOIN peer_review_part AS p USING (course_id, item_id, submission_id, review_id)
              ORDER BY r.created_utc, c.name, r.course_id, i.name, r.item_id, s.position,
                       r.position, p.position"""),
          new NamedQuery(
              "certificates",
              false,
              "Your course certificates: the grade, when they were granted, the code and the"
                  + " public page that verifies them.",
              """
              SELECT c.name AS course,
                     round(t.grade * 100, 1) AS grade_percent,
                     t.granted_utc,
                     t.code,
                     t.verification_url,
                     t.course_id
              FROM certificate AS t
              JOIN course AS c USING (course_id)
              ORDER BY t.granted_utc, c.name, t.course_id"""));

  private NamedQueries() {}

  /** Every named query, in the order {@code --list} prints them. */
  public static List<NamedQuery> all() {
    return ALL;
  }

  /** The named query with this name (and form), if there is one. */
  public static Optional<NamedQuery> find(String name, boolean missed) {
    return ALL.stream().filter(q -> q.name().equals(name) && q.missed() == missed).findFirst();
  }

  /** Whether a query of this name exists in any form. */
  public static boolean isName(String name) {
    return ALL.stream().anyMatch(q -> q.name().equals(name));
  }
}
