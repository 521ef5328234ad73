package io.github.courseport.adapters.http.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.adapters.http.naptime.Expect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule of what may be sent: GETs, batches of GETs, and the allowed GraphQL queries. */
class ReadOnlyTest {
  private static final String GATEWAY = "/graphql-gateway?opname=QueryState";

  private static String body(String operation, String document) {
    return "{\"operationName\":\""
        + operation
        + "\",\"variables\":{\"courseId\":\"c\",\"itemId\":\"i\"},\"query\":\""
        + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"}";
  }

  private static ApiRequest post(String url, String body) {
    return ApiRequest.post("graphql-gateway", Expect.COLLECTION, Host.WWW, url, body);
  }

  @Test
  void getsAndTheAllowedQueriesPass() {
    assertThatCode(
            () ->
                ReadOnly.check(
                    new ApiRequest("memberships.v1", Expect.COLLECTION, Host.WWW, "/api/x?q=me")))
        .doesNotThrowAnyException();
    for (String document :
        new String[] {
          "query QueryState($courseId: String!) { s { queryState(courseId: $courseId) { a } } }",
          // words that are no operation: in a string, a comment, a default value, a fragment
          "query QueryState($x: String = \"mutation\") { a(b: \"subscription { x }\") } # mutation",
          "query QueryState($o: In = {a: {b: 1}}) { ...F } fragment F on Mutation { a }",
          "\uFEFFquery QueryState { a { b(c: [1, 2]) } }",
          "query QueryState { a(text: \"\"\"block \"\"\\\" mutation\"\"\") }"
        }) {
      assertThatCode(() -> ReadOnly.check(post(GATEWAY, body("QueryState", document))))
          .as(document)
          .doesNotThrowAnyException();
    }
    String batch =
        "{\"0\":{\"method\":\"GET\",\"url\":\"/api/a.v1?q=me\",\"headers\":{}},"
            + "\"1\":{\"method\":\"GET\",\"url\":\"/api/b.v1/1\",\"headers\":{}}}";
    assertThatCode(
            () ->
                ReadOnly.check(
                    "POST", "https://www.coursera.org/api/batch", batch.getBytes(UTF8())))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "TRACE"})
  void everyOtherMethodIsRefused(String method) {
    ApiRequest r =
        new ApiRequest("memberships.v1", Expect.ELEMENT, Host.WWW, method, "/api/m.v1/1~2", null);
    assertThatThrownBy(() -> ReadOnly.check(r))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessageContaining("only reads")
        .hasMessageContaining(method);
  }

  @Test
  void mutationsSubscriptionsAndAnythingUnknownAreRefused() {
    String[][] refused = {
      {"QueryState", "mutation QueryState { start { id } }"},
      {"QueryState", "query QueryState { a } mutation M { b }"},
      {"QueryState", "subscription QueryState { a }"},
      {"QueryState", "{ a }"},
      {"QueryState", "query Other { a }"},
      {"QueryState", "query QueryState { a } query QueryState { b }"},
      {"QueryState", "query QueryState { a "},
      {"QueryState", "query QueryState { a(b: \"unterminated) }"},
      {"Submission_StartAttempt", "mutation Submission_StartAttempt { start { id } }"},
      {"Submission_StartAttempt", "query Submission_StartAttempt { a }"},
    };
    for (String[] r : refused) {
      assertThatThrownBy(() -> ReadOnly.check(post(GATEWAY, body(r[0], r[1]))))
          .as(r[1])
          .isInstanceOf(WriteRefusedException.class);
    }
    // The URL must name the operation; a persisted query (extensions) is not readable; a body
    // that is not JSON is refused; so is a POST anywhere else.
    assertThatThrownBy(
            () ->
                ReadOnly.check(
                    post(
                        "/graphql-gateway?opname=Other",
                        body("QueryState", "query QueryState { a }"))))
        .isInstanceOf(WriteRefusedException.class);
    assertThatThrownBy(
            () ->
                ReadOnly.check(
                    post(
                        GATEWAY,
                        "{\"operationName\":\"QueryState\",\"extensions\":{\"persistedQuery\":{}}}")))
        .isInstanceOf(WriteRefusedException.class);
    assertThatThrownBy(() -> ReadOnly.check(post(GATEWAY, "not json")))
        .isInstanceOf(WriteRefusedException.class);
    assertThatThrownBy(
            () -> ReadOnly.check(post("/api/memberships.v1", "{\"role\":\"INSTRUCTOR\"}")))
        .isInstanceOf(WriteRefusedException.class);
    assertThatThrownBy(
            () ->
                ReadOnly.check(
                    new ApiRequest("x", Expect.COLLECTION, Host.WWW, "GET", "/api/x", "{\"a\":1}")))
        .hasMessageContaining("no body");
  }

  @Test
  void aBatchCarriesGetsOnly() {
    for (String batch :
        new String[] {
          "{\"0\":{\"method\":\"DELETE\",\"url\":\"/api/a.v1/1\",\"headers\":{}}}",
          "{\"0\":{\"method\":\"GET\",\"url\":\"/api/a.v1/1\",\"body\":\"x\"}}",
          "{\"0\":{\"url\":\"/api/a.v1/1\"}}",
          "{\"0\":{\"method\":\"GET\",\"url\":\"/api/batch\"}}",
          "[]"
        }) {
      assertThatThrownBy(() -> ReadOnly.check("POST", "/api/batch", batch.getBytes(UTF8())))
          .as(batch)
          .isInstanceOf(WriteRefusedException.class);
    }
  }

  private static java.nio.charset.Charset UTF8() {
    return StandardCharsets.UTF_8;
  }
}
