package io.github.courseport.export.views;

import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.IOException;
import java.util.Map;

/** Copies the JSON Schemas of the record files into {@code schema/} (see {@link RecordSchemas}). */
public final class RecordSchemasRenderer implements RecordRenderer {
  /** The folder the schemas go to, relative to {@code data/}. */
  public static final String FOLDER = "schema/";

  public RecordSchemasRenderer() {}

  @Override
  public String name() {
    return "record-schemas";
  }

  @Override
  public String description() {
    return "schema/*.schema.json: JSON Schemas of the record files";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    for (Map.Entry<String, byte[]> schema : RecordSchemas.files().entrySet()) {
      target.write(FOLDER + schema.getKey(), schema.getValue());
    }
  }
}
