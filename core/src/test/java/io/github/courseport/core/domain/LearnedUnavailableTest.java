package io.github.courseport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedUnavailableTest {
  private static final String EVENTS = "onDemandCompletionEvents.v1";

  private static CompletenessReport.Gap gap(String family, String key, String reason) {
    return new CompletenessReport.Gap(family, key, Outcome.Status.UNAVAILABLE, reason);
  }

  @Test
  void theReportNamesTheResourceItsAnswersAndEveryPartItCost() {
    String html = "HTTP 200 with an HTML page instead of JSON";
    List<CompletenessReport.Gap> gaps =
        CompletenessReport.builder()
            .add("completionEvents", "c1", Outcome.unavailable(EVENTS + ": " + html))
            .add(
                "completionEvents",
                "c2",
                Outcome.unavailable(EVENTS + ": " + LearnedUnavailable.learned(3, html)))
            .add(
                "completionEvents",
                "c3",
                Outcome.unavailable(EVENTS + ": " + LearnedUnavailable.notAsked(3, html)))
            .add("grades", "c1", Outcome.failed("onDemandCourseGrades.v1: HTTP 503"))
            .build()
            .gaps();
    List<LearnedUnavailable> learned = LearnedUnavailable.of(gaps);
    assertThat(learned)
        .containsExactly(
            new LearnedUnavailable(
                EVENTS,
                3,
                html,
                List.of("completionEvents c1", "completionEvents c2", "completionEvents c3")));
  }

  @Test
  void aReasonCombinedWithAFallbackIsFoundAndNothingIsInventedWithoutTheMark() {
    String reason =
        "onDemandCoursesProgress.v1: "
            + LearnedUnavailable.notAsked(3, "HTTP 404 (Not Found)")
            + "; then opencourse.v1: HTTP 503 (after 6 attempts)";
    List<LearnedUnavailable> learned =
        LearnedUnavailable.of(List.of(gap("progress", "c1", reason)));
    assertThat(learned).hasSize(1);
    assertThat(learned.get(0).resource()).isEqualTo("onDemandCoursesProgress.v1");
    assertThat(learned.get(0).why()).isEqualTo("HTTP 404 (Not Found)");
    assertThat(learned.get(0).parts()).containsExactly("progress c1");
    assertThat(LearnedUnavailable.of(List.of(gap("grades", "c1", "grades: HTTP 404")))).isEmpty();
  }
}
