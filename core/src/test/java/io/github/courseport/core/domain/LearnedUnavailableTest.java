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
  void theReportNamesEachGoneResourceOnceWithWhyAndEveryPartItCost() {
    String html = "HTTP 200 with an HTML page instead of JSON";
    List<CompletenessReport.Gap> gaps =
        CompletenessReport.builder()
            .add(
                "completionEvents",
                "c1",
                Outcome.unavailable(EVENTS + ": " + LearnedUnavailable.gone(html)))
            .add(
                "completionEvents",
                "c2",
                Outcome.unavailable(EVENTS + ": " + LearnedUnavailable.gone(html)))
            .add("completionEvents", "c3", Outcome.unavailable(EVENTS + ": " + html))
            .add("grades", "c1", Outcome.failed("onDemandCourseGrades.v1: HTTP 503"))
            .build()
            .gaps();
    List<LearnedUnavailable> learned = LearnedUnavailable.of(gaps);
    assertThat(learned)
        .containsExactly(
            new LearnedUnavailable(
                EVENTS, html, List.of("completionEvents c1", "completionEvents c2")));
  }

  @Test
  void everyRouteOfACombinedReasonIsFoundAndNothingIsInventedWithoutTheMark() {
    String reason =
        "onDemandCourseViewGrades.v1: "
            + LearnedUnavailable.gone("HTTP 200 with an HTML page instead of JSON")
            + "; then onDemandCourseGrades.v1: "
            + LearnedUnavailable.gone("HTTP 404 (Not Found)");
    List<LearnedUnavailable> learned =
        LearnedUnavailable.of(List.of(gap("grades", "c1", reason), gap("grades", "c2", reason)));
    assertThat(learned)
        .extracting(LearnedUnavailable::resource)
        .containsExactly("onDemandCourseGrades.v1", "onDemandCourseViewGrades.v1");
    assertThat(learned.get(0).why()).isEqualTo("HTTP 404 (Not Found)");
    assertThat(learned.get(1).why()).isEqualTo("HTTP 200 with an HTML page instead of JSON");
    assertThat(learned.get(1).parts()).containsExactly("grades c1", "grades c2");
    assertThat(LearnedUnavailable.of(List.of(gap("grades", "c1", "grades: HTTP 404")))).isEmpty();
  }
}
