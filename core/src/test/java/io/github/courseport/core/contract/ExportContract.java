package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** End to end: the export use case over the source under test delivers the whole learner. */
public abstract class ExportContract implements SourceUnderTest {
  /** Port calls in flight during the contract's exports. */
  protected int concurrency() {
    return 4;
  }

  protected MemoryArchive export() {
    MemoryArchive archive = new MemoryArchive();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency());
    try {
      ExportResult result =
          new ExportLearningRecord(source(), archive, pool, concurrency(), ExportListener.NONE)
              .run();
      assertThat(result.user()).isEqualTo(expected().userId());
      assertThat(result.complete()).as("gaps: %s", result.report().gaps()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    return archive;
  }

  @Test
  void everyCourseIsExportedOnceAndCompletely() {
    MemoryArchive archive = export();
    LearnerRecord learner = Objects.requireNonNull(archive.learner());
    // Every course the learner is a member of; besides them, only courses a list names (saved in
    // a course list, held by a joined specialization), each saying which list named it.
    assertThat(archive.courses().keySet()).containsAll(expected().courses().keySet());
    assertThat(archive.duplicates()).isZero();
    for (CourseSummary c : learner.courses()) {
      assertThat(c.listedBy()).as("provenance of %s", c.id()).isNotEmpty();
      assertThat(c.member())
          .as("%s is a member's course", c.id())
          .isEqualTo(expected().courses().containsKey(c.id()));
    }
    for (CourseRecord r : archive.courses().values()) {
      if (!expected().courses().containsKey(r.id())) {
        assertThat(r.families().asMap()).as("families of a course only listed").isEmpty();
        continue;
      }
      assertThat(r.course().found().orElseThrow().name())
          .isEqualTo(expected().courses().get(r.id()));
      assertThat(r.completeness().complete()).as("%s", r.completeness()).isTrue();
      if (!r.isSessionBased()) {
        for (CourseFamily<?> f : CourseFamily.all()) {
          Outcome<?> o = Objects.requireNonNull(r.families().get(f), f.name());
          assertThat(o.status())
              .as("%s of %s", f, r.id())
              .isEqualTo(
                  !source().carries(f)
                      ? Outcome.Status.NOT_CARRIED
                      : expected().found(f).contains(r.id())
                          ? Outcome.Status.FOUND
                          : Outcome.Status.ABSENT);
        }
      }
    }
    assertThat(learner.userId()).isEqualTo(expected().userId());
    assertThat(learner.courses().stream().filter(CourseSummary::member).count())
        .isEqualTo(expected().courses().size());
    assertThat(learner.specializations().keySet())
        .containsExactlyElementsOf(expected().specializations());
    assertThat(Objects.requireNonNull(archive.report()).complete()).isTrue();
    // A family the source does not carry is named by the report, and is no gap.
    if (!expected().onDemandCourses().isEmpty()) {
      assertThat(Objects.requireNonNull(archive.report()).notCarried().keySet())
          .containsExactlyElementsOf(
              source().notCarried().stream().map(CourseFamily::name).sorted().toList());
    }
  }

  @Test
  void everyReferenceResolvesToADocumentGivenOnce() {
    MemoryArchive archive = export();
    Set<SourceRef> refs = new HashSet<>();
    for (SourceDocument d : archive.documents()) {
      refs.add(d.ref());
    }
    List<Outcome<?>> outcomes = new ArrayList<>();
    for (CourseRecord r : archive.courses().values()) {
      outcomes.add(r.course());
      outcomes.addAll(r.partners().values());
      outcomes.addAll(r.instructors().values());
      outcomes.addAll(r.sessions().values());
      outcomes.addAll(r.families().asMap().values());
    }
    LearnerRecord learner = Objects.requireNonNull(archive.learner());
    outcomes.add(learner.profile());
    outcomes.add(learner.memberships());
    outcomes.add(learner.enrollments());
    outcomes.addAll(learner.specializations().values());
    for (Outcome<?> o : outcomes) {
      assertThat(refs).as("sources of %s", o).containsAll(o.sources());
    }
    assertThat(archive.duplicates()).isZero();
  }

  @Test
  void twoExportsOfTheSameDataGiveEqualRecords() {
    MemoryArchive first = export();
    MemoryArchive second = export();
    assertThat(second.courses()).isEqualTo(first.courses());
    assertThat(second.learner()).isEqualTo(first.learner());
  }

  @Test
  void aResumedExportFetchesOnlyWhatIsNotFinished() {
    MemoryArchive full = export();
    List<CourseId> ids = new ArrayList<>(full.courses().keySet());
    var finished =
        new java.util.TreeMap<CourseId, io.github.courseport.core.domain.CourseCompleteness>();
    for (int i = 0; i < ids.size(); i += 2) {
      finished.put(ids.get(i), full.courses().get(ids.get(i)).completeness());
    }
    MemoryArchive resumed = new MemoryArchive(finished);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency());
    try {
      ExportResult result =
          new ExportLearningRecord(source(), resumed, pool, concurrency(), ExportListener.NONE)
              .run();
      assertThat(result.coursesResumed()).isEqualTo(finished.size());
      assertThat(result.coursesExported()).isEqualTo(ids.size() - finished.size());
      assertThat(result.complete()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(resumed.courses().keySet()).doesNotContainAnyElementsOf(finished.keySet());
    assertThat(resumed.duplicates()).isZero();
    resumed.courses().forEach((id, r) -> assertThat(r).isEqualTo(full.courses().get(id)));
  }
}
