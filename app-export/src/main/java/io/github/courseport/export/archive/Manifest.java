package io.github.courseport.export.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A BagIt manifest, payload ({@code manifest-sha256.txt}) or tag ({@code tagmanifest-sha256.txt}):
 * the one reader and writer of the format in Courseport. Follows RFC 8493 §2.1.3: a line is a
 * checksum, one or more whitespace characters (spaces or tabs), then the file path; lines end with
 * LF, CR LF or CR; a path's CR, LF and {@code %} are percent-encoded ({@code %0D}, {@code %0A},
 * {@code %25}). Courseport writes two spaces and LF, as most tools do; it reads any of these.
 */
public final class Manifest {
  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  private final Map<String, String> checksums;
  private final List<String> problems;

  private Manifest(Map<String, String> checksums, List<String> problems) {
    this.checksums = Collections.unmodifiableMap(checksums);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a manifest. A line that is not a checksum and a path is not an entry; it is named in
   * {@link #problems()} ({@code NAME line N is malformed}), as is a path listed twice.
   *
   * @param name the file's name, for problems
   */
  public static Manifest parse(String name, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = LINES.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int gap = 0;
      while (gap < line.length() && !isSpace(line.charAt(gap))) {
        gap++;
      }
      int path = gap;
      while (path < line.length() && isSpace(line.charAt(path))) {
        path++;
      }
      String checksum = line.substring(0, gap);
      if (gap == 0 || path == line.length() || !HEX.matcher(checksum).matches()) {
        problems.add(name + " line " + (i + 1) + " is malformed");
        continue;
      }
      String file = decode(line.substring(path));
      if (out.putIfAbsent(file, checksum.toLowerCase(Locale.ROOT)) != null) {
        problems.add(name + " lists " + file + " twice");
      }
    }
    return new Manifest(out, problems);
  }

  /** One manifest line, as Courseport writes it: checksum, two spaces, encoded path, LF. */
  public static String line(String checksum, String path) {
    return checksum + "  " + encode(path) + "\n";
  }

  /** The checksum listed for a path (lower case), if any. */
  public Optional<String> checksum(String path) {
    return Optional.ofNullable(checksums.get(path));
  }

  /** Every path with its checksum (lower case), in the file's order. */
  public Map<String, String> entries() {
    return checksums;
  }

  /** Lines that are not entries, in words. */
  public List<String> problems() {
    return problems;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static String encode(String path) {
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
  }

  /** Decodes {@code %0A}, {@code %0D} and {@code %25} (either case); leaves anything else alone. */
  private static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(path.length());
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        String code =
            new String(bytes, i + 1, 2, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        int decoded =
            switch (code) {
              case "0A" -> '\n';
              case "0D" -> '\r';
              case "25" -> '%';
              default -> -1;
            };
        if (decoded >= 0) {
          out.write(decoded);
          i += 2;
          continue;
        }
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
