package com.example.courseport.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.LearnerRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The view over the record the recording source exports. */
class GradesSummaryRendererTest {
  @Test
  void eachCourseHasItsGradeOrSaysWhyNot() throws Exception {
    MemoryArchive archive = new MemoryArchive();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      new ExportLearningRecord(RecordingContractsTest.open(), archive, pool, 2, ExportListener.NONE)
          .run();
    } finally {
      pool.shutdownNow();
    }
    ExportedRecord record =
        new ExportedRecord() {
          @Override
          public LearnerRecord learner() {
            return Objects.requireNonNull(archive.learner());
          }

          @Override
          public CompletenessReport report() {
            return Objects.requireNonNull(archive.report());
          }

          @Override
          public Iterable<CourseRecord> courses() {
            return new java.util.TreeMap<CourseId, CourseRecord>(archive.courses()).values();
          }
        };
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    new GradesSummaryRenderer()
        .render(
            record,
            path -> {
              assertThat(path).isEqualTo(GradesSummaryRenderer.PATH);
              return file;
            });
    assertThat(file.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Grades of user 1001\n"
                + "Data Science Basics: no grade yet\n"
                + "Introduction to Java: 97.5 % (passed)\n");
  }
}
