package io.github.courseport.core.domain;

import java.util.List;

/**
 * The learner's posts found by reading a course's whole forums (opt-in): no finder by author is
 * known, so the forums are read thread by thread, everyone's posts, within a request budget.
 *
 * @param requestBudget the requests the search could make in this course
 * @param requestsMade the requests it made
 * @param budgetRanOut whether the budget ran out before every thread was read: then posts of the
 *     learner's may be missing, and the search says so here rather than look complete
 * @param forumIds the forums found, in the server's order
 * @param posts the learner's posts found, threads they started and answers they wrote
 */
@Described("The learner's posts found by reading a course's whole forums (opt-in).")
public record ForumSearch(
    int requestBudget,
    int requestsMade,
    boolean budgetRanOut,
    List<String> forumIds,
    List<ForumPost> posts) {
  public ForumSearch {
    forumIds = List.copyOf(forumIds);
    posts = List.copyOf(posts);
  }
}
