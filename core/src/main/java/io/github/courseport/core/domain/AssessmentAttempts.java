package io.github.courseport.core.domain;

import java.util.List;

/**
 * The learner's attempts at the quizzes and exams of one course, item by item in the outline's
 * order: only items the server had something to say about (a state, or that it is locked).
 */
@Described(
    "The learner's attempts at the quizzes and exams of one course, item by item in the outline's order.")
public record AssessmentAttempts(CourseId courseId, List<ItemAttempts> items) {
  public AssessmentAttempts {
    items = List.copyOf(items);
  }
}
