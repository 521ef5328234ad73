package io.github.courseport.core.port;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;

/** A finished export as renderers see it. */
public interface ExportedRecord {
  LearnerRecord learner();

  CompletenessReport report();

  /**
   * The course records in course-id order. Each iteration reads them afresh (they may not all fit
   * in memory at once), so iterate as few times as you can.
   */
  Iterable<CourseRecord> courses();
}
