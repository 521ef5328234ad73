package io.github.courseport.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 and SHA-512 of one file, and its size, as a bag's manifests need them. */
public record Digests(String sha256, String sha512, long size) {
  /** Digests of bytes about to be written. */
  public static Digests of(byte[] bytes) {
    MessageDigest a = digest("SHA-256");
    MessageDigest b = digest("SHA-512");
    a.update(bytes);
    b.update(bytes);
    return new Digests(hex(a), hex(b), bytes.length);
  }

  /** Digests of a file, read in a stream. */
  public static Digests of(Path file) throws IOException {
    MessageDigest a = digest("SHA-256");
    MessageDigest b = digest("SHA-512");
    long size = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        a.update(buf, 0, n);
        b.update(buf, 0, n);
        size += n;
      }
    }
    return new Digests(hex(a), hex(b), size);
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

  private static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }
}
