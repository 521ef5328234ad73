package io.github.courseport.export.diff;

import java.io.IOException;
import java.util.List;

/** Receives the changes as the comparison finds them, and writes them in one format. */
public interface DiffSink {
  /** First: what is compared. */
  void begin(DiffHeader header) throws IOException;

  /** Then the profile's changes (possibly none). */
  void profile(List<Change> changes) throws IOException;

  /** Then each course that changed, in course id order. */
  void course(CourseChanges course) throws IOException;

  /** Last: the totals. */
  void end(DiffSummary summary) throws IOException;
}
