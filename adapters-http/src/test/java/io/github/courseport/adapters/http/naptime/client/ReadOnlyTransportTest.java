package io.github.courseport.adapters.http.naptime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.RequestLine;
import feign.Response;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.exchange.WriteRefusedException;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.port.Credentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain HTTP transport cannot send a write, whatever asks it: a PUT, a DELETE or a GraphQL
 * mutation handed to the exchange or to the client is refused before a byte leaves (the fake sees
 * no request at all), and so is a write built below the endpoint table, on a Feign interface of its
 * own (the session client checks the very bytes).
 */
class ReadOnlyTransportTest {
  /** A Feign interface that would write, as a careless future endpoint might declare one. */
  interface Careless {
    @RequestLine("PUT /api/onDemandCourseViewGrades.v1/1~2")
    Response put();

    @RequestLine("POST /api/onDemandPeerSubmissions.v1")
    Response post(String body);
  }

  static final ApiRequest PUT =
      new ApiRequest(
          "onDemandCourseViewGrades.v1",
          Expect.ELEMENT,
          Host.WWW,
          "PUT",
          "/api/onDemandCourseViewGrades.v1/1~2",
          "{\"grade\":1}");
  static final ApiRequest DELETE =
      new ApiRequest("memberships.v1", Expect.ELEMENT, Host.WWW, "DELETE", "/api/m.v1/1~2", null);
  static final ApiRequest MUTATION =
      ApiRequest.post(
          "graphql-gateway",
          Expect.COLLECTION,
          Host.WWW,
          "/graphql-gateway?opname=QueryState",
          "{\"operationName\":\"QueryState\",\"variables\":{},"
              + "\"query\":\"mutation QueryState { Submission_StartAttempt { id } }\"}");

  @Test
  void noTransportMethodSendsAWrite() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(Learners.demo()).writesExpected().start();
        CourseraHttp http =
            CourseraHttp.builder()
                .wwwBase(server.baseUri())
                .apiBase(server.baseUri())
                .credentials(new Credentials(server.cauth(), null))
                .rateLimitPerSecond(0)
                .build();
        HttpExchange exchange = new HttpExchange(http, 2)) {
      ApiRequest read =
          new ApiRequest("memberships.v1", Expect.COLLECTION, Host.WWW, "/api/memberships.v1?q=me");
      for (ApiRequest write : List.of(PUT, DELETE, MUTATION)) {
        assertThatThrownBy(() -> http.call(write)).isInstanceOf(WriteRefusedException.class);
        // A round that holds one write sends nothing, not even its reads.
        assertThatThrownBy(() -> exchange.send(this, List.of(read, write)))
            .isInstanceOf(WriteRefusedException.class);
      }
      Careless careless = http.api(Careless.class, Host.WWW);
      Reply put = http.call("onDemandCourseViewGrades.v1", Expect.ELEMENT, careless::put);
      Reply post =
          http.call("onDemandPeerSubmissions.v1", Expect.COLLECTION, () -> careless.post("{}"));
      for (Reply r : List.of(put, post)) {
        assertThat(r.verdict()).isInstanceOf(Verdict.Refused.class);
        assertThat(r.verdict().reason()).contains("WriteRefusedException");
      }
      assertThat(server.stats().requests()).as("requests the fake saw").isZero();
      // A read goes through.
      assertThat(exchange.send(this, List.of(read)).get(0).isData()).isTrue();
      assertThat(server.stats().requests()).isEqualTo(1);
      assertThat(server.stats().writesRefused()).isZero();
    }
  }
}
