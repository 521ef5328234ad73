package io.github.courseport.core.port;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SourceDocument;
import java.util.List;
import java.util.Map;

/**
 * Where finished records go. Implementations must be safe to call from many threads at once, and
 * should write each course as it arrives, so memory stays bounded by the work in flight.
 */
public interface ArchivePort {
  /**
   * Courses that an earlier, interrupted export already finished, with their completeness; an
   * export that resumes skips them. Empty for a new archive.
   */
  Map<CourseId, CourseCompleteness> finishedCourses();

  /** Raw documents, each accepted exactly once. */
  void acceptDocuments(List<SourceDocument> documents);

  /** One finished course record; each course exactly once. */
  void acceptCourse(CourseRecord record);

  /** The learner record and the completeness report: the last call of a successful export. */
  void finish(LearnerRecord learner, CompletenessReport report);
}
