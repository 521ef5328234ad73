package io.github.courseport.export.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RawResponse;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code data/raw/index.jsonl}, the index of an archive's raw answers: the one writer
 * and reader of that format. A line is one JSON object, its fields in this order.
 *
 * @param n the answer's number in arrival order, from 1
 * @param file its file, {@link BagLayout#raw(long)} of {@code n}
 * @param request the request line as stored (secrets already removed)
 * @param contentType the answer's content type, or null when none came (no answer arrived)
 * @param bytes the body's length
 */
public record RawIndexLine(
    long n,
    String file,
    String resource,
    String method,
    String request,
    int status,
    Instant fetchedAt,
    String transport,
    @Nullable String contentType,
    long bytes,
    String sha256) {

  /** The line of document number {@code n}, stored with this request line. */
  public static RawIndexLine of(long n, SourceDocument d, String request) {
    return new RawIndexLine(
        n,
        BagLayout.raw(n),
        d.resource(),
        d.method(),
        request,
        d.status(),
        d.fetchedAt(),
        d.transport(),
        d.contentType(),
        d.size(),
        d.sha256());
  }

  /** The JSON of the line, without its line end. */
  public String json() {
    ObjectNode entry = RecordJson.mapper().createObjectNode();
    entry.put("n", n);
    entry.put("file", file);
    entry.put("resource", resource);
    entry.put("method", method);
    entry.put("request", request);
    entry.put("status", status);
    entry.put("fetchedAt", fetchedAt.toString());
    entry.put("transport", transport);
    entry.put("contentType", contentType);
    entry.put("bytes", bytes);
    entry.put("sha256", sha256);
    try {
      return RecordJson.mapper().writeValueAsString(entry);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /**
   * Reads a line.
   *
   * @throws IOException when it is not a JSON object with a valid {@code fetchedAt}
   */
  public static RawIndexLine parse(String line) throws IOException {
    JsonNode j = RecordJson.mapper().readTree(line);
    if (j == null || !j.isObject()) {
      throw new IOException("not a raw index line");
    }
    Instant fetchedAt;
    try {
      fetchedAt = Instant.parse(j.path("fetchedAt").asText());
    } catch (DateTimeParseException e) {
      throw new IOException("a raw index line without a valid fetchedAt", e);
    }
    JsonNode type = j.path("contentType");
    return new RawIndexLine(
        j.path("n").asLong(),
        j.path("file").asText(),
        j.path("resource").asText(),
        j.path("method").asText("GET"),
        j.path("request").asText(),
        j.path("status").asInt(),
        fetchedAt,
        j.path("transport").asText(),
        type.isTextual() ? type.asText() : null,
        j.path("bytes").asLong(),
        j.path("sha256").asText());
  }

  /** The line as views see it ({@link io.github.courseport.core.port.ExportedRecord}). */
  public RawResponse response() {
    // "null" for no content type, as views have always read it (the query database keeps its bytes)
    return new RawResponse(
        resource,
        method,
        request,
        status,
        contentType == null ? "null" : contentType,
        bytes,
        sha256);
  }
}
