package io.github.courseport.export.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Takes back the partial bag of an interrupted run, for a resume: whatever a crash may have torn is
 * removed (the tag files, which only a finished bag has; temporary files; a course file that does
 * not read back as the course it is named after; a raw index line cut short, or whose file is
 * missing or differs; a raw file no kept line names), and what is intact is handed to the writer
 * (course files' digests), the raw store (each kept document) and the export (each finished
 * course's completeness), so that only what is missing is fetched again.
 */
final class Recovery {
  private final BagWriter files;
  private final RawStore raw;
  private final Map<CourseId, String> courseKeys;

  /**
   * @param courseKeys receives the key of every course kept
   */
  Recovery(BagWriter files, RawStore raw, Map<CourseId, String> courseKeys) {
    this.files = files;
    this.raw = raw;
    this.courseKeys = courseKeys;
  }

  /** Cleans the partial bag and returns the courses it finished, with their completeness. */
  Map<CourseId, CourseCompleteness> recover() throws IOException {
    Path work = files.work();
    Files.createDirectories(work.resolve(BagLayout.COURSES));
    Files.createDirectories(work.resolve(BagLayout.RAW));
    for (String tagFile :
        List.of(
            BagLayout.BAGIT,
            BagLayout.BAG_INFO,
            BagLayout.MANIFEST_SHA256,
            BagLayout.MANIFEST_SHA512,
            BagLayout.TAGMANIFEST_SHA256)) {
      Files.deleteIfExists(work.resolve(tagFile));
    }
    deleteTemporaries(work);
    Map<CourseId, CourseCompleteness> finished = new TreeMap<>();
    try (DirectoryStream<Path> courses =
        Files.newDirectoryStream(work.resolve(BagLayout.COURSES))) {
      for (Path f : courses) {
        String name = f.getFileName().toString();
        String key = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
        CourseCompleteness c = CourseKeys.isValid(key) ? completeness(f, key) : null;
        if (c == null) {
          Files.delete(f); // not ours or damaged: it will be fetched again
        } else {
          finished.put(c.courseId(), c);
          courseKeys.put(c.courseId(), key);
          files.record(BagLayout.course(key), Digests.of(f));
        }
      }
    }
    recoverRawIndex();
    return finished;
  }

  /** The completeness of a course file that reads back as the course {@code key} names. */
  private static @Nullable CourseCompleteness completeness(Path f, String key) {
    try {
      JsonNode tree = RecordJson.mapper().readTree(f.toFile());
      CourseCompleteness c = RecordJson.readCompleteness(tree);
      return CourseKeys.of(c.courseId()).equals(key) ? c : null;
    } catch (IOException | RuntimeException damaged) {
      return null;
    }
  }

  /** Keeps the index's complete lines, and exactly the raw files they name. */
  private void recoverRawIndex() throws IOException {
    Path work = files.work();
    Path indexFile = work.resolve(BagLayout.RAW_INDEX);
    List<String> kept = new ArrayList<>();
    Set<String> named = new HashSet<>();
    if (Files.exists(indexFile)) {
      byte[] all = Files.readAllBytes(indexFile);
      String text = new String(all, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n", -1)) {
        if (line.isBlank()) {
          continue;
        }
        try {
          RawIndexLine entry = RawIndexLine.parse(line);
          String file = entry.file();
          Path p = work.resolve(file);
          long n = entry.n();
          Digests d =
              n > 0 && file.equals(BagLayout.raw(n)) && Files.exists(p) ? Digests.of(p) : null;
          if (d != null && d.sha256().equals(entry.sha256())) {
            kept.add(line);
            named.add(file);
            raw.keep(entry, d);
          }
        } catch (IOException | RuntimeException damaged) {
          // a torn or foreign line: dropped, its document is fetched again
        }
      }
    }
    Files.write(
        indexFile,
        kept.isEmpty()
            ? new byte[0]
            : (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> rawFiles = Files.list(work.resolve(BagLayout.RAW))) {
      for (Path p : (Iterable<Path>) rawFiles::iterator) {
        String rel = BagLayout.RAW + "/" + p.getFileName();
        if (!rel.equals(BagLayout.RAW_INDEX) && !named.contains(rel)) {
          Files.delete(p);
        }
      }
    }
  }

  private static void deleteTemporaries(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.getFileName().toString().endsWith(".tmp")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
