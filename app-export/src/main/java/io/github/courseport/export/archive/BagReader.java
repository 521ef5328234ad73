package io.github.courseport.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the files of a finished bag by their path relative to its root ({@code
 * data/raw/000001.json}), from a folder or from a zip holding one top-level folder, one file at a
 * time (a zip stays packed): the one reader of an archive, which the verifier, the diff, the query
 * and the rebuild share. Paths with {@code ..}, empty parts or backslashes are refused, so a name
 * read from an archive never leads outside it; a zip is checked against what it declares before
 * anything is inflated (entry count, sizes, compression ratio, {@code Payload-Oxum}).
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
      throw new ArchiveException(
          ArchiveException.Reason.MISSING, bag, bag + " does not exist", null);
    }
    if (Files.isDirectory(bag)) {
      return new Dir(bag);
    }
    try {
      return new Zip(bag);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Reason.UNREADABLE,
          bag,
          bag + " is neither a folder nor a readable zip file: " + e.getMessage(),
          e);
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

  /** The file itself, when the bag is a folder; empty for a zip, whose files stay packed. */
  public Optional<Path> localFile(String path) {
    return Optional.empty();
  }

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
    public Optional<Path> localFile(String path) {
      Path file = root.resolve(checked(path));
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void close() {}
  }

  /**
   * A zip, checked against what it declares before a byte is inflated: at most {@link #MAX_ENTRIES}
   * entries, every entry's size declared, no entry that inflates more than {@link #MAX_RATIO} times
   * its packed size (past {@link #RATIO_FROM} bytes), and the payload entries declaring no more
   * bytes and files than {@code Payload-Oxum} says the bag holds. Each entry is then read no
   * further than its declared size. An archive is shared, so a crafted one (a small zip whose
   * database inflates to gigabytes) is refused at once instead of after minutes of work.
   */
  private static final class Zip extends BagReader {
    /** Entries a zip may hold: far more than a bag of 10,000 courses has. */
    static final int MAX_ENTRIES = 2_000_000;

    /** How much an entry may inflate: real archives stay under 20 (JSON, SQLite, HTML). */
    static final long MAX_RATIO = 200;

    /** Entries smaller than this are not held to the ratio (a tiny file may pack very well). */
    static final long RATIO_FROM = 1 << 20;

    private final ZipFile zip;
    private final String top;

    Zip(Path file) throws IOException {
      this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
      try {
        this.top = check(file);
      } catch (IOException | RuntimeException e) {
        zip.close();
        throw e;
      }
    }

    /** Checks what the zip declares, and returns its top-level folder with a slash. */
    private String check(Path file) throws IOException {
      if (zip.size() > MAX_ENTRIES) {
        throw unsafe(file, "it holds " + zip.size() + " entries, more than " + MAX_ENTRIES);
      }
      TreeSet<String> tops = new TreeSet<>();
      zip.stream().forEach(e -> tops.add(e.getName().split("/", 2)[0]));
      if (tops.size() != 1) {
        throw new IOException(
            "the zip must hold exactly one top-level folder, it holds " + tops.size());
      }
      String folder = tops.first() + "/";
      long octets = 0;
      long files = 0;
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.isDirectory()) {
          continue;
        }
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (size < 0 || packed < 0) {
          throw unsafe(file, e.getName() + " does not declare its size");
        }
        if (size > RATIO_FROM && size > packed * MAX_RATIO) {
          throw unsafe(
              file,
              e.getName()
                  + " would inflate "
                  + (packed == 0 ? "from nothing" : (size / packed) + " times")
                  + " to "
                  + size
                  + " bytes (more than "
                  + MAX_RATIO
                  + " times is refused)");
        }
        if (e.getName().startsWith(folder + BagLayout.DATA + "/")) {
          octets += size;
          files++;
        }
      }
      ZipEntry info = zip.getEntry(folder + BagLayout.BAG_INFO);
      if (info != null && info.getSize() >= 0 && info.getSize() <= 1 << 20) {
        BagInfo.Oxum oxum;
        try (InputStream in = bounded(zip.getInputStream(info), info)) {
          oxum =
              BagInfo.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                  .oxum()
                  .orElse(null);
        }
        if (oxum != null && (octets > oxum.octets() || files > oxum.count())) {
          throw unsafe(
              file,
              "its payload entries declare "
                  + octets
                  + " bytes in "
                  + files
                  + " files, more than the "
                  + oxum.octets()
                  + " bytes in "
                  + oxum.count()
                  + " files its Payload-Oxum says");
        }
      }
      return folder;
    }

    private static ArchiveException unsafe(Path file, String why) {
      return new ArchiveException(
          ArchiveException.Reason.UNSAFE_ZIP,
          file,
          "Refusing to read " + file + " before inflating anything: " + why + ".",
          null);
    }

    /** A stream of an entry that fails, rather than going on, past the entry's declared size. */
    private static InputStream bounded(InputStream in, ZipEntry entry) {
      long limit = entry.getSize();
      return new java.io.FilterInputStream(in) {
        private long read;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, (int) Math.min(len, Math.max(1, limit - read + 1)));
          if (n > 0) {
            read += n;
            if (read > limit) {
              throw new IOException(
                  entry.getName() + " inflates past the " + limit + " bytes it declares");
            }
          }
          return n;
        }
      };
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
      return bounded(zip.getInputStream(e), e);
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
