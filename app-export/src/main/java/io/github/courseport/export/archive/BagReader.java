package io.github.courseport.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the files of a finished bag by their path relative to its root ({@code
 * data/raw/000001.json}), from a folder or from a zip holding one top-level folder, one file at a
 * time (a zip stays packed). Paths with {@code ..}, empty parts or backslashes are refused, so a
 * name read from an archive never leads outside it.
 */
public abstract class BagReader implements AutoCloseable {
  private BagReader() {}

  /**
   * Opens an archive for reading.
   *
   * @throws ArchiveException when it does not exist or is neither a folder nor a readable zip with
   *     one top-level folder
   */
  public static BagReader open(Path bag) {
    if (!Files.exists(bag)) {
      throw new ArchiveException(bag + " does not exist", null);
    }
    if (Files.isDirectory(bag)) {
      return new Dir(bag);
    }
    try {
      return new Zip(bag);
    } catch (IOException e) {
      throw new ArchiveException(
          bag + " is neither a folder nor a readable zip file: " + e.getMessage(), e);
    }
  }

  /** Every file of the bag, sorted. */
  public abstract NavigableSet<String> paths() throws IOException;

  /**
   * Opens one file.
   *
   * @throws NoSuchFileException when the bag has no such file
   * @throws IllegalArgumentException when the path is not a plain relative path
   */
  public abstract InputStream open(String path) throws IOException;

  /** Whether the bag has this file. */
  public abstract boolean exists(String path);

  /** One whole file (for small files: tag files, a record file, a raw answer). */
  public byte[] read(String path) throws IOException {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    }
  }

  /** One whole file as UTF-8 text. */
  public String text(String path) throws IOException {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  @Override
  public abstract void close() throws IOException;

  /**
   * Whether a path is plain: relative, forward slashes, no empty, {@code .} or {@code ..} parts.
   */
  public static boolean isPlain(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return false;
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty()
          || part.equals(".")
          || part.equals("..")
          || part.contains("\\")
          || part.contains(":")) {
        return false;
      }
    }
    return true;
  }

  private static String checked(String path) {
    if (!isPlain(path)) {
      throw new IllegalArgumentException("not a plain path inside the archive: " + path);
    }
    return path;
  }

  private static final class Dir extends BagReader {
    private final Path root;

    Dir(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public NavigableSet<String> paths() throws IOException {
      TreeSet<String> out = new TreeSet<>();
      try (Stream<Path> all = Files.walk(root)) {
        all.filter(Files::isRegularFile)
            .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
      }
      return out;
    }

    @Override
    public InputStream open(String path) throws IOException {
      return Files.newInputStream(root.resolve(checked(path)));
    }

    @Override
    public boolean exists(String path) {
      return Files.isRegularFile(root.resolve(checked(path)));
    }

    @Override
    public void close() {}
  }

  private static final class Zip extends BagReader {
    private final ZipFile zip;
    private final String top;

    Zip(Path file) throws IOException {
      this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
      TreeSet<String> tops = new TreeSet<>();
      zip.stream().forEach(e -> tops.add(e.getName().split("/", 2)[0]));
      if (tops.size() != 1) {
        zip.close();
        throw new IOException(
            "the zip must hold exactly one top-level folder, it holds " + tops.size());
      }
      this.top = tops.first() + "/";
    }

    @Override
    public NavigableSet<String> paths() {
      TreeSet<String> out = new TreeSet<>();
      zip.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(top))
          .forEach(e -> out.add(e.getName().substring(top.length())));
      return out;
    }

    @Override
    public InputStream open(String path) throws IOException {
      ZipEntry e = zip.getEntry(top + checked(path));
      if (e == null || e.isDirectory()) {
        throw new NoSuchFileException(path);
      }
      return zip.getInputStream(e);
    }

    @Override
    public boolean exists(String path) {
      ZipEntry e = zip.getEntry(top + checked(path));
      return e != null && !e.isDirectory();
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
