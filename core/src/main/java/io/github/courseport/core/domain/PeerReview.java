package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A review the learner's peer submission received: who wrote it (when the server names them), when,
 * the score, and the reviewer's words criterion by criterion.
 *
 * @param reviewerId the reviewer's user id, when the server gave it
 * @param reviewerName the reviewer's name from the linked profiles, when given
 * @param parts the reviewer's answer to each criterion (their words, a chosen option, points)
 */
@Described("A review the learner's peer submission received.")
public record PeerReview(
    String id,
    @Nullable UserId reviewerId,
    @Nullable String reviewerName,
    @Nullable Instant createdAt,
    @Nullable Double score,
    @Nullable Double maxScore,
    List<WorkPart> parts,
    Extras extras) {
  public PeerReview {
    parts = List.copyOf(parts);
  }
}
