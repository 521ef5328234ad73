package io.github.courseport.export.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.ProgrammingSubmission;
import io.github.courseport.core.domain.ProgrammingWork;
import io.github.courseport.core.domain.PromptAnswers;
import io.github.courseport.core.domain.WorkPart;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a course's own work of the learner into the tables of {@link RecordDatabaseWorkSchema},
 * through the rows of {@link RecordDatabaseWriter}: everything the record holds, also what a failed
 * family received before it failed (the table {@code course_part} says it failed). Rows are written
 * in the record's order, so the same record gives the same file.
 */
final class RecordDatabaseWorkWriter {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final RecordDatabaseWriter rows;

  RecordDatabaseWorkWriter(RecordDatabaseWriter rows) {
    this.rows = rows;
  }

  /** The items the learner's work names, so that each has a row in {@code item}. */
  static Set<ItemId> items(CourseRecord record) {
    Set<ItemId> out = new TreeSet<>();
    AssessmentAttempts attempts = Views.held(record, CourseFamily.ATTEMPTS);
    if (attempts != null) {
      attempts.items().forEach(i -> out.add(i.itemId()));
    }
    PeerWork peer = Views.held(record, CourseFamily.PEER_WORK);
    if (peer != null) {
      peer.items().forEach(i -> out.add(i.itemId()));
    }
    ProgrammingWork programming = Views.held(record, CourseFamily.PROGRAMMING_WORK);
    if (programming != null) {
      programming.items().forEach(i -> out.add(i.itemId()));
    }
    DiscussionAnswers answers = Views.held(record, CourseFamily.DISCUSSION_ANSWERS);
    if (answers != null) {
      answers.prompts().forEach(p -> out.add(p.itemId()));
    }
    LearnerNotes notes = Views.held(record, CourseFamily.LEARNER_NOTES);
    if (notes != null) {
      notes.notes().stream().map(LearnerNote::itemId).filter(i -> i != null).forEach(out::add);
    }
    return out;
  }

  /** The modules the learner's notes name, so that each has a row in {@code module}. */
  static Set<ModuleId> modules(CourseRecord record) {
    Set<ModuleId> out = new TreeSet<>();
    LearnerNotes notes = Views.held(record, CourseFamily.LEARNER_NOTES);
    if (notes != null) {
      notes.notes().stream().map(LearnerNote::moduleId).filter(m -> m != null).forEach(out::add);
    }
    return out;
  }

  /** Writes the course's work; its items and modules have their rows already. */
  void write(CourseRecord record) throws SQLException {
    String id = record.id().value();
    AssessmentAttempts attempts = Views.held(record, CourseFamily.ATTEMPTS);
    if (attempts != null) {
      for (ItemAttempts a : attempts.items()) {
        attempts(id, a);
      }
    }
    PeerWork peer = Views.held(record, CourseFamily.PEER_WORK);
    if (peer != null) {
      for (PeerAssignmentWork p : peer.items()) {
        peer(id, p);
      }
    }
    ProgrammingWork programming = Views.held(record, CourseFamily.PROGRAMMING_WORK);
    if (programming != null) {
      for (ProgrammingAssignmentWork p : programming.items()) {
        programming(id, p);
      }
    }
    DiscussionAnswers answers = Views.held(record, CourseFamily.DISCUSSION_ANSWERS);
    if (answers != null) {
      for (PromptAnswers p : answers.prompts()) {
        prompt(id, p);
      }
      if (answers.forums() != null) {
        forums(id, answers.forums());
      }
    }
    LearnerNotes notes = Views.held(record, CourseFamily.LEARNER_NOTES);
    if (notes != null) {
      for (int i = 0; i < notes.notes().size(); i++) {
        LearnerNote n = notes.notes().get(i);
        rows.insert(
            "INSERT OR IGNORE INTO learner_note VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            n.id(),
            i,
            n.moduleId() == null ? null : n.moduleId().value(),
            n.itemId() == null ? null : n.itemId().value(),
            n.text(),
            n.createdAt(),
            n.updatedAt());
      }
    }
    Certificate c = Views.held(record, CourseFamily.CERTIFICATE);
    if (c != null) {
      rows.insert(
          "INSERT INTO certificate VALUES (?, ?, ?, ?, ?, ?)",
          id,
          c.code(),
          c.codeWithGrade(),
          c.grade(),
          c.grantedAt(),
          c.verificationUrl());
    }
  }

  /** The families the export did not ask at all, with why. */
  void notAsked(Map<String, String> notAsked) throws SQLException {
    for (Map.Entry<String, String> e : notAsked.entrySet()) {
      rows.insert("INSERT INTO not_asked VALUES (?, ?)", e.getKey(), e.getValue());
    }
  }

  private void attempts(String course, ItemAttempts a) throws SQLException {
    String item = a.itemId().value();
    rows.insert(
        "INSERT OR IGNORE INTO assessment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        course,
        item,
        a.locked(),
        a.attemptsMade(),
        a.attemptsAllowed(),
        a.earnedGrade(),
        a.gradeOverride(),
        a.passed(),
        a.latePenaltyRatio(),
        a.latestScore(),
        a.highestScore(),
        a.maxScore(),
        a.feedback(),
        a.problems().isEmpty() ? null : json(a.problems()));
    for (int i = 0; i < a.submissions().size(); i++) {
      AttemptSubmission s = a.submissions().get(i);
      rows.insert(
          "INSERT OR IGNORE INTO attempt VALUES (?, ?, ?, ?, ?, ?, ?)",
          course,
          item,
          i,
          s.id(),
          s.submittedAt(),
          s.score(),
          s.maxScore());
    }
  }

  private void peer(String course, PeerAssignmentWork p) throws SQLException {
    String item = p.itemId().value();
    rows.insert("INSERT OR IGNORE INTO peer_assignment VALUES (?, ?, ?)", course, item, p.locked());
    for (int i = 0; i < p.submissions().size(); i++) {
      PeerSubmission s = p.submissions().get(i);
      rows.insert(
          "INSERT OR IGNORE INTO peer_submission VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          course,
          item,
          s.id(),
          i,
          s.createdAt(),
          s.submittedAt(),
          s.draft(),
          s.title());
      parts("peer_submission_part", s.parts(), course, item, s.id());
      for (int j = 0; j < s.reviews().size(); j++) {
        PeerReview r = s.reviews().get(j);
        rows.insert(
            "INSERT OR IGNORE INTO peer_review VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            course,
            item,
            s.id(),
            r.id(),
            j,
            r.reviewerId() == null ? null : String.valueOf(r.reviewerId().value()),
            r.reviewerName(),
            r.createdAt(),
            r.score(),
            r.maxScore());
        parts("peer_review_part", r.parts(), course, item, s.id(), r.id());
      }
    }
  }

  private void programming(String course, ProgrammingAssignmentWork p) throws SQLException {
    String item = p.itemId().value();
    rows.insert(
        "INSERT OR IGNORE INTO programming_assignment VALUES (?, ?, ?, ?, ?, ?)",
        course,
        item,
        p.locked(),
        p.score(),
        p.maxScore(),
        p.passed());
    parts("programming_assignment_part", p.parts(), course, item);
    for (int i = 0; i < p.submissions().size(); i++) {
      ProgrammingSubmission s = p.submissions().get(i);
      rows.insert(
          "INSERT OR IGNORE INTO programming_submission VALUES (?, ?, ?, ?, ?, ?, ?)",
          course,
          item,
          i,
          s.id(),
          s.submittedAt(),
          s.score(),
          s.maxScore());
      parts("programming_submission_part", s.parts(), course, item, i);
    }
  }

  private void prompt(String course, PromptAnswers p) throws SQLException {
    String item = p.itemId().value();
    rows.insert(
        "INSERT OR IGNORE INTO discussion_prompt VALUES (?, ?, ?, ?, ?, ?, ?)",
        course,
        item,
        p.locked(),
        p.questionId(),
        p.title(),
        p.prompt(),
        p.answersRead());
    for (int i = 0; i < p.answers().size(); i++) {
      post("discussion_answer", p.answers().get(i), i, course, item);
    }
  }

  private void forums(String course, ForumSearch f) throws SQLException {
    rows.insert(
        "INSERT INTO forum_search VALUES (?, ?, ?, ?, ?)",
        course,
        f.requestBudget(),
        f.requestsMade(),
        f.budgetRanOut(),
        json(f.forumIds()));
    for (int i = 0; i < f.posts().size(); i++) {
      post("forum_post", f.posts().get(i), i, course);
    }
  }

  /** A post's row: the key columns given, then its id, its place and what it holds. */
  private void post(String table, ForumPost p, int position, Object... key) throws SQLException {
    List<@Nullable Object> row = new ArrayList<>(List.of(key));
    row.add(p.id());
    row.add(position);
    row.add(p.questionId());
    row.add(p.kind());
    row.add(p.createdAt());
    row.add(p.updatedAt());
    row.add(p.text());
    rows.insert(
        "INSERT OR IGNORE INTO " + table + " VALUES (" + marks(row.size()) + ")", row.toArray());
  }

  /** The parts of a submission, a review or an assignment, after their owner's key columns. */
  private void parts(String table, List<WorkPart> parts, Object... key) throws SQLException {
    for (int i = 0; i < parts.size(); i++) {
      WorkPart p = parts.get(i);
      List<@Nullable Object> row = new ArrayList<>(List.of(key));
      row.add(i);
      row.add(p.id());
      row.add(p.prompt());
      row.add(p.typeName());
      row.add(p.text());
      row.add(p.url());
      row.add(p.score());
      row.add(p.maxScore());
      rows.insert(
          "INSERT OR IGNORE INTO " + table + " VALUES (" + marks(row.size()) + ")", row.toArray());
    }
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static String json(List<String> values) throws SQLException {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new SQLException("a list could not be written as JSON: " + e.getMessage(), e);
    }
  }
}
