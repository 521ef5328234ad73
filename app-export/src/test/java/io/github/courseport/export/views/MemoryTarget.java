package io.github.courseport.export.views;

import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A render target in memory, refusing a path twice and any path that leaves {@code data/}. */
final class MemoryTarget implements RenderTarget {
  final Map<String, byte[]> files = new TreeMap<>();

  @Override
  public void write(String path, byte[] content) {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
      throw new IllegalArgumentException("unsafe path " + path);
    }
    if (files.put(path, content.clone()) != null) {
      throw new IllegalStateException("written twice: " + path);
    }
  }

  /** Renders a record with one renderer. */
  static MemoryTarget render(RecordRenderer renderer, ExportedRecord record) {
    MemoryTarget target = new MemoryTarget();
    try {
      renderer.render(record, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  byte[] bytes(String path) {
    byte[] b = files.get(path);
    if (b == null) {
      throw new AssertionError("not written: " + path + " (written: " + files.keySet() + ")");
    }
    return b;
  }

  String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** Writes every file under a folder (as the archive's data/ folder would hold them). */
  void saveTo(Path dir) {
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
