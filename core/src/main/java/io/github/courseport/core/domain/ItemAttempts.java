package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The learner's attempts at one quiz or exam (graded or practice) and what came of them. Numbers
 * are as the server gave them (grades and ratios as fractions when it gives fractions); every field
 * it did not give is null, never zero.
 *
 * @param itemId the outline item (the record's outline names it)
 * @param locked why the server would not show the item's state (it is locked for the learner), or
 *     null when it did
 * @param attemptsMade how many attempts the learner made
 * @param attemptsAllowed how many attempts the item allows, when limited and known
 * @param submissions the submissions the server listed, the last one included, in its order
 * @param earnedGrade the grade the item counts for the learner
 * @param passed whether the learner passed it
 * @param latePenaltyRatio the share taken off for lateness
 * @param gradeOverride an instructor's grade in place of the earned one
 * @param latestScore the score of the latest attempt
 * @param highestScore the best score of any attempt
 * @param maxScore the most an attempt can score
 * @param feedback words of feedback the server gave for the item, when any
 * @param problems what the server said it could not answer for this item (GraphQL errors that came
 *     with partial data); empty when it answered whole
 */
@Described("The learner's attempts at one quiz or exam (graded or practice) and what came of them.")
public record ItemAttempts(
    ItemId itemId,
    @Nullable String locked,
    @Nullable Integer attemptsMade,
    @Nullable Integer attemptsAllowed,
    List<AttemptSubmission> submissions,
    @Nullable Double earnedGrade,
    @Nullable Boolean passed,
    @Nullable Double latePenaltyRatio,
    @Nullable Double gradeOverride,
    @Nullable Double latestScore,
    @Nullable Double highestScore,
    @Nullable Double maxScore,
    @Nullable String feedback,
    List<String> problems,
    Extras extras) {
  public ItemAttempts {
    submissions = List.copyOf(submissions);
    problems = List.copyOf(problems);
  }

  /** An item whose state the server would not show: it is locked for the learner. */
  public static ItemAttempts locked(ItemId itemId, String why) {
    return new ItemAttempts(
        itemId,
        why,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        Extras.none());
  }
}
