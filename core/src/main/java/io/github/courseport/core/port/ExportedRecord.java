package io.github.courseport.core.port;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import java.util.List;
import java.util.Optional;

/** A finished export as renderers see it. */
public interface ExportedRecord {
  LearnerRecord learner();

  CompletenessReport report();

  /**
   * The course records in course-id order. Each iteration reads them afresh (they may not all fit
   * in memory at once), so iterate as few times as you can.
   */
  Iterable<CourseRecord> courses();

  /**
   * One course record, read afresh: for a view that lists courses in another order than by id (keep
   * the ids and the order from one pass over {@link #courses()}, then look each course up). The
   * default scans {@link #courses()}; an archive overrides it with a direct read.
   */
  default Optional<CourseRecord> course(CourseId id) {
    for (CourseRecord c : courses()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The raw responses the record was built from, one per stored answer, in the archive's order
   * (which follows arrival, so a view that needs the same bytes for the same data sorts them). Read
   * afresh at each iteration; iterate to the end. The default has none (a record built without an
   * archive).
   */
  default Iterable<RawResponse> rawResponses() {
    return List.of();
  }
}
