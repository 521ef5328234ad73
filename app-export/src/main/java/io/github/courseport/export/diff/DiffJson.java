package io.github.courseport.export.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The changes as one JSON document (schema in {@code docs/archive-format.md}, "The diff"), written
 * as the changes are found: {@code diffVersion}, {@code old}, {@code new}, {@code profile}, {@code
 * courses}, then {@code summary} and {@code changed}.
 */
public final class DiffJson implements DiffSink {
  /** The version of this document's shape; changes with any incompatible change. */
  public static final int DIFF_VERSION = 1;

  private final JsonGenerator json;

  public DiffJson(Writer out) throws IOException {
    this.json = RecordJson.mapper().getFactory().createGenerator(out);
    this.json.useDefaultPrettyPrinter();
  }

  @Override
  public void begin(DiffHeader header) throws IOException {
    json.writeStartObject();
    json.writeNumberField("diffVersion", DIFF_VERSION);
    side("old", header.old());
    side("new", header.now());
  }

  private void side(String name, DiffHeader.Side s) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("path", s.path());
    json.writeStringField("userId", s.userId());
    json.writeStringField("exportStarted", s.exportStarted());
    json.writeStringField("courseportVersion", s.courseportVersion());
    json.writeNumberField("schemaVersion", s.schemaVersion());
    json.writeNumberField("courses", s.courses());
    json.writeEndObject();
  }

  @Override
  public void profile(List<Change> changes) throws IOException {
    json.writeArrayFieldStart("profile");
    for (Change c : changes) {
      change(c);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("courses");
  }

  @Override
  public void course(CourseChanges course) throws IOException {
    json.writeStartObject();
    json.writeStringField("courseId", course.courseId());
    json.writeStringField("name", course.name());
    json.writeStringField("slug", course.slug());
    json.writeStringField("status", course.status());
    json.writeArrayFieldStart("changes");
    for (Change c : course.changes()) {
      change(c);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void change(Change c) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", c.kind().json());
    json.writeStringField("text", c.text());
    for (Map.Entry<String, @Nullable Object> f : c.fields().entrySet()) {
      Object v = f.getValue();
      if (v == null) {
        json.writeNullField(f.getKey());
      } else if (v instanceof BigDecimal d) {
        json.writeNumberField(f.getKey(), d);
      } else if (v instanceof Integer i) {
        json.writeNumberField(f.getKey(), i);
      } else if (v instanceof Boolean b) {
        json.writeBooleanField(f.getKey(), b);
      } else {
        json.writeStringField(f.getKey(), v.toString());
      }
    }
    json.writeEndObject();
  }

  @Override
  public void end(DiffSummary summary) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("changes", summary.changes());
    json.writeNumberField("courses", summary.courses());
    json.writeNumberField("added", summary.added());
    json.writeNumberField("dropped", summary.dropped());
    json.writeNumberField("compared", summary.compared());
    json.writeNumberField("newOutlines", summary.newOutlines());
    json.writeNumberField("newWork", summary.newWork());
    json.writeNumberField("workLeftOut", summary.workLeftOut());
    json.writeEndObject();
    json.writeBooleanField("changed", summary.changed());
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
