package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command over the in-memory fixtures source: archive, verify, determinism, zip. */
class ExportFixturesTest {
  private static final Map<String, String> ENV = Map.of("COURSERA_CAUTH", "offline");
  @TempDir Path tmp;

  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void anOfflineExportIsCompleteVerifiedAndDeterministic() throws IOException {
    Path a = tmp.resolve("a");
    Cli first = Cli.run(ENV, "export", "--source", "fixtures", "--quiet", "--out", a.toString());
    assertThat(first.code).as(first.toString()).isEqualTo(ExitCodes.COMPLETE);
    assertThat(first.lastLine()).startsWith("Export complete");
    Cli verify = Cli.run("verify", a.toString());
    assertThat(verify.code).as(verify.toString()).isZero();

    Path b = tmp.resolve("b");
    assertThat(
            Cli.run(ENV, "export", "--source", "fixtures", "--quiet", "--out", b.toString()).code)
        .isZero();
    Map<String, byte[]> ra = tree(a.resolve("data/record"));
    Map<String, byte[]> rb = tree(b.resolve("data/record"));
    assertThat(ra.keySet()).isEqualTo(rb.keySet()).isNotEmpty();
    ra.forEach((k, v) -> assertThat(rb.get(k)).as(k).isEqualTo(v));
  }

  @Test
  void aZipArchiveVerifies() {
    Path zip = tmp.resolve("export.zip");
    Cli r =
        Cli.run(ENV, "export", "--source", "fixtures", "--format", "zip", "--out", zip.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(zip).isRegularFile();
    assertThat(Cli.run("verify", zip.toString()).code).isZero();
  }

  @Test
  void anExistingOutIsRefused() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    Cli r = Cli.run(ENV, "export", "--source", "fixtures", "--out", out.toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err).contains("already exists");
  }
}
