package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The learner's submissions to one peer assignment.
 *
 * @param itemId the outline item (the record's outline names it)
 * @param locked why the server would not show the item (it is locked for the learner), or null
 */
@Described("The learner's submissions to one peer assignment.")
public record PeerAssignmentWork(
    ItemId itemId, @Nullable String locked, List<PeerSubmission> submissions) {
  public PeerAssignmentWork {
    submissions = List.copyOf(submissions);
  }
}
