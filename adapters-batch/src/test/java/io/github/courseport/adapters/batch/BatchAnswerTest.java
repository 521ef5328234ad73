package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading batch answers: bodies cut out byte for byte, every optional part optional. */
class BatchAnswerTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBodyJsonIsTheExactByteSpanTheServerWrote() throws Exception {
    String body = "{\"a\": [1, 2.50, \"x\\\"y\\u00e9\"],  \"name\":\"Zo\u00eb \u6f22\",\"n\":null}";
    String raw =
        "{\"0\":{\"status\":200,\"headers\":{\"content-type\":\"application/json; charset=utf-8\"},"
            + "\"bodyJson\":"
            + body
            + "}, \"1\" : { \"bodyJson\" : [ ] } }";
    Map<String, BatchAnswer.Sub> subs = BatchAnswer.parse(utf8(raw));
    BatchAnswer.Sub zero = subs.get("0");
    assertThat(zero.body()).isEqualTo(utf8(body));
    assertThat(zero.json()).isTrue();
    assertThat(zero.status()).isEqualTo(200);
    assertThat(zero.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(subs.get("1").body()).isEqualTo(utf8("[ ]"));
    assertThat(subs.get("1").status()).isNull();
    assertThat(subs.get("1").headers()).isEmpty();
  }

  @Test
  void scalarBodiesTextBodiesAndOddStatusesAreRead() throws Exception {
    String raw =
        "{\"0\":{\"status\":\"404\",\"bodyJson\":null},"
            + "\"1\":{\"status\":502,\"headers\":{\"Retry-After\":3},\"body\":\"<html>\\u00e9</html>\"},"
            + "\"2\":{\"bodyJson\":\"text\"},"
            + "\"3\":{\"bodyJson\":12.50},"
            + "\"4\":5,"
            + "\"5\":{\"status\":{\"odd\":true},\"extra\":[1,{\"x\":2}],\"bodyJson\":true}}";
    Map<String, BatchAnswer.Sub> subs = BatchAnswer.parse(utf8(raw));
    assertThat(subs.get("0").status()).isEqualTo(404);
    assertThat(subs.get("0").body()).isEqualTo(utf8("null"));
    assertThat(subs.get("1").json()).isFalse();
    assertThat(subs.get("1").body()).isEqualTo(utf8("<html>\u00e9</html>"));
    assertThat(subs.get("1").header("retry-after")).isEqualTo("3");
    assertThat(subs.get("2").body()).isEqualTo(utf8("\"text\""));
    assertThat(subs.get("3").body()).isEqualTo(utf8("12.50"));
    assertThat(subs).doesNotContainKey("4");
    assertThat(subs.get("5").status()).isNull();
    assertThat(subs.get("5").body()).isEqualTo(utf8("true"));
  }

  @Test
  void aSubResponseWithoutBodyHasAnEmptyOne() throws Exception {
    BatchAnswer.Sub sub = BatchAnswer.parse(utf8("{\"0\":{\"status\":204}}")).get("0");
    assertThat(sub.body()).isEmpty();
    assertThat(sub.json()).isFalse();
  }

  @Test
  void whatIsNoJsonObjectIsNoBatchAnswer() {
    for (String raw : new String[] {"[]", "\"x\"", "{\"0\":{\"status\":", "", "<html>"}) {
      assertThatThrownBy(() -> BatchAnswer.parse(utf8(raw)))
          .as(raw)
          .isInstanceOf(BatchAnswer.NotABatchAnswer.class);
    }
  }
}
