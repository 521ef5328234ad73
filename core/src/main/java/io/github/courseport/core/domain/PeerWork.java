package io.github.courseport.core.domain;

import java.util.List;

/**
 * The learner's peer-assignment work in one course: per assignment item (outline order) their
 * submissions, each with the reviews it received and the reviewers' words.
 */
@Described("The learner's peer-assignment work in one course.")
public record PeerWork(CourseId courseId, List<PeerAssignmentWork> items) {
  public PeerWork {
    items = List.copyOf(items);
  }
}
