package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.domain.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The one writer and reader of {@code data/raw/index.jsonl} lines, as docs/archive-format.md shows.
 */
class RawIndexLineTest {
  private static final String BODY = "{\"elements\":[]}";

  @Test
  void aStoredDocumentIsWrittenAsTheDocumentedLineAndReadBack() throws IOException {
    SourceDocument d =
        new SourceDocument(
            "courses.v1",
            "GET",
            "/api/courses.v1?ids=A&CAUTH=secret",
            200,
            Instant.parse("2026-11-26T12:00:01.250Z"),
            "http",
            "application/json",
            BODY.getBytes(StandardCharsets.UTF_8));
    RawIndexLine line = RawIndexLine.of(1, d, "/api/courses.v1?ids=A");
    assertThat(line.json())
        .isEqualTo(
            "{\"n\":1,\"file\":\"data/raw/000001.json\",\"resource\":\"courses.v1\","
                + "\"method\":\"GET\",\"request\":\"/api/courses.v1?ids=A\",\"status\":200,"
                + "\"fetchedAt\":\"2026-11-26T12:00:01.250Z\",\"transport\":\"http\","
                + "\"contentType\":\"application/json\",\"bytes\":15,\"sha256\":\""
                + SourceDocument.sha256Hex(BODY.getBytes(StandardCharsets.UTF_8))
                + "\"}");
    assertThat(RawIndexLine.parse(line.json())).isEqualTo(line);
    assertThat(line.response().request()).isEqualTo("/api/courses.v1?ids=A");
  }

  @Test
  void noContentTypeIsNullAndWhatIsNotALineIsRefused() throws IOException {
    SourceDocument none =
        new SourceDocument("x.v1", "GET", "/api/x.v1", 0, Instant.EPOCH, "http", null, new byte[0]);
    RawIndexLine line = RawIndexLine.of(7, none, "/api/x.v1");
    assertThat(line.json())
        .contains("\"contentType\":null")
        .contains("\"file\":\"data/raw/000007.json\"");
    assertThat(RawIndexLine.parse(line.json()).contentType()).isNull();
    assertThatThrownBy(() -> RawIndexLine.parse("not json")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> RawIndexLine.parse("[1,2]")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> RawIndexLine.parse("{\"n\":1,\"fetchedAt\":\"yesterday\"}"))
        .isInstanceOf(IOException.class);
  }
}
