package io.github.courseport.core.domain;

import java.util.List;

/** A course's completion events for the learner. */
@Described("Completion events (onDemandCompletionEvents.v1).")
public record CompletionEvents(CourseId courseId, List<CompletionEvent> events) {
  public CompletionEvents {
    events = List.copyOf(events);
  }
}
