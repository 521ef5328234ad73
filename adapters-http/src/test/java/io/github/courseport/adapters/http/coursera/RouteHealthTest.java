package io.github.courseport.adapters.http.coursera;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
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
    String route = RouteHealth.route(a);
    health.observe(b, reply(b, DATA, 1)); // the route answers: only a few gone answers teach it
    health.observe(a, reply(a, HTML, 3));
    health.observe(a, reply(a, HTML, 3));
    health.observe(b, reply(b, DATA, 1));
    health.observe(a, reply(a, HTML, 3));
    health.observe(a, reply(a, new Verdict.Transient("HTTP 503", null, 503), 6));
    health.observe(a, reply(a, HTML, 3));
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.SEND);
    // The by-id route (the fallback of a refused ids= route) is another route.
    health.observe(a, reply(a, HTML, 3));
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.REFUSE);
    Reply refused = health.refused(b);
    assertThat(refused).isNotNull();
    assertThat(refused.attempts()).isZero();
    assertThat(refused.documents()).isEmpty();
    // One wording: what the first gone answer said, without attempts or anything of the run.
    assertThat(refused.verdict().reason())
        .isEqualTo("gone for this run: HTTP 200 with an HTML page instead of JSON");
    // Still read as a refused route, so that ids= falls back to asking by id.
    assertThat(Outcomes.routeRefused(refused)).isTrue();
    assertThat(health.plan(RouteHealth.route(ENDPOINTS.grades("b"))))
        .isEqualTo(RouteHealth.Plan.PROBE);
  }

  @Test
  void aGoneAnswerIsWordedLikeARequestNotSentAndCitesNoDocument() {
    RouteHealth health = new RouteHealth(3, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    SourceDocument page =
        new SourceDocument(
            a.resource(),
            "GET",
            a.url(),
            200,
            Instant.EPOCH,
            "http",
            "text/html",
            "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8));
    Reply sent = new Reply(a.resource(), HTML, List.of(page, page, page), page, 3);
    health.observe(a, sent);
    Reply worded = health.canonical(a, sent);
    assertThat(worded.documents()).hasSize(3); // kept with the call, and so in the archive
    assertThat(worded.lastRef()).isEmpty();
    Reply notSent = health.refused(ENDPOINTS.gradesByIds("b"));
    assertThat(notSent).isNotNull();
    assertThat(Outcomes.gap(worded, true, s -> s))
        .isEqualTo(Outcomes.gap(notSent, true, s -> s))
        .extracting(Outcome::reason)
        .isEqualTo(
            "onDemandCourseGrades.v1: gone for this run: HTTP 200 with an HTML page instead of"
                + " JSON");
  }

  @Test
  void aRouteNotYetSeenAnsweringIsProbedByOneCallWhileTheOthersWait() throws Exception {
    RouteHealth health = new RouteHealth(3, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    String route = RouteHealth.route(a);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.PROBE);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.WAIT);
    CountDownLatch waiting = new CountDownLatch(1);
    AtomicReference<RouteHealth.Plan> after = new AtomicReference<>();
    Thread other =
        new Thread(
            () -> {
              waiting.countDown();
              health.await(route);
              after.set(health.afterProbe(route));
            });
    other.start();
    waiting.await();
    health.observe(a, reply(a, HTML, 3));
    health.probed(route);
    other.join(10_000);
    assertThat(other.isAlive()).isFalse();
    // The probe said the route is gone, and it never answered: gone for the run. The waiting call
    // sends nothing to it, and neither does any later one.
    assertThat(after.get()).isEqualTo(RouteHealth.Plan.REFUSE);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.REFUSE);
  }

  @Test
  void aProbeThatAnswersLetsTheRoundFanOut() {
    RouteHealth health = new RouteHealth(3, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    String route = RouteHealth.route(a);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.PROBE);
    // A failure after its retries says nothing about the route: the rest is sent.
    health.observe(a, reply(a, new Verdict.Transient("HTTP 503", null, 503), 6));
    health.probed(route);
    assertThat(health.afterProbe(route)).isEqualTo(RouteHealth.Plan.SEND);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.PROBE);
    health.observe(a, reply(a, DATA, 1));
    health.probed(route);
    assertThat(health.afterProbe(route)).isEqualTo(RouteHealth.Plan.SEND);
    assertThat(health.plan(route)).isEqualTo(RouteHealth.Plan.SEND);
  }

  @Test
  void aLearned404StaysA404SoThatNoElementIsTakenForAbsent() {
    RouteHealth health = new RouteHealth(2, s -> s);
    ApiRequest a = ENDPOINTS.gradesByIds("a");
    Verdict gone = new Verdict.Gone("HTTP 404 (Not Found): NotFound", 404);
    health.observe(a, reply(a, gone, 1));
    Reply refused = health.refused(a);
    assertThat(refused).isNotNull();
    assertThat(refused.verdict()).isInstanceOf(Verdict.Gone.class);
    assertThat(Outcomes.routeRefused(refused)).isFalse();
    assertThat(Outcomes.gap(refused, true, s -> s).reason())
        .isEqualTo("onDemandCourseGrades.v1: gone for this run: HTTP 404 (Not Found): NotFound");
  }
}
