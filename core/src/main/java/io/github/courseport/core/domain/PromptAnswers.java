package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One discussion prompt of the outline: what it asks, and the learner's own answers to it.
 *
 * @param itemId the outline item (the record's outline names it)
 * @param locked why the server would not show the prompt (it is locked for the learner), or null
 * @param questionId the forum thread that holds the prompt's answers
 * @param prompt the prompt's words as the server sent them
 * @param answers the learner's answers (posts whose creator is the learner), in the server's order
 * @param answersRead how many answers, everyone's, were read to find the learner's
 */
@Described("One discussion prompt of the outline.")
public record PromptAnswers(
    ItemId itemId,
    @Nullable String locked,
    @Nullable String questionId,
    @Nullable String title,
    @Nullable String prompt,
    List<ForumPost> answers,
    int answersRead,
    Extras extras) {
  public PromptAnswers {
    answers = List.copyOf(answers);
  }
}
