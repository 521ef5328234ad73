package io.github.courseport.archviolations.core;

import java.io.FileOutputStream;
import java.io.IOException;

/** Breaks "core writes no files". */
public class WritesFiles {
  public void write(String path) throws IOException {
    try (FileOutputStream out = new FileOutputStream(path)) {
      out.write(1);
    }
  }
}
