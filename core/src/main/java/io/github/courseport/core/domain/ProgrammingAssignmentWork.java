package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the server says about the learner and one programming assignment: its graded parts, the
 * learner's submissions and the best score.
 *
 * @param itemId the outline item (the record's outline names it)
 * @param locked why the server would not show it ({@code 403 Item is locked}), or null
 * @param parts the assignment's graded parts (title, most points)
 * @param score the learner's score, when given
 * @param passed whether the learner passed it, when given
 */
@Described("What the server says about the learner and one programming assignment.")
public record ProgrammingAssignmentWork(
    ItemId itemId,
    @Nullable String locked,
    List<WorkPart> parts,
    List<ProgrammingSubmission> submissions,
    @Nullable Double score,
    @Nullable Double maxScore,
    @Nullable Boolean passed,
    Extras extras) {
  public ProgrammingAssignmentWork {
    parts = List.copyOf(parts);
    submissions = List.copyOf(submissions);
  }
}
