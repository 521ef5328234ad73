package io.github.courseport.core.export;

import io.github.courseport.core.domain.CourseId;

/** Progress of an export, for a progress bar or log lines. Called from many threads. */
public interface ExportListener {
  /** Does nothing. */
  ExportListener NONE = new ExportListener() {};

  /** A new phase began, e.g. "listing memberships". */
  default void phase(String description) {}

  /** The courses to export are known; some may be finished already by an earlier run. */
  default void coursesPlanned(int total, int alreadyFinished) {}

  /** A course record was written. */
  default void courseFinished(CourseId course, int done, int total) {}
}
