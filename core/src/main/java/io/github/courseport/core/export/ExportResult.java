package io.github.courseport.core.export;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.UserId;

/**
 * How an export ended.
 *
 * @param coursesTotal courses the learner has
 * @param coursesExported course records written by this run
 * @param coursesResumed course records an earlier run had finished, kept as they were
 */
public record ExportResult(
    UserId user,
    CompletenessReport report,
    int coursesTotal,
    int coursesExported,
    int coursesResumed) {
  public boolean complete() {
    return report.complete();
  }
}
