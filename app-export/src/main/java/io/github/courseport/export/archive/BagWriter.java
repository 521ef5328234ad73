package io.github.courseport.export.archive;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The BagIt side of a bag being written (RFC 8493): its payload files, each written into a
 * temporary sibling, hashed as it is written and renamed into place when complete; the digests of
 * every payload file but the raw documents ({@link RawStore} keeps theirs); the tag files
 * (manifests, {@code bagit.txt}, {@code bag-info.txt}, the tag manifest); and the delivery of the
 * finished bag as a folder or one zip.
 */
final class BagWriter {
  private final Path work;
  private final Map<String, Digests> digests = new ConcurrentHashMap<>();
  private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();

  /**
   * @param work the partial bag's folder (absolute, normalized)
   */
  BagWriter(Path work) {
    this.work = work;
  }

  /** The partial bag's folder. */
  Path work() {
    return work;
  }

  /** Writes a payload file atomically and records its digests for the manifests. */
  void write(String relative, byte[] bytes) throws IOException {
    digests.put(relative, store(relative, bytes));
  }

  /** Writes a file atomically and returns its digests, which the caller keeps (raw documents). */
  Digests store(String relative, byte[] bytes) throws IOException {
    Path file = inside(relative);
    Path tmp = temporary(file);
    Files.write(tmp, bytes);
    move(tmp, file);
    return Digests.of(bytes);
  }

  /** Records the digests of a payload file already in place (a resumed course, the raw index). */
  void record(String relative, Digests d) {
    digests.put(relative, d);
  }

  /** Whether a payload file is complete: written, or its stream closed. */
  boolean written(String relative) {
    return digests.containsKey(relative);
  }

  /**
   * Opens one payload file (under {@code data/}) for writing, hashed as it is written; it appears
   * at its path, atomically, when the stream is closed.
   *
   * @param relative a path such as {@code data/exports/grades.csv}: forward slashes, no {@code ..}
   */
  OutputStream openPayload(String relative) throws IOException {
    if (!relative.startsWith(BagLayout.DATA + "/") || !safeRelative(relative)) {
      throw new IllegalArgumentException("not a payload path: " + relative);
    }
    Path file = inside(relative);
    Path tmp = temporary(file);
    Digests.Hashing hashing = new Digests.Hashing(Files.newOutputStream(tmp));
    return new FilterOutputStream(hashing) {
      private boolean closed;

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        hashing.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        hashing.close();
        move(tmp, file);
        digests.put(relative, hashing.digests());
      }
    };
  }

  /**
   * Removes payload files, finished or not, and their manifest entries; runs in the thread that
   * wrote them (whose temporary files these are). Returns what could not be removed.
   */
  String discard(List<String> written) {
    StringBuilder problems = new StringBuilder();
    for (String relative : written) {
      digests.remove(relative);
      Path file = work.resolve(relative);
      for (Path p : List.of(file, temporary(file))) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          problems.append("; could not remove ").append(p).append(": ").append(e.getMessage());
        }
      }
    }
    return problems.toString();
  }

  /** Every payload file recorded so far with its digests, by path. */
  SortedMap<String, Digests> payload() {
    return new TreeMap<>(digests);
  }

  /**
   * Writes the tag files: both payload manifests, then {@code bagit.txt} and {@code bag-info.txt},
   * then the tag manifest of those four.
   *
   * @param payload every payload file with its digests
   * @param bagInfo the content of {@code bag-info.txt}, given the payload's {@code Payload-Oxum};
   *     asked once the manifests are written
   */
  void writeTagFiles(SortedMap<String, Digests> payload, Function<BagInfo.Oxum, String> bagInfo)
      throws IOException {
    long bytes = 0;
    for (Digests d : payload.values()) {
      bytes += d.size();
    }
    Map<String, Digests> tags = new TreeMap<>();
    tags.put(BagLayout.MANIFEST_SHA256, writeManifest(BagLayout.MANIFEST_SHA256, payload, true));
    tags.put(BagLayout.MANIFEST_SHA512, writeManifest(BagLayout.MANIFEST_SHA512, payload, false));
    String info = bagInfo.apply(new BagInfo.Oxum(bytes, payload.size()));
    for (Map.Entry<String, String> t :
        Map.of(BagLayout.BAGIT, BagLayout.BAGIT_CONTENT, BagLayout.BAG_INFO, info).entrySet()) {
      byte[] content = t.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(work.resolve(t.getKey()), content);
      tags.put(t.getKey(), Digests.of(content));
    }
    StringBuilder tagManifest = new StringBuilder();
    for (Map.Entry<String, Digests> t : tags.entrySet()) {
      tagManifest.append(Manifest.line(t.getValue().sha256(), t.getKey()));
    }
    Files.write(
        work.resolve(BagLayout.TAGMANIFEST_SHA256),
        tagManifest.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Streams one payload manifest to its file, and returns the file's digests. */
  private Digests writeManifest(String name, Map<String, Digests> payload, boolean sha256)
      throws IOException {
    Digests.Hashing hashing =
        new Digests.Hashing(
            new BufferedOutputStream(Files.newOutputStream(work.resolve(name)), 1 << 16));
    try (Writer w = new OutputStreamWriter(hashing, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Digests> e : payload.entrySet()) {
        Digests d = e.getValue();
        w.write(Manifest.line(sha256 ? d.sha256() : d.sha512(), e.getKey()));
      }
    }
    return hashing.digests();
  }

  /**
   * Puts the finished bag at {@code target}: the partial folder renamed (a folder), or packed into
   * one zip whose entries are dated {@code started}, with one top-level folder named after the zip.
   */
  void deliver(BagArchive.Format format, Path target, Instant started) throws IOException {
    if (format == BagArchive.Format.DIR) {
      try {
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        throw new ArchiveException(target + " appeared while exporting; the bag is at " + work, e);
      }
      return;
    }
    Path partialZip = target.resolveSibling(target.getFileName() + ".partial-zip");
    String top = zipFolderName(target);
    try (OutputStream out = Files.newOutputStream(partialZip);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(work)) {
        files = all.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String rel = work.relativize(f).toString().replace('\\', '/');
        ZipEntry entry = new ZipEntry(top + "/" + rel);
        entry.setTime(started.toEpochMilli());
        zip.putNextEntry(entry);
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
    move(partialZip, target);
    deleteTree(work);
  }

  private static String zipFolderName(Path target) {
    String name = target.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".zip")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  /** Whether a relative path has only proper names between its slashes (no {@code ..}). */
  static boolean safeRelative(String relative) {
    for (String part : relative.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\")) {
        return false;
      }
    }
    return true;
  }

  /** The file at a relative path, refused when it would leave the bag; its folder made. */
  private Path inside(String relative) throws IOException {
    Path file = work.resolve(relative).normalize();
    if (!file.startsWith(work)) {
      throw new IllegalArgumentException("outside the archive: " + relative);
    }
    Path parent = Objects.requireNonNull(file.getParent());
    if (!createdDirectories.contains(parent)) {
      Files.createDirectories(parent);
      createdDirectories.add(parent);
    }
    return file;
  }

  /** A temporary sibling, one per thread, renamed into place when complete. */
  private static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a folder and everything in it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
