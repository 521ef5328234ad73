package io.github.courseport.adapters.http.naptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.error.InvalidDataException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireElementTest {
  private static WireElement of(String json) {
    return WireElement.of(EnvelopeTest.json(json));
  }

  @Test
  void idsMayBeIntegersOrStrings() {
    assertThat(of("{\"id\": 77}").id()).isEqualTo("77");
    assertThat(of("{\"id\": \"77\"}").id()).isEqualTo("77");
    assertThat(of("{\"userId\": \"3060151\"}").integer("userId")).isEqualTo(3060151L);
    assertThat(of("{\"userId\": 3060151.0}").integer("userId")).isEqualTo(3060151L);
    assertThat(of("{\"userId\": 1.5}").integer("userId")).isNull();
  }

  @Test
  void emptyStringsAreNone() {
    WireElement e = of("{\"fullName\": \"\", \"photoUrl\": null}");
    assertThat(e.text("fullName")).isNull();
    assertThat(e.text("photoUrl")).isNull();
    assertThat(e.extras().isEmpty()).isTrue();
  }

  @Test
  void unknownFieldsAreKeptAsRawJson() {
    WireElement e = of("{\"id\": \"a\", \"new\": {\"x\": [1, 2.50]}, \"flag\": true}");
    e.id();
    assertThat(e.extras().fields())
        .containsEntry("new", "{\"x\":[1,2.50]}")
        .containsEntry("flag", "true")
        .doesNotContainKey("id");
  }

  @Test
  void aFieldOfTheWrongTypeStaysAnExtra() {
    WireElement e = of("{\"overall\": \"lots\", \"modules\": [1], \"active\": \"yes\"}");
    assertThat(e.number("overall")).isNull();
    assertThat(e.entries("modules")).isEmpty();
    assertThat(e.bool("active")).isNull();
    assertThat(e.extras().fields()).containsOnlyKeys("overall", "modules", "active");
  }

  @Test
  void secondsAndMillisecondsByEndpoint() {
    WireElement e = of("{\"start\": 1441487282181, \"startDate\": 1375056000}");
    assertThat(e.epochMillis("start")).isEqualTo(Instant.parse("2015-09-05T21:08:02.181Z"));
    assertThat(e.epochSeconds("startDate")).isEqualTo(Instant.parse("2013-07-29T00:00:00Z"));
    assertThat(of("{\"t\": 1375056000}").instantAuto("t"))
        .isEqualTo(Instant.parse("2013-07-29T00:00:00Z"));
    assertThat(of("{\"t\": 1441487282181}").instantAuto("t"))
        .isEqualTo(Instant.parse("2015-09-05T21:08:02.181Z"));
  }

  @Test
  void requiredTextSaysWhatIsMissing() {
    assertThatThrownBy(() -> of("{\"id\": 5}").requiredText("name"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("\"name\"")
        .hasMessageContaining("id \"5\"");
    assertThatThrownBy(() -> WireElement.of(EnvelopeTest.json("[1]")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("an array");
  }

  @Test
  void listsOfScalarsAndObjects() {
    WireElement e = of("{\"partnerIds\": [\"34\", 13, \"\"], \"periods\": [{\"a\": 1}]}");
    assertThat(e.texts("partnerIds")).containsExactly("34", "13");
    assertThat(e.objects("periods")).hasSize(1);
    assertThat(e.extras().isEmpty()).isTrue();
  }
}
