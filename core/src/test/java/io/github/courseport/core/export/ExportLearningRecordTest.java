package io.github.courseport.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.SourcePorts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportLearningRecordTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private ExportResult export(StubSource source, MemoryArchive archive, int concurrency) {
    return new ExportLearningRecord(source.ports(), archive, pool, concurrency, ExportListener.NONE)
        .run();
  }

  @Test
  void anEmptyAccountGivesACompleteEmptyRecord() {
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(new StubSource(), archive, 4);
    assertThat(result.complete()).isTrue();
    assertThat(result.coursesTotal()).isZero();
    assertThat(archive.courses()).isEmpty();
    assertThat(Objects.requireNonNull(archive.learner()).courses()).isEmpty();
    assertThat(Objects.requireNonNull(archive.learner()).userId()).isEqualTo(StubSource.USER);
  }

  @Test
  void sessionBasedOnlyCoursesAskNoOnDemandFamily() {
    StubSource source = new StubSource().sessionBased(3);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(source, archive, 4);
    assertThat(result.complete()).isTrue();
    assertThat(archive.courses()).hasSize(3);
    assertThat(source.calls.get()).as("family calls").isZero();
    for (CourseRecord r : archive.courses().values()) {
      assertThat(r.isSessionBased()).isTrue();
      assertThat(r.families().asMap()).isEmpty();
      assertThat(r.enrollments()).hasSize(1);
      assertThat(r.sessions()).hasSize(1);
    }
  }

  @Test
  void onDemandOnlyCoursesGetEveryFamily() {
    StubSource source = new StubSource().onDemand(5);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(source, archive, 3);
    assertThat(result.complete()).isTrue();
    assertThat(archive.courses()).hasSize(5);
    for (CourseRecord r : archive.courses().values()) {
      assertThat(r.families().asMap().keySet()).containsExactlyElementsOf(CourseFamily.all());
      assertThat(r.families().asMap().values()).allMatch(o -> o.status() == Outcome.Status.FOUND);
      assertThat(r.partners()).hasSize(1);
      assertThat(r.memberships()).hasSize(1);
    }
    assertThat(source.calls.get()).isEqualTo(5 * CourseFamily.all().size());
  }

  @Test
  void aFamilyTheSourceDoesNotCarryIsNamedAndLeavesTheExportComplete() {
    StubSource stub = new StubSource().onDemand(3);
    SourcePorts full = stub.ports();
    Map<CourseFamily<?>, CourseFamilyPort<?>> some = new TreeMap<>(full.families());
    some.remove(CourseFamily.DEADLINES);
    SourcePorts partial =
        new SourcePorts(
            full.name(), full.identity(), full.lists(), full.catalog(), some, full.keysPerCall());
    MemoryArchive archive = new MemoryArchive();
    ExportResult result =
        new ExportLearningRecord(partial, archive, pool, 2, ExportListener.NONE).run();
    assertThat(result.complete()).as("gaps: %s", result.report().gaps()).isTrue();
    assertThat(partial.notCarried()).containsExactly(CourseFamily.DEADLINES);
    for (CourseRecord r : archive.courses().values()) {
      Outcome<?> deadlines = Objects.requireNonNull(r.families().get(CourseFamily.DEADLINES));
      assertThat(deadlines.status()).isEqualTo(Outcome.Status.NOT_CARRIED);
      assertThat(deadlines.reason()).isEqualTo("the source stub does not carry deadlines");
      assertThat(deadlines.isGap()).isFalse();
      assertThat(r.completeness().complete()).isTrue();
    }
    CompletenessReport report = result.report();
    assertThat(report.notCarried()).containsExactly(Map.entry("deadlines", 3));
    assertThat(report.families().get("deadlines").absent()).isZero();
    assertThat(report.families().get("grades").notCarried()).isZero();
  }

  @Test
  void closingTheSourceRunsItsReleaseOnceInReverseOrder() {
    List<String> released = new java.util.ArrayList<>();
    SourcePorts ports =
        new StubSource()
            .ports()
            .closing(() -> released.add("first"))
            .closing(() -> released.add("second"));
    ports.close();
    ports.close();
    assertThat(released).containsExactly("second", "first");
  }

  @Test
  void mixedAccountsExportBothGenerations() {
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(new StubSource().onDemand(4).sessionBased(2), archive, 2);
    assertThat(result.coursesTotal()).isEqualTo(6);
    assertThat(archive.courses().values().stream().filter(CourseRecord::isSessionBased)).hasSize(2);
    assertThat(Objects.requireNonNull(archive.learner()).courses())
        .extracting(s -> s.courseType())
        .containsOnly("v1.session", "v2.ondemand");
    assertThat(archive.duplicates()).isZero();
  }

  @Test
  void anUnavailableFamilyIsAGapAndEverythingElseArrives() {
    StubSource source = new StubSource().onDemand(3);
    source.unavailable.add(CourseFamily.COMPLETION_EVENTS);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(source, archive, 4);
    assertThat(result.complete()).isFalse();
    CompletenessReport report = result.report();
    assertThat(report.gaps()).hasSize(3).allMatch(g -> g.family().equals("completionEvents"));
    assertThat(report.gaps().get(0).reason()).contains("404");
    assertThat(report.families().get("completionEvents").unavailable()).isEqualTo(3);
    assertThat(report.families().get("grades").found()).isEqualTo(3);
    assertThat(archive.courses()).hasSize(3);
  }

  @Test
  void aFailingCourseLosesNothingElse() {
    StubSource source = new StubSource().onDemand(4);
    CourseId bad = source.onDemand.get(2).id();
    source.failing.add(bad);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(source, archive, 4);
    assertThat(result.complete()).isFalse();
    assertThat(result.report().gaps())
        .hasSize(CourseFamily.all().size())
        .allMatch(g -> g.key().equals(bad.value()) && g.status() == Outcome.Status.FAILED);
    assertThat(archive.courses()).hasSize(4);
    archive
        .courses()
        .forEach((id, r) -> assertThat(r.completeness().complete()).isEqualTo(!id.equals(bad)));
  }

  @Test
  void theLearnersWorkIsAskedWithTheOutlinesFoundAndWithoutOneIsAGapThatSaysWhy() {
    StubSource source = new StubSource().onDemand(5);
    CourseId bare = source.onDemand.get(1).id();
    source.withoutOutline.add(bare);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result =
        new ExportLearningRecord(
                source.ports(),
                archive,
                pool,
                3,
                ExportListener.NONE,
                ExportScope.DEFAULT.withForums(7))
            .run();
    for (CourseFamily<?> f : CourseFamily.all()) {
      if (f.needsOutline()) {
        // Every course with an outline was asked with it; the one without was not asked.
        Set<CourseId> expected = new HashSet<>(archive.courses().keySet());
        expected.remove(bare);
        assertThat(source.outlinesGiven.get(f)).as("%s", f).isEqualTo(expected);
        Outcome<?> gap = Objects.requireNonNull(archive.courses().get(bare).families().get(f));
        assertThat(gap.status()).isEqualTo(Outcome.Status.UNAVAILABLE);
        assertThat(gap.reason()).contains("not asked").contains("outline is absent");
      }
    }
    assertThat(source.forumBudgets).containsExactly(7);
    // The certificate needs no outline: asked with the others, found for every course.
    assertThat(archive.courses().get(bare).families().get(CourseFamily.CERTIFICATE).status())
        .isEqualTo(Outcome.Status.FOUND);
    assertThat(result.report().gaps())
        .extracting(CompletenessReport.Gap::family)
        .containsExactlyInAnyOrder(
            "attempts", "discussionAnswers", "learnerNotes", "peerWork", "programmingWork");
    assertThat(result.report().notAsked()).isEmpty();
  }

  @Test
  void withoutTheLearnersWorkNoWorkFamilyIsAskedAndTheReportSaysSo() {
    StubSource source = new StubSource().onDemand(4);
    MemoryArchive archive = new MemoryArchive();
    ExportResult result =
        new ExportLearningRecord(
                source.ports(),
                archive,
                pool,
                2,
                ExportListener.NONE,
                ExportScope.DEFAULT.withoutLearnersWork("left out on request"))
            .run();
    assertThat(result.complete()).isTrue();
    for (CourseFamily<?> f : CourseFamily.learnersWork()) {
      assertThat(source.keysAsked).doesNotContainKey(f);
      assertThat(result.report().notAsked()).containsEntry(f.name(), "left out on request");
      assertThat(result.report().families()).doesNotContainKey(f.name());
    }
    assertThat(result.report().notAsked()).hasSize(CourseFamily.learnersWork().size());
    for (CourseRecord r : archive.courses().values()) {
      assertThat(r.families().asMap().keySet())
          .doesNotContainAnyElementsOf(CourseFamily.learnersWork())
          .contains(CourseFamily.OUTLINE, CourseFamily.GRADES);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8})
  void theConcurrencyLimitIsRespectedAndReached(int limit) {
    StubSource source = new StubSource().onDemand(12);
    source.callMillis = 20;
    export(source, new MemoryArchive(), limit);
    assertThat(source.maxInFlight.get()).isEqualTo(limit);
  }

  @Test
  void bulkSourcesGetChunksOfTheirPreferredSize() {
    StubSource source = new StubSource().onDemand(10);
    source.keysPerCall = 4;
    MemoryArchive archive = new MemoryArchive();
    export(source, archive, 2);
    // 10 courses in chunks of 4, 4, 2: three calls per family.
    assertThat(source.calls.get()).isEqualTo(3 * CourseFamily.all().size());
    assertThat(source.keysAsked.get(CourseFamily.GRADES).get()).isEqualTo(10);
    assertThat(archive.courses()).hasSize(10);
  }

  @Test
  void theShortChunkGoesFirstSoThatItTravelsWithOthersNotAloneAtTheEnd() {
    StubSource source = new StubSource().onDemand(10).sessionBased(3);
    source.keysPerCall = 4;
    export(source, new MemoryArchive(), 1); // one call at a time: calls arrive in order
    assertThat(source.chunkSizes.get(CourseFamily.GRADES)).containsExactly(2, 4, 4);
    assertThat(source.chunkSizes.get(CourseFamily.SCHEDULE)).containsExactly(2, 4, 4);
  }

  @Test
  void chunksPutTheRemainderFirstAndKeepTheOrder() {
    assertThat(ExportLearningRecord.chunks(List.of(1, 2, 3, 4, 5, 6, 7), 3))
        .containsExactly(List.of(1), List.of(2, 3, 4), List.of(5, 6, 7));
    assertThat(ExportLearningRecord.chunks(List.of(1, 2, 3, 4), 2))
        .containsExactly(List.of(1, 2), List.of(3, 4));
    assertThat(ExportLearningRecord.chunks(List.of(), 50)).isEmpty();
  }

  @Test
  void aSourceThatPacksCallsGetsTheCallsInFlightItAsksFor() {
    StubSource source = new StubSource().onDemand(12);
    source.callMillis = 20;
    source.callsInFlight = 5;
    export(source, new MemoryArchive(), 2);
    assertThat(source.maxInFlight.get()).isEqualTo(5);
  }

  @Test
  void nothingIsGivenToTheArchiveTwice() {
    MemoryArchive archive = new MemoryArchive();
    export(new StubSource().onDemand(6).sessionBased(2), archive, 3);
    assertThat(archive.duplicates()).isZero();
    List<SourceDocument> docs = archive.documents();
    Set<SourceDocument> distinct =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    distinct.addAll(docs);
    assertThat(distinct).hasSameSizeAs(docs);
  }

  @Test
  void aResumedExportSkipsFinishedCoursesAndEndsTheSame() {
    StubSource source = new StubSource().onDemand(6).sessionBased(2);
    MemoryArchive full = new MemoryArchive();
    export(source, full, 2);

    Map<CourseId, io.github.courseport.core.domain.CourseCompleteness> finished = new TreeMap<>();
    full.courses().keySet().stream()
        .limit(4)
        .forEach(id -> finished.put(id, full.courses().get(id).completeness()));
    StubSource again = new StubSource().onDemand(6).sessionBased(2);
    MemoryArchive resumed = new MemoryArchive(finished);
    ExportResult result = export(again, resumed, 2);

    assertThat(result.coursesResumed()).isEqualTo(4);
    assertThat(result.coursesExported()).isEqualTo(4);
    assertThat(resumed.courses().keySet()).doesNotContainAnyElementsOf(finished.keySet());
    resumed.courses().forEach((id, r) -> assertThat(r).isEqualTo(full.courses().get(id)));
    assertThat(resumed.learner()).isEqualTo(full.learner());
    assertThat(resumed.report()).isEqualTo(full.report());
  }

  @Test
  void anInterruptedExportStopsCleanlyAndCanResume() throws Exception {
    StubSource source = new StubSource().onDemand(40);
    source.callMillis = 5;
    MemoryArchive archive = new MemoryArchive();
    AtomicInteger seenCourses = new AtomicInteger();
    Thread[] runner = new Thread[1];
    ExportListener interruptAfterFive =
        new ExportListener() {
          @Override
          public void courseFinished(CourseId course, int done, int total) {
            if (seenCourses.incrementAndGet() == 5) {
              runner[0].interrupt();
            }
          }
        };
    ExecutorService single = Executors.newSingleThreadExecutor();
    Future<Throwable> outcome =
        single.submit(
            () -> {
              runner[0] = Thread.currentThread();
              try {
                new ExportLearningRecord(source.ports(), archive, pool, 1, interruptAfterFive)
                    .run();
                return null;
              } catch (Throwable t) {
                return t;
              }
            });
    Throwable thrown = outcome.get(30, TimeUnit.SECONDS);
    single.shutdownNow();
    assertThat(thrown).isInstanceOf(ExportInterruptedException.class);
    assertThat(((ExportInterruptedException) thrown).userMessage()).contains("--resume");
    assertThat(archive.learner()).as("no learner record after an interruption").isNull();
    int written = archive.courses().size();
    assertThat(written).isBetween(5, 39);
    assertThat(archive.duplicates()).isZero();

    MemoryArchive resumed = new MemoryArchive(archive.completeness());
    ExportResult result = export(new StubSource().onDemand(40), resumed, 4);
    assertThat(result.coursesResumed()).isEqualTo(written);
    assertThat(resumed.courses()).hasSize(40 - written);
    assertThat(result.complete()).isTrue();
    Set<CourseId> all = new HashSet<>(archive.courses().keySet());
    all.addAll(resumed.courses().keySet());
    assertThat(all).hasSize(40);
  }

  @Test
  void aSingle401WhileTheSessionIsAliveIsRecordedNotFatal() {
    StubSource source = new StubSource().onDemand(3);
    source.authFailureAfter = 5;
    MemoryArchive archive = new MemoryArchive();
    ExportResult result = export(source, archive, 1);
    assertThat(result.complete()).isFalse();
    assertThat(result.report().gaps())
        .isNotEmpty()
        .allMatch(g -> g.reason().contains("session is still valid"));
    assertThat(archive.courses()).hasSize(3);
  }

  @Test
  void anExpiredSessionStopsTheExport() {
    StubSource source = new StubSource().onDemand(3);
    source.authFailureAfter = 2;
    source.ports(); // the identity check below reads sessionGone at call time
    MemoryArchive archive = new MemoryArchive();
    ExportLearningRecord export =
        new ExportLearningRecord(
            source.ports(),
            archive,
            pool,
            1,
            new ExportListener() {
              @Override
              public void coursesPlanned(int total, int alreadyFinished) {
                source.sessionGone = true;
              }
            });
    assertThatThrownBy(export::run).isInstanceOf(AuthenticationException.class);
    assertThat(archive.learner()).isNull();
  }

  @Test
  void aRejectedSessionIsAnAuthenticationError() {
    StubSource source = new StubSource().onDemand(1);
    source.sessionGone = true;
    assertThatThrownBy(() -> export(source, new MemoryArchive(), 1))
        .isInstanceOf(AuthenticationException.class);
  }
}
