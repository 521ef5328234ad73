package io.github.courseport.export.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The record files ({@code data/record/**}) of real archives written by an earlier Courseport, kept
 * as test resources under {@code old-archives/} (see the README there): what every later version
 * must still verify and read.
 */
public final class OldArchives {
  private OldArchives() {}

  /** Each archive's folder (the one holding {@code data/}), by name. */
  public static List<Path> all() {
    URL root = OldArchives.class.getResource("/old-archives");
    if (root == null) {
      throw new IllegalStateException("test resources old-archives/ missing");
    }
    try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An archive's record files, by bag path ({@code data/record/...}), in path order. */
  public static Map<String, String> recordFiles(Path archive) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(archive.resolve("data/record"))) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String bagPath = archive.relativize(p).toString().replace('\\', '/');
        files.put(bagPath, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
