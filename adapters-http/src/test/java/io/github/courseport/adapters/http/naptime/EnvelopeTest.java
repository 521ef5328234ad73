package io.github.courseport.adapters.http.naptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.error.InvalidDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {
  static JsonNode json(String text) {
    return WireJson.parse(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"elements\": [{\"id\": \"a\"}], \"paging\": null, \"linked\": null}",
        "{\"elements\": [{\"id\": \"a\"}], \"paging\": {}, \"linked\": {}}",
        "{\"elements\": [{\"id\": \"a\"}]}",
        "{\"linked\": {\"x.v1\": null}, \"elements\": [{\"id\": \"a\"}], \"paging\": \"odd\"}"
      })
  void pagingAndLinkedMayBeNullEmptyOrMissing(String body) {
    Envelope e = Envelope.parse(json(body));
    assertThat(e.elements()).hasSize(1);
    assertThat(e.paging()).isEqualTo(Paging.NONE);
    assertThat(e.linked("x.v1")).isEmpty();
    assertThat(e.links()).isNull();
  }

  @Test
  void readsPagingLinkedAndLinks() {
    Envelope e =
        Envelope.parse(
            json(
                "{\"elements\": [], \"paging\": {\"next\": \"Zm9v\", \"total\": 215},"
                    + " \"linked\": {\"partners.v1\": [{\"id\": \"34\"}, 7]},"
                    + " \"links\": {\"elements\": {\"userId\": \"onDemandSocialProfiles.v1\"}}}"));
    assertThat(e.paging()).isEqualTo(new Paging("Zm9v", 215L));
    assertThat(e.linked("partners.v1")).hasSize(1); // the non-object is skipped
    assertThat(e.links()).isNotNull();
  }

  @Test
  void numericCursorsAndTextTotalsAreRead() {
    Paging p =
        Envelope.parse(json("{\"elements\": [], \"paging\": {\"next\": 100, \"total\": \"3\"}}"))
            .paging();
    assertThat(p).isEqualTo(new Paging("100", 3L));
  }

  @Test
  void nullElementsAreNoElements() {
    assertThat(Envelope.parse(json("{\"elements\": null}")).elements()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "{\"courses\": []}", "{\"elements\": {}}", "{\"elements\": [1]}"})
  void somethingElseIsNoEnvelope(String body) {
    assertThatThrownBy(() -> Envelope.parse(json(body))).isInstanceOf(InvalidDataException.class);
  }

  @Test
  void errorBodiesAreRead() {
    NaptimeError e =
        NaptimeError.of(
                json("{\"errorCode\": \"NotFound\", \"message\": \"no\", \"details\": null}"))
            .orElseThrow();
    assertThat(e.describe()).isEqualTo("NotFound: \"no\"");
    assertThat(e.isRoutingError()).isFalse();
    NaptimeError routing =
        NaptimeError.of(json("{\"msg\": \"Routing error: nope\"}")).orElseThrow();
    assertThat(routing.isRoutingError()).isTrue();
    assertThat(NaptimeError.of(json("{\"elements\": []}"))).isEmpty();
  }

  @Test
  void parseRejectsTrailingGarbageAndHtml() {
    assertThat(WireJson.parse("{\"a\":1} x".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(WireJson.parse("{\"a\":".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(WireJson.parse(new byte[0])).isEmpty();
    assertThat(WireJson.looksLikeHtml("\n <!DOCTYPE html>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(WireJson.looksLikeHtml("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void fieldsRenderNestedResources() {
    assertThat(
            Fields.of("name", "slug")
                .with("partners.v1", "name", "logo")
                .with("instructors.v1", "fullName")
                .toString())
        .isEqualTo("name,slug,partners.v1(name,logo),instructors.v1(fullName)");
    assertThat(Fields.of().with("instructors.v1", "fullName").toString())
        .isEqualTo("instructors.v1(fullName)");
  }
}
