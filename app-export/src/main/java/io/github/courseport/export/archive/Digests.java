package io.github.courseport.export.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and SHA-512 of one file, and its size, as a bag's manifests need them. Kept as one
 * array of 96 bytes, not 192 characters of hex: an export of thousands of courses holds one per
 * file until the manifests are written.
 */
public final class Digests {
  private static final int SHA256_BYTES = 32;
  private final byte[] both;
  private final long size;

  private Digests(byte[] sha256, byte[] sha512, long size) {
    this.both = new byte[sha256.length + sha512.length];
    System.arraycopy(sha256, 0, both, 0, sha256.length);
    System.arraycopy(sha512, 0, both, sha256.length, sha512.length);
    this.size = size;
  }

  /** The SHA-256 in lower-case hex. */
  public String sha256() {
    return HexFormat.of().formatHex(both, 0, SHA256_BYTES);
  }

  /** The SHA-512 in lower-case hex. */
  public String sha512() {
    return HexFormat.of().formatHex(both, SHA256_BYTES, both.length);
  }

  /** The size in bytes. */
  public long size() {
    return size;
  }

  /** Digests of bytes about to be written. */
  public static Digests of(byte[] bytes) {
    MessageDigest a = digest("SHA-256");
    MessageDigest b = digest("SHA-512");
    a.update(bytes);
    b.update(bytes);
    return new Digests(a.digest(), b.digest(), bytes.length);
  }

  /** Digests of a file, read in a stream. */
  public static Digests of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Hashing hashing = new Hashing(OutputStream.nullOutputStream())) {
      in.transferTo(hashing);
      return hashing.digests();
    }
  }

  /** A stream that hashes and counts what passes through it to another stream. */
  static final class Hashing extends FilterOutputStream {
    private final MessageDigest a = digest("SHA-256");
    private final MessageDigest b = digest("SHA-512");
    private long size;

    Hashing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int value) throws IOException {
      out.write(value);
      a.update((byte) value);
      b.update((byte) value);
      size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      a.update(bytes, offset, length);
      b.update(bytes, offset, length);
      size += length;
    }

    /** The digests of everything written so far; call once, after the last write. */
    Digests digests() {
      return new Digests(a.digest(), b.digest(), size);
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
