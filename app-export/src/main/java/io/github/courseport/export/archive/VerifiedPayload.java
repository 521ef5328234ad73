package io.github.courseport.export.archive;

import io.github.courseport.core.domain.SourceDocument;
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
import org.jspecify.annotations.Nullable;

/**
 * One payload file of a finished bag (a folder or a zip), checked before use: the bag's {@code
 * manifest-sha256.txt} must match its {@code tagmanifest-sha256.txt} entry, and the file its
 * manifest entry. From a zip only that one entry is read ({@link BagReader}, which checks what the
 * zip declares before it inflates anything), into a temporary file deleted on {@link #close}; the
 * rest stays packed. Checking one file is what reading it needs; {@link BagVerifier} checks the
 * whole bag.
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
   *     file or its manifest do not match their checksums ({@link
   *     ArchiveException.Reason#FAILS_VERIFICATION}); the message says which, in words
   */
  public static VerifiedPayload open(Path bag, String relative, String missing) {
    try (BagReader files = BagReader.open(bag)) {
      String expected = expectedSha256(bag, files, relative, missing);
      if (!files.exists(relative)) {
        throw new ArchiveException(
            ArchiveException.Reason.FAILS_VERIFICATION,
            bag,
            bag + " fails verification: " + relative + " is listed but missing",
            null);
      }
      Optional<Path> local = files.localFile(relative);
      if (local.isPresent()) {
        try (InputStream in = files.open(relative)) {
          check(bag, relative, expected, sha256(in, null));
        }
        return new VerifiedPayload(local.get(), false);
      }
      Path copy = Files.createTempFile("courseport-", "-" + Path.of(relative).getFileName());
      try (InputStream in = files.open(relative);
          OutputStream out = Files.newOutputStream(copy)) {
        check(bag, relative, expected, sha256(in, out));
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(copy);
        throw e;
      }
      return new VerifiedPayload(copy, true);
    } catch (IOException e) {
      throw new ArchiveException("Cannot read " + bag + ": " + e.getMessage(), e);
    }
  }

  /** The manifest's SHA-256 of the file, after checking the manifest against the tag manifest. */
  private static String expectedSha256(Path bag, BagReader files, String relative, String missing)
      throws IOException {
    if (!files.exists(BagLayout.MANIFEST_SHA256) || !files.exists(BagLayout.TAGMANIFEST_SHA256)) {
      throw new ArchiveException(
          bag
              + " is not a Courseport archive (no "
              + BagLayout.MANIFEST_SHA256
              + " or "
              + BagLayout.TAGMANIFEST_SHA256
              + ")",
          null);
    }
    byte[] manifest = files.read(BagLayout.MANIFEST_SHA256);
    String manifestSum =
        Manifest.parse(BagLayout.TAGMANIFEST_SHA256, files.text(BagLayout.TAGMANIFEST_SHA256))
            .checksum(BagLayout.MANIFEST_SHA256)
            .orElse("");
    if (!manifestSum.equals(SourceDocument.sha256Hex(manifest))) {
      throw new ArchiveException(
          ArchiveException.Reason.FAILS_VERIFICATION,
          bag,
          bag
              + " fails verification: "
              + BagLayout.MANIFEST_SHA256
              + " does not match its checksum in "
              + BagLayout.TAGMANIFEST_SHA256,
          null);
    }
    return Manifest.parse(BagLayout.MANIFEST_SHA256, new String(manifest, StandardCharsets.UTF_8))
        .checksum(relative)
        .orElseThrow(() -> new ArchiveException(bag + " " + missing, null));
  }

  private static void check(Path bag, String relative, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new ArchiveException(
          ArchiveException.Reason.FAILS_VERIFICATION,
          bag,
          bag
              + " fails verification: "
              + relative
              + " does not match its checksum in "
              + BagLayout.MANIFEST_SHA256,
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
