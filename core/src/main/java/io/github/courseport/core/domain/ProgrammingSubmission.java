package io.github.courseport.core.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One submission to a programming assignment, as the grader scored it.
 *
 * @param parts the score (and grader feedback) of each graded part
 */
@Described("One submission to a programming assignment, as the grader scored it.")
public record ProgrammingSubmission(
    @Nullable String id,
    @Nullable Instant submittedAt,
    @Nullable Double score,
    @Nullable Double maxScore,
    List<WorkPart> parts,
    Extras extras) {
  public ProgrammingSubmission {
    parts = List.copyOf(parts);
  }
}
