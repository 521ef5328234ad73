package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The learner's part in a course's discussions: each discussion prompt of the outline with the
 * learner's answers, and, when asked for ({@code --forums}), their posts found in the whole course
 * forums.
 *
 * @param forums the search of the whole forums, or null when it was not asked for (it is opt-in)
 */
@Described("The learner's part in a course's discussions.")
public record DiscussionAnswers(
    CourseId courseId, List<PromptAnswers> prompts, @Nullable ForumSearch forums) {
  public DiscussionAnswers {
    prompts = List.copyOf(prompts);
  }
}
