package io.github.courseport.export.views;

import static io.github.courseport.export.views.RecordDatabaseSchema.bool;
import static io.github.courseport.export.views.RecordDatabaseSchema.col;
import static io.github.courseport.export.views.RecordDatabaseSchema.keyed;

import io.github.courseport.export.views.RecordDatabaseSchema.Column;
import io.github.courseport.export.views.RecordDatabaseSchema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@code exports/record.sqlite} that hold the learner's own work (issue 26): attempts
 * at quizzes and exams, peer submissions with the reviews they received, programming assignments,
 * answers to discussion prompts and the posts a forum search found, notes and certificates; and
 * which families the export did not ask at all. Added to the schema without changing any earlier
 * table, so {@code user_version} stays 1. Every row of an item names it by id, and the item has a
 * row in {@code item} (by name from the outline), so a join names it.
 */
final class RecordDatabaseWorkSchema {
  private RecordDatabaseWorkSchema() {}

  private static Column course() {
    return col("course_id", "TEXT NOT NULL", "the course");
  }

  private static Column item(String what) {
    return col("item_id", "TEXT NOT NULL", "the " + what + " (join with item for its name)");
  }

  private static Column locked() {
    return col(
        "locked_reason",
        "TEXT",
        "why Coursera would not show it (it is locked for the learner), in its words; null when it"
            + " did");
  }

  private static Column position(String what) {
    return col("position", "INTEGER NOT NULL", "its place among the " + what + ", 0 first");
  }

  /** The columns of one part of a submission, a review or a programming assignment. */
  private static List<Column> part() {
    return List.of(
        col("part_id", "TEXT NOT NULL", "the part's id, as Coursera gave it"),
        col(
            "prompt",
            "TEXT",
            "what the part asks: the question, the review criterion or the part's title"),
        col(
            "type_name",
            "TEXT",
            "the part's type as Coursera names it, e.g. plainText, richText, url, singleChoice"),
        col("text", "TEXT", "the words, as sent (markup kept), or a chosen option's label"),
        col("url", "TEXT", "a link the part holds, as sent"),
        col("score", "REAL", "the points given for it"),
        col("max_score", "REAL", "the most points it can give"));
  }

  /** The columns of a forum post after its key. */
  private static List<Column> post() {
    return List.of(
        col("question_id", "TEXT", "the forum thread it belongs to"),
        col("kind", "TEXT NOT NULL", "answer, or question for a thread the learner started"),
        col("created_utc", "TEXT", "when it was written"),
        col("updated_utc", "TEXT", "when it was last edited"),
        col("text", "TEXT", "the post's words, as sent (markup kept)"));
  }

  @SafeVarargs
  private static List<Column> columns(List<Column>... lists) {
    List<Column> out = new ArrayList<>();
    for (List<Column> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }

  static final List<Table> TABLES =
      List.of(
          keyed(
              "assessment",
              "The learner's attempts at each quiz and exam (graded or practice) and what came of"
                  + " them (the record's attempts): one row per item Coursera said something"
                  + " about. Numbers are as Coursera gave them; what it did not give is null.",
              List.of(
                  course(),
                  item("quiz or exam"),
                  locked(),
                  col("attempts_made", "INTEGER", "how many attempts the learner made"),
                  col(
                      "attempts_allowed",
                      "INTEGER",
                      "how many attempts it allows; null when unlimited or not known"),
                  col("earned_grade", "REAL", "the grade it counts for the learner, 0 to 1"),
                  col(
                      "grade_override",
                      "REAL",
                      "an instructor's grade in place of the earned one, 0 to 1"),
                  bool("passed", false, "whether the learner passed it"),
                  col("late_penalty_ratio", "REAL", "the share taken off for lateness, 0 to 1"),
                  col("latest_score", "REAL", "the score of the latest attempt"),
                  col("highest_score", "REAL", "the best score of any attempt"),
                  col("max_score", "REAL", "the most an attempt can score"),
                  col("feedback", "TEXT", "words of feedback Coursera gave for the item"),
                  col(
                      "problems",
                      "TEXT",
                      "what Coursera said it could not answer for the item, a JSON array of"
                          + " sentences; null when it answered whole")),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "attempt",
              "Each submitted attempt at a quiz or exam, in the order Coursera listed them (the"
                  + " last is the latest).",
              List.of(
                  course(),
                  item("quiz or exam"),
                  position("item's attempts"),
                  col("submission_id", "TEXT", "the submission's id, when Coursera gave one"),
                  col("submitted_utc", "TEXT", "when it was submitted"),
                  col("score", "REAL", "the score it earned"),
                  col("max_score", "REAL", "the most it could earn")),
              List.of(
                  "PRIMARY KEY (course_id, item_id, position)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES assessment"),
              List.of("submitted_utc")),
          keyed(
              "peer_assignment",
              "Peer-graded assignments of the record's peerWork: one row per assignment Coursera"
                  + " answered for (with the learner's submissions, or locked).",
              List.of(course(), item("peer assignment"), locked()),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "peer_submission",
              "The learner's submissions to peer-graded assignments.",
              List.of(
                  course(),
                  item("peer assignment"),
                  col(
                      "submission_id",
                      "TEXT NOT NULL",
                      "the submission's id (the last part of course~item~submission)"),
                  position("assignment's submissions"),
                  col("created_utc", "TEXT", "when it was started"),
                  col("submitted_utc", "TEXT", "when it was submitted"),
                  bool("draft", false, "1 when Coursera says it is a draft, never submitted"),
                  col("title", "TEXT", "its title")),
              List.of(
                  "PRIMARY KEY (course_id, item_id, submission_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES peer_assignment"),
              List.of()),
          keyed(
              "peer_submission_part",
              "The learner's answer to each prompt of a peer submission, as written (markup"
                  + " kept).",
              columns(
                  List.of(
                      course(),
                      item("peer assignment"),
                      col("submission_id", "TEXT NOT NULL", "the submission"),
                      position("submission's parts")),
                  part()),
              List.of(
                  "PRIMARY KEY (course_id, item_id, submission_id, position)",
                  "FOREIGN KEY (course_id, item_id, submission_id) REFERENCES peer_submission"),
              List.of()),
          keyed(
              "peer_review",
              "The reviews each peer submission received, in Coursera's order.",
              List.of(
                  course(),
                  item("peer assignment"),
                  col("submission_id", "TEXT NOT NULL", "the submission reviewed"),
                  col("review_id", "TEXT NOT NULL", "the review's id"),
                  position("submission's reviews"),
                  col("reviewer_id", "TEXT", "the reviewer's user id, when Coursera gave it"),
                  col("reviewer_name", "TEXT", "the reviewer's name, when Coursera gave it"),
                  col("created_utc", "TEXT", "when the review was written"),
                  col("score", "REAL", "the score it gave"),
                  col("max_score", "REAL", "the most it could give")),
              List.of(
                  "PRIMARY KEY (course_id, item_id, submission_id, review_id)",
                  "FOREIGN KEY (course_id, item_id, submission_id) REFERENCES peer_submission"),
              List.of()),
          keyed(
              "peer_review_part",
              "The reviewer's answer to each criterion of a review: their words, a chosen"
                  + " option, points.",
              columns(
                  List.of(
                      course(),
                      item("peer assignment"),
                      col("submission_id", "TEXT NOT NULL", "the submission reviewed"),
                      col("review_id", "TEXT NOT NULL", "the review"),
                      position("review's parts")),
                  part()),
              List.of(
                  "PRIMARY KEY (course_id, item_id, submission_id, review_id, position)",
                  "FOREIGN KEY (course_id, item_id, submission_id, review_id) REFERENCES"
                      + " peer_review"),
              List.of()),
          keyed(
              "programming_assignment",
              "Programming assignments of the record's programmingWork: the learner's score and"
                  + " whether they passed, or why it is locked.",
              List.of(
                  course(),
                  item("programming assignment"),
                  locked(),
                  col("score", "REAL", "the learner's score"),
                  col("max_score", "REAL", "the most it can score"),
                  bool("passed", false, "whether the learner passed it")),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "programming_assignment_part",
              "The graded parts of each programming assignment: title and most points.",
              columns(
                  List.of(course(), item("programming assignment"), position("assignment's parts")),
                  part()),
              List.of(
                  "PRIMARY KEY (course_id, item_id, position)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES programming_assignment"),
              List.of()),
          keyed(
              "programming_submission",
              "Each submission to a programming assignment, as the grader scored it, in"
                  + " Coursera's order.",
              List.of(
                  course(),
                  item("programming assignment"),
                  position("assignment's submissions"),
                  col("submission_id", "TEXT", "the submission's id, when Coursera gave one"),
                  col("submitted_utc", "TEXT", "when it was submitted"),
                  col("score", "REAL", "the score it earned"),
                  col("max_score", "REAL", "the most it could earn")),
              List.of(
                  "PRIMARY KEY (course_id, item_id, position)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES programming_assignment"),
              List.of("submitted_utc")),
          keyed(
              "programming_submission_part",
              "The grader's score and feedback for each graded part of a programming"
                  + " submission.",
              columns(
                  List.of(
                      course(),
                      item("programming assignment"),
                      col(
                          "submission_position",
                          "INTEGER NOT NULL",
                          "the submission (programming_submission.position)"),
                      position("submission's parts")),
                  part()),
              List.of(
                  "PRIMARY KEY (course_id, item_id, submission_position, position)",
                  "FOREIGN KEY (course_id, item_id, submission_position) REFERENCES"
                      + " programming_submission (course_id, item_id, position)"),
              List.of()),
          keyed(
              "discussion_prompt",
              "Discussion prompts of the outline, with where the learner's answers were looked"
                  + " for (the record's discussionAnswers).",
              List.of(
                  course(),
                  item("discussion prompt"),
                  locked(),
                  col("question_id", "TEXT", "the forum thread that holds the prompt's answers"),
                  col("title", "TEXT", "the prompt's title"),
                  col("prompt", "TEXT", "the prompt's words, as sent (markup kept)"),
                  col(
                      "answers_read",
                      "INTEGER NOT NULL",
                      "how many answers, everyone's, were read to find the learner's")),
              List.of(
                  "PRIMARY KEY (course_id, item_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "discussion_answer",
              "The learner's own answers to discussion prompts, in Coursera's order.",
              columns(
                  List.of(
                      course(),
                      item("discussion prompt"),
                      col("post_id", "TEXT NOT NULL", "the post's id"),
                      position("prompt's answers of the learner")),
                  post()),
              List.of(
                  "PRIMARY KEY (course_id, item_id, post_id)",
                  "FOREIGN KEY (course_id, item_id) REFERENCES discussion_prompt"),
              List.of()),
          keyed(
              "forum_search",
              "The search of a course's whole forums for the learner's posts, when the export"
                  + " ran with --forums: one row per course searched.",
              List.of(
                  col("course_id", "TEXT NOT NULL PRIMARY KEY REFERENCES course", "the course"),
                  col("request_budget", "INTEGER NOT NULL", "the requests the search could make"),
                  col("requests_made", "INTEGER NOT NULL", "the requests it made"),
                  bool(
                      "budget_ran_out",
                      true,
                      "1 when the budget ran out before every thread was read: posts of the"
                          + " learner's may be missing"),
                  col(
                      "forum_ids",
                      "TEXT NOT NULL",
                      "the forums found, a JSON array of ids in Coursera's order")),
              List.of(),
              List.of()),
          keyed(
              "forum_post",
              "The learner's posts the forum search found: threads they started and answers"
                  + " they wrote.",
              columns(
                  List.of(
                      col("course_id", "TEXT NOT NULL REFERENCES forum_search", "the course"),
                      col("post_id", "TEXT NOT NULL", "the post's id"),
                      position("posts found")),
                  post()),
              List.of("PRIMARY KEY (course_id, post_id)"),
              List.of()),
          keyed(
              "learner_note",
              "The learner's own notes on videos and readings, module by module in the"
                  + " outline's order.",
              List.of(
                  course(),
                  col("note_id", "TEXT NOT NULL", "the note's id"),
                  position("course's notes"),
                  col("module_id", "TEXT", "the module it was found in"),
                  col("item_id", "TEXT", "the item it is attached to, when Coursera says"),
                  col("text", "TEXT", "the learner's words, as they wrote them"),
                  col("created_utc", "TEXT", "when it was written"),
                  col("updated_utc", "TEXT", "when it was last changed")),
              List.of(
                  "PRIMARY KEY (course_id, note_id)",
                  "FOREIGN KEY (course_id, module_id) REFERENCES module",
                  "FOREIGN KEY (course_id, item_id) REFERENCES item"),
              List.of()),
          keyed(
              "certificate",
              "The learner's course certificates.",
              List.of(
                  col("course_id", "TEXT NOT NULL PRIMARY KEY REFERENCES course", "the course"),
                  col("code", "TEXT", "the certificate's code"),
                  col(
                      "code_with_grade",
                      "TEXT",
                      "the code of the certificate that shows the grade, when there is one"),
                  col("grade", "REAL", "the grade on the certificate, 0 to 1"),
                  col("granted_utc", "TEXT", "when it was granted"),
                  col(
                      "verification_url",
                      "TEXT",
                      "the public page that verifies it, built from the code")),
              List.of(),
              List.of()),
          keyed(
              "not_asked",
              "Parts of the record the export did not ask at all, on request (the learner's own"
                  + " work, with courseport export --no-work): their tables are empty without"
                  + " saying the learner has none.",
              List.of(
                  col("family", "TEXT NOT NULL PRIMARY KEY", "the family, e.g. attempts"),
                  col("reason", "TEXT NOT NULL", "why it was not asked")),
              List.of(),
              List.of()));
}
