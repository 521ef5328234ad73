package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the learner's submissions to a peer assignment, with the reviews it received.
 *
 * @param id the submission's id (the last part of {@code {courseId}~{itemId}~{submissionId}})
 * @param draft whether the server says it is a draft, never submitted
 * @param parts the learner's answer to each of the assignment's prompts, as written (markup kept)
 * @param reviews the reviews it received, in the server's order
 */
@Described("One of the learner's submissions to a peer assignment, with the reviews it received.")
public record PeerSubmission(
    String id,
    @Nullable Instant createdAt,
    @Nullable Instant submittedAt,
    @Nullable Boolean draft,
    @Nullable String title,
    List<WorkPart> parts,
    List<PeerReview> reviews,
    Extras extras) {
  public PeerSubmission {
    parts = List.copyOf(parts);
    reviews = List.copyOf(reviews);
  }
}
