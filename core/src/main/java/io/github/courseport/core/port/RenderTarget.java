package io.github.courseport.core.port;

import java.io.IOException;

/** Where a renderer writes its files. */
public interface RenderTarget {
  /**
   * Writes one file.
   *
   * @param path relative to the archive's {@code data/} folder, with forward slashes, e.g. {@code
   *     exports/grades.csv}; no {@code ..}, no absolute paths
   */
  void write(String path, byte[] content) throws IOException;
}
