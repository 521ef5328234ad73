package io.github.courseport.core.port;

import java.io.IOException;

/**
 * The plug-in point for views of the record: turns a finished export into files of the archive (the
 * built-in ones write {@code index.html}, {@code grades.csv}, {@code deadlines.ics} and xAPI
 * statements). Implementations are found with {@link java.util.ServiceLoader} through {@code
 * META-INF/services/io.github.courseport.core.port.RecordRenderer}, need a public no-argument
 * constructor, and must be deterministic: the same record gives the same bytes.
 */
public interface RecordRenderer {
  /** A short name for messages, e.g. {@code grades-csv}. */
  String name();

  /** One line for {@code courseport sources}: which files it writes. Empty by default. */
  default String description() {
    return "";
  }

  /**
   * Writes this renderer's files.
   *
   * @param record the finished export; its courses are streamed, in id order, and may be many
   * @param target where the files go, by path relative to the archive's {@code data/} folder
   * @throws IOException when a file cannot be written
   */
  void render(ExportedRecord record, RenderTarget target) throws IOException;
}
