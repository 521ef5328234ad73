package io.github.courseport.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * One payload file of a finished bag (a folder or a zip), checked before use: the bag's {@code
 * manifest-sha256.txt} must match its {@code tagmanifest-sha256.txt} entry, and the file its
 * manifest entry. From a zip only that one entry is read, into a temporary file deleted on {@link
 * #close}; the rest stays packed. Checking one file is what reading it needs; {@link BagVerifier}
 * checks the whole bag.
 */
public final class VerifiedPayload implements AutoCloseable {
  private final Path file;
  private final boolean temporary;

  private VerifiedPayload(Path file, boolean temporary) {
    this.file = file;
    this.temporary = temporary;
  }

  /** The file to read: in the bag (a folder), or a verified temporary copy (a zip). */
  public Path file() {
    return file;
  }

  /**
   * Finds and checks one payload file.
   *
   * @param bag the archive: a folder or a {@code .zip}
   * @param relative the file's path in the bag, e.g. {@code data/exports/record.sqlite}
   * @param missing what to say when the bag has no such file
   * @throws ArchiveException when the archive cannot be read, is not a bag, lacks the file, or the
   *     file or its manifest do not match their checksums; the message says which, in words
   */
  public static VerifiedPayload open(Path bag, String relative, String missing) {
    if (!Files.exists(bag)) {
      throw new ArchiveException(bag + " does not exist", null);
    }
    try {
      if (Files.isDirectory(bag)) {
        String expected = expectedSha256(bag + "", relative, missing, p -> open(bag.resolve(p)));
        Path file = bag.resolve(relative);
        if (!Files.isRegularFile(file)) {
          throw new ArchiveException(
              bag + " fails verification: " + relative + " is listed but missing", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
          check(bag, relative, expected, sha256(in, null));
        }
        return new VerifiedPayload(file, false);
      }
      try (ZipFile zip = new ZipFile(bag.toFile(), StandardCharsets.UTF_8)) {
        TreeSet<String> tops = new TreeSet<>();
        zip.stream().forEach(e -> tops.add(e.getName().split("/", 2)[0]));
        if (tops.size() != 1) {
          throw new ArchiveException(
              bag + " is not a Courseport archive: its zip must hold one top-level folder", null);
        }
        String top = tops.first() + "/";
        String expected =
            expectedSha256(
                bag + "",
                relative,
                missing,
                p -> {
                  ZipEntry e = zip.getEntry(top + p);
                  return e == null ? null : zip.getInputStream(e);
                });
        ZipEntry entry = zip.getEntry(top + relative);
        if (entry == null) {
          throw new ArchiveException(
              bag + " fails verification: " + relative + " is listed but missing", null);
        }
        Path copy = Files.createTempFile("courseport-", "-" + Path.of(relative).getFileName());
        try (InputStream in = zip.getInputStream(entry);
            OutputStream out = Files.newOutputStream(copy)) {
          check(bag, relative, expected, sha256(in, out));
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(copy);
          throw e;
        }
        return new VerifiedPayload(copy, true);
      }
    } catch (java.util.zip.ZipException e) {
      throw new ArchiveException(
          bag + " is neither a folder nor a readable zip: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ArchiveException("Cannot read " + bag + ": " + e.getMessage(), e);
    }
  }

  /** Opens a file of the bag, or null when there is none. */
  private interface Opener {
    @Nullable InputStream open(String path) throws IOException;
  }

  private static @Nullable InputStream open(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
  }

  /** The manifest's SHA-256 of the file, after checking the manifest against the tag manifest. */
  private static String expectedSha256(String bag, String relative, String missing, Opener files)
      throws IOException {
    byte[] manifest = read(files, BagLayout.MANIFEST_SHA256);
    byte[] tags = read(files, BagLayout.TAGMANIFEST_SHA256);
    if (manifest == null || tags == null) {
      throw new ArchiveException(
          bag
              + " is not a Courseport archive (no "
              + BagLayout.MANIFEST_SHA256
              + " or "
              + BagLayout.TAGMANIFEST_SHA256
              + ")",
          null);
    }
    String manifestSum =
        entry(new String(tags, StandardCharsets.UTF_8), BagLayout.MANIFEST_SHA256).orElse("");
    String actual;
    try (InputStream in = new java.io.ByteArrayInputStream(manifest)) {
      actual = sha256(in, null);
    }
    if (!manifestSum.equals(actual)) {
      throw new ArchiveException(
          bag
              + " fails verification: "
              + BagLayout.MANIFEST_SHA256
              + " does not match its checksum in "
              + BagLayout.TAGMANIFEST_SHA256,
          null);
    }
    return entry(new String(manifest, StandardCharsets.UTF_8), relative)
        .orElseThrow(() -> new ArchiveException(bag + " " + missing, null));
  }

  private static byte @Nullable [] read(Opener files, String path) throws IOException {
    try (InputStream in = files.open(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** The checksum a manifest lists for a path ({@code <hex> <path>} lines). */
  private static Optional<String> entry(String manifest, String path) {
    for (String line : manifest.split("\n", -1)) {
      String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      int space = l.indexOf(' ');
      if (space > 0 && l.substring(space).strip().equals(path)) {
        return Optional.of(l.substring(0, space).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  private static void check(Path bag, String relative, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new ArchiveException(
          bag
              + " fails verification: "
              + relative
              + " does not match its checksum in "
              + BagLayout.MANIFEST_SHA256
              + " (run courseport verify "
              + bag
              + ")",
          null);
    }
  }

  /** The SHA-256 of a stream, copying it to {@code out} on the way when given. */
  private static String sha256(InputStream in, @Nullable OutputStream out) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (DigestInputStream d = new DigestInputStream(in, digest)) {
      for (int n; (n = d.read(buffer)) != -1; ) {
        if (out != null) {
          out.write(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Deletes the temporary copy, if one was made. */
  @Override
  public void close() throws IOException {
    if (temporary) {
      Files.deleteIfExists(file);
    }
  }
}
