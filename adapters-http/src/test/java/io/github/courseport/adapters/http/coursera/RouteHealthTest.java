package io.github.courseport.adapters.http.coursera;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteHealthTest {
  private static final Endpoints ENDPOINTS = new Endpoints(100);

  private static Reply reply(ApiRequest r, Verdict v, int attempts) {
    return new Reply(r.resource(), v, List.of(), null, attempts);
  }

  private static final Verdict HTML =
      new Verdict.Transient("HTTP 200 with an HTML page instead of JSON", null, 200, true);
  private static final Verdict DATA = new Verdict.Data(WireJson.mapper().createObjectNode());

  @Test
  void aRouteIsAResourceAndHowItIsAsked() {
    assertThat(RouteHealth.route(ENDPOINTS.gradesByIds("a")))
        .isEqualTo("onDemandCourseGrades.v1 ids=");
    assertThat(RouteHealth.route(ENDPOINTS.grades("a"))).isEqualTo("onDemandCourseGrades.v1 by id");
    assertThat(RouteHealth.route(ENDPOINTS.completionEvents("1", "c", null)))
        .startsWith("onDemandCompletionEvents.v1 q=");
    assertThat(
            RouteHealth.route(
                ApiRequest.get(
                        "users/v1/me/enrollments",
                        Expect.COLLECTION,
                        Host.API,
                        "/api/users/v1/me/enrollments")
                    .build()))
        .isEqualTo("users/v1/me/enrollments whole");
  }

  @Test
  void threeGoneAnswersInARowAreLearnedAndDataStartsTheCountAgain() {
    RouteHealth health = new RouteHealth(3, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    ApiRequest b = ENDPOINTS.gradesByIds("b");
    health.observe(a, reply(a, HTML, 3));
    health.observe(a, reply(a, HTML, 3));
    health.observe(b, reply(b, DATA, 1));
    health.observe(a, reply(a, HTML, 3));
    health.observe(a, reply(a, new Verdict.Transient("HTTP 503", null, 503), 6));
    health.observe(a, reply(a, HTML, 3));
    assertThat(health.refused(b)).isNull();
    // The by-id route (the fallback of a refused ids= route) is another route.
    health.observe(a, reply(a, HTML, 3));
    Reply refused = health.refused(b);
    assertThat(refused).isNotNull();
    assertThat(refused.attempts()).isZero();
    assertThat(refused.documents()).isEmpty();
    assertThat(refused.verdict().reason())
        .startsWith(
            "not asked: learned unavailable after 3 answers in a row: HTTP 200 with an HTML")
        .contains("each after 3 attempts");
    // Still read as a refused route, so that ids= falls back to asking by id.
    assertThat(Outcomes.routeRefused(refused)).isTrue();
    assertThat(health.refused(ENDPOINTS.grades("b"))).isNull();
  }

  @Test
  void aLearned404StaysA404SoThatNoElementIsTakenForAbsent() {
    RouteHealth health = new RouteHealth(2, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    Verdict gone = new Verdict.Gone("HTTP 404 (Not Found): NotFound", 404);
    health.observe(a, reply(a, gone, 1));
    health.observe(a, reply(a, gone, 1));
    Reply refused = health.refused(a);
    assertThat(refused).isNotNull();
    assertThat(refused.verdict()).isInstanceOf(Verdict.Gone.class);
    assertThat(Outcomes.routeRefused(refused)).isFalse();
    assertThat(Outcomes.gap(refused, true, s -> s).reason())
        .startsWith("onDemandCourseGrades.v1: not asked: learned unavailable after 2 answers");
  }
}
