package io.github.courseport.export.views;

import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A render target in memory, refusing a path twice and any path that leaves {@code data/}. */
final class MemoryTarget implements RenderTarget {
  final Map<String, byte[]> files = new TreeMap<>();

  /** The most bytes a renderer handed over in one write call: small when it streams. */
  int largestWrite;

  @Override
  public OutputStream open(String path) {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
      throw new IllegalArgumentException("unsafe path " + path);
    }
    if (files.containsKey(path)) {
      throw new IllegalStateException("written twice: " + path);
    }
    files.put(path, new byte[0]);
    return new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        largestWrite = Math.max(largestWrite, len);
        super.write(b, off, len);
      }

      @Override
      public synchronized void write(int b) {
        largestWrite = Math.max(largestWrite, 1);
        super.write(b);
      }

      @Override
      public void close() {
        files.put(path, toByteArray());
      }
    };
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
