package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.export.ExportResult;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A resource that keeps answering HTML, or 404 for the whole resource, costs a handful of requests
 * per run, not one per course: a route not yet seen answering is probed once before a round fans
 * out over it (the other calls wait for the probe), and after a few gone answers it is not asked
 * again. Every part it costs says so in the same words, whichever request carried the news.
 */
@Timeout(120)
class LearnedUnavailableTest {
  private static final Learner LEARNER = Learners.synthetic(24, 9);
  private static final String EVENTS = "onDemandCompletionEvents.v1";
  private static final String DEFAULT_NOTES = "onDemandDefaultInstructorNotes.v1";
  private static final String GRADES = "onDemandCourseGrades.v1";

  private static final String VIEW_GRADES = "onDemandCourseViewGrades.v1";

  private static long cleanRequests(String resource) {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(LEARNER).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      assertThat(FaultsTest.export(adapter.ports(), new MemoryArchive()).complete()).isTrue();
      return server.stats().requests(resource);
    }
  }

  private record Run(ExportResult result, MemoryArchive archive, long requests) {}

  private static Run export(UnaryOperator<FakeCourseraServer.Builder> dead, String resource) {
    try (FakeCourseraServer server =
            dead.apply(FakeCourseraServer.builder().learner(LEARNER)).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      MemoryArchive archive = new MemoryArchive();
      ExportResult result = FaultsTest.export(adapter.ports(), archive);
      return new Run(result, archive, server.stats().requests(resource));
    }
  }

  @Test
  void aResourceThatAlwaysAnswersHtmlIsLearnedAndNotAskedAgain() {
    long clean = cleanRequests(EVENTS);
    Run run = export(b -> b.html(Set.of(EVENTS)), EVENTS);
    System.out.printf(
        "%s always HTML: %d requests (fault-free %d)%n", EVENTS, run.requests(), clean);
    CompletenessReport report = run.result().report();
    // A route that never answers, with no other route for its part, is one Coursera no longer
    // serves: the parts are not carried, not gaps, and the export is complete.
    assertThat(run.result().complete()).isTrue();
    assertThat(report.gaps()).isEmpty();
    List<CompletenessReport.Gap> gaps =
        report.notCarriedParts().stream()
            .filter(g -> g.family().equals("completionEvents"))
            .toList();
    // Every on-demand course lacks its completion events, and says why.
    assertThat(gaps).hasSize((int) clean);
    assertThat(gaps).allSatisfy(g -> assertThat(g.reason()).contains(EVENTS).contains("HTML"));
    // One wording for every course, whether its request was the probe, waited for it, or came
    // after the route was learned.
    assertThat(gaps.stream().map(CompletenessReport.Gap::reason).distinct()).hasSize(1);
    // Only the probe: one request (with its HTML attempts), whatever the number of courses and
    // calls in flight.
    assertThat(run.requests()).isEqualTo(RetryPolicy.HTML_ATTEMPTS);
    List<LearnedUnavailable> learned = LearnedUnavailable.of(report);
    assertThat(learned).extracting(LearnedUnavailable::resource).containsExactly(EVENTS);
    assertThat(learned.get(0).why()).contains("HTML");
    assertThat(learned.get(0).parts()).hasSize(gaps.size());
    // The rest of the record is there: nothing else is missing, every course exported.
    assertThat(report.notCarriedParts())
        .allSatisfy(g -> assertThat(g.family()).isEqualTo("completionEvents"));
    assertThat(run.archive().courses()).hasSize(LEARNER.facts().courses().size());
  }

  @Test
  void aResourceThatAlwaysAnswers404IsLearnedAndNotAskedAgain() {
    long clean = cleanRequests(GRADES);
    Run run = export(b -> b.gone(Set.of(GRADES)), GRADES);
    System.out.printf(
        "%s always 404: %d requests (fault-free %d)%n", GRADES, run.requests(), clean);
    CompletenessReport report = run.result().report();
    List<CompletenessReport.Gap> gaps =
        report.notCarriedParts().stream().filter(g -> g.family().equals("grades")).toList();
    assertThat(report.gaps()).isEmpty();
    assertThat(gaps).hasSize((int) clean);
    // A 404 of the whole resource is not retried, and the by-id route is not tried either (a
    // 404 there would read as "no such element", and hide the gap). Today's grades route does not
    // exist in this era (2015) either: both routes are named, once, each in the same words.
    assertThat(run.requests()).isEqualTo(1);
    assertThat(run.requests()).isLessThan(clean);
    assertThat(gaps.stream().map(CompletenessReport.Gap::reason).distinct()).hasSize(1);
    List<LearnedUnavailable> learned = LearnedUnavailable.of(report);
    assertThat(learned)
        .extracting(LearnedUnavailable::resource)
        .containsExactly(GRADES, VIEW_GRADES);
    assertThat(learned.get(0).why()).contains("404");
    assertThat(learned.get(0).parts()).hasSize(gaps.size());
  }

  @Test
  void defaultNotesThatAlwaysAnswerHtmlKeepTheMainNotes() {
    Run run = export(b -> b.html(Set.of(DEFAULT_NOTES)), DEFAULT_NOTES);
    CompletenessReport report = run.result().report();
    // The default notes are gone for good: not carried, each course saying so; the notes stay.
    assertThat(report.gaps()).isEmpty();
    assertThat(report.notCarriedParts())
        .filteredOn(g -> g.family().equals("defaultInstructorNotes"))
        .isNotEmpty()
        .allSatisfy(g -> assertThat(g.reason()).contains(DEFAULT_NOTES));
    assertThat(report.notCarriedParts()).noneMatch(g -> g.family().equals("instructorNotes"));
    assertThat(run.requests()).isEqualTo(RetryPolicy.HTML_ATTEMPTS);
    assertThat(LearnedUnavailable.of(report))
        .extracting(LearnedUnavailable::resource)
        .containsExactly(DEFAULT_NOTES);
  }
}
