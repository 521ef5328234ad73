package io.github.courseport.export.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.export.json.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Checks a Courseport bag, as a directory or a zip with one top-level folder, against RFC 8493 and
 * the record files' own rules: every manifest entry present with the right SHA-256 and SHA-512, no
 * payload file left out of the manifests, {@code Payload-Oxum} and the tag manifest consistent, and
 * every record file a well-formed record of the expected schema version.
 */
public final class BagVerifier {
  private final BiFunction<String, String, List<String>> recordChecker;

  /**
   * Creates a verifier.
   *
   * @param recordChecker extra checks of a record file, given its bag path and its text (e.g. JSON
   *     Schema validation); returns the problems found
   */
  public BagVerifier(BiFunction<String, String, List<String>> recordChecker) {
    this.recordChecker = recordChecker;
  }

  /** A verifier with only the built-in record checks. */
  public BagVerifier() {
    this((path, text) -> List.of());
  }

  /** Every problem found; an empty list means the bag is valid. */
  public List<String> verify(Path bag) {
    List<String> problems = new ArrayList<>();
    if (!Files.exists(bag)) {
      problems.add(bag + " does not exist");
      return problems;
    }
    try (BagReader files = BagReader.open(bag)) {
      check(files, problems);
    } catch (ArchiveException e) {
      problems.add(e.getMessage());
    } catch (IOException | RuntimeException e) {
      problems.add("cannot read " + bag + ": " + e.getMessage());
    }
    return problems;
  }

  private void check(BagReader files, List<String> problems) throws IOException {
    NavigableSet<String> paths = files.paths();
    if (!paths.contains(BagLayout.BAGIT)) {
      problems.add("bagit.txt is missing");
    } else {
      String bagit = text(files, BagLayout.BAGIT);
      if (!bagit.contains("BagIt-Version: 1.0")) {
        problems.add("bagit.txt does not declare BagIt-Version: 1.0");
      }
    }
    Map<String, String> m256 = manifest(files, paths, BagLayout.MANIFEST_SHA256, problems);
    Map<String, String> m512 = manifest(files, paths, BagLayout.MANIFEST_SHA512, problems);
    NavigableSet<String> payload = new TreeSet<>();
    paths.stream().filter(p -> p.startsWith(BagLayout.DATA + "/")).forEach(payload::add);
    long bytes = 0;
    for (String p : payload) {
      String[] actual = hashes(files, p);
      bytes += Long.parseLong(actual[2]);
      checkEntry(m256, p, actual[0], "manifest-sha256.txt", problems);
      checkEntry(m512, p, actual[1], "manifest-sha512.txt", problems);
    }
    for (String listed : new TreeSet<>(m256.keySet())) {
      if (!payload.contains(listed)) {
        problems.add("missing file listed in manifest-sha256.txt: " + listed);
      }
    }
    for (String listed : new TreeSet<>(m512.keySet())) {
      if (!payload.contains(listed) && !m256.containsKey(listed)) {
        problems.add("missing file listed in manifest-sha512.txt: " + listed);
      }
    }
    for (String p : paths) {
      if (!p.startsWith(BagLayout.DATA + "/") && !isTagFile(p)) {
        problems.add("unexpected file outside data/: " + p);
      }
    }
    checkBagInfo(files, paths, bytes, payload.size(), problems);
    checkTagManifest(files, paths, problems);
    checkRecords(files, payload, problems);
  }

  private static boolean isTagFile(String p) {
    return !p.contains("/") && p.endsWith(".txt");
  }

  private static void checkEntry(
      Map<String, String> manifest, String path, String actual, String name, List<String> out) {
    String expected = manifest.get(path);
    if (expected == null) {
      out.add("payload file not listed in " + name + ": " + path);
    } else if (!expected.equalsIgnoreCase(actual)) {
      out.add("checksum mismatch in " + name + ": " + path);
    }
  }

  private static Map<String, String> manifest(
      BagReader files, NavigableSet<String> paths, String name, List<String> problems)
      throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!paths.contains(name)) {
      problems.add(name + " is missing");
      return out;
    }
    Manifest manifest = Manifest.parse(name, text(files, name));
    problems.addAll(manifest.problems());
    manifest
        .entries()
        .forEach(
            (path, checksum) -> {
              if (!BagReader.isPlain(path)) {
                problems.add(name + " names an unsafe path: " + path);
              } else if (!path.startsWith(BagLayout.DATA + "/")) {
                problems.add(name + " lists a file outside data/: " + path);
              } else {
                out.put(path, checksum);
              }
            });
    return out;
  }

  private static void checkBagInfo(
      BagReader files, NavigableSet<String> paths, long bytes, int count, List<String> problems)
      throws IOException {
    if (!paths.contains(BagLayout.BAG_INFO)) {
      problems.add("bag-info.txt is missing");
      return;
    }
    BagInfo info = BagInfo.parse(text(files, BagLayout.BAG_INFO));
    String oxum = info.first("Payload-Oxum").orElse(null);
    if (oxum == null) {
      problems.add("bag-info.txt has no Payload-Oxum");
    } else if (!oxum.equals(bytes + "." + count)) {
      problems.add(
          "Payload-Oxum says "
              + oxum
              + " but the payload is "
              + bytes
              + " bytes in "
              + count
              + " files");
    }
    String status = info.first("Export-Status").orElse(null);
    if (status == null || !(status.equals("complete") || status.equals("incomplete"))) {
      problems.add("bag-info.txt has no valid Export-Status");
    }
    if (info.first("External-Identifier").isEmpty()) {
      problems.add("bag-info.txt has no External-Identifier");
    }
  }

  private static void checkTagManifest(
      BagReader files, NavigableSet<String> paths, List<String> problems) throws IOException {
    if (!paths.contains(BagLayout.TAGMANIFEST_SHA256)) {
      problems.add("tagmanifest-sha256.txt is missing");
      return;
    }
    Manifest tags =
        Manifest.parse(BagLayout.TAGMANIFEST_SHA256, text(files, BagLayout.TAGMANIFEST_SHA256));
    problems.addAll(tags.problems());
    tags.entries()
        .forEach(
            (file, checksum) -> {
              if (file.contains("/") || !BagReader.isPlain(file) || !paths.contains(file)) {
                problems.add("tagmanifest-sha256.txt names a missing or unsafe file: " + file);
              } else if (!sha256(files, file).equals(checksum)) {
                problems.add("checksum mismatch in tagmanifest-sha256.txt: " + file);
              }
            });
  }

  private static String sha256(BagReader files, String path) {
    try {
      return hashes(files, path)[0];
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void checkRecords(BagReader files, NavigableSet<String> payload, List<String> problems)
      throws IOException {
    for (String required :
        List.of(BagLayout.LEARNER, BagLayout.COMPLETENESS, BagLayout.RAW_INDEX)) {
      if (!payload.contains(required)) {
        problems.add("record file missing: " + required);
      }
    }
    for (String p : payload) {
      boolean record = p.startsWith(BagLayout.RECORD + "/") && p.endsWith(".json");
      if (!record) {
        continue;
      }
      String text = text(files, p);
      JsonNode tree;
      try {
        tree = RecordJson.mapper().readTree(text);
      } catch (IOException e) {
        problems.add(p + " is not valid JSON");
        continue;
      }
      if (tree.path("schemaVersion").asInt(-1) != RecordJson.SCHEMA_VERSION) {
        problems.add(p + " has no schemaVersion " + RecordJson.SCHEMA_VERSION);
      }
      if (p.startsWith(BagLayout.COURSES + "/")) {
        String key = p.substring(BagLayout.COURSES.length() + 1, p.length() - 5);
        String id = tree.path("course").path("id").asText("");
        if (!CourseKeys.isValid(key)
            || id.isEmpty()
            || !CourseKeys.of(new io.github.courseport.core.domain.CourseId(id)).equals(key)) {
          problems.add(p + " does not match the course id it holds");
        }
      }
      problems.addAll(recordChecker.apply(p, text).stream().map(x -> p + ": " + x).toList());
    }
  }

  private static String text(BagReader files, String path) throws IOException {
    try (InputStream in = files.open(path)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static String[] hashes(BagReader files, String path) throws IOException {
    MessageDigest a;
    MessageDigest b;
    try {
      a = MessageDigest.getInstance("SHA-256");
      b = MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = files.open(path)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        a.update(buf, 0, n);
        b.update(buf, 0, n);
        size += n;
      }
    }
    return new String[] {
      HexFormat.of().formatHex(a.digest()),
      HexFormat.of().formatHex(b.digest()),
      Long.toString(size)
    };
  }
}
