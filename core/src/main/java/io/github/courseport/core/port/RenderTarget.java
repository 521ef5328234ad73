package io.github.courseport.core.port;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a renderer writes its files. A view of a large record (thousands of courses) can be larger
 * than the heap, so renderers should stream through {@link #open} rather than build whole files.
 */
public interface RenderTarget {
  /**
   * Opens one file for writing. The file becomes part of the archive when the stream is closed, and
   * not before: a renderer that fails half-way leaves nothing behind. Each path may be written
   * once.
   *
   * @param path relative to the archive's {@code data/} folder, with forward slashes, e.g. {@code
   *     exports/grades.csv}; no {@code ..}, no absolute paths
   * @return a stream the caller must close; it is not buffered, so wrap it when writing small
   *     pieces
   * @throws IllegalArgumentException when the path is not a safe relative path
   */
  OutputStream open(String path) throws IOException;

  /** Writes one small file at once; see {@link #open} for the path's rules. */
  default void write(String path, byte[] content) throws IOException {
    try (OutputStream out = open(path)) {
      out.write(content);
    }
  }
}
