package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's first commands, through the real HTTP adapter and the embedded fake server. */
class DemoExportTest {
  @TempDir Path tmp;

  @Test
  void theDemoExportIsCompleteAndVerifies() throws IOException {
    Path out = tmp.resolve("demo-archive");
    Cli r = Cli.run(Map.of(), "export", "--demo", "--out", out.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
    assertThat(r.lastLine()).startsWith("Export complete");
    assertThat(r.err).contains("demo");
    Cli v = Cli.run("verify", out.toString());
    assertThat(v.code).as(v.toString()).isZero();
    // Today's Coursera (the default era): courses and their outlines by name; the routes
    // Coursera retired are named once, and the export is complete without them.
    assertThat(Files.readString(out.resolve("data/index.html")))
        .contains("The Modern and the Postmodern (Part 2)")
        .contains("Week 1: Nietzsche and the Death of God");
    assertThat(r.err).contains("externalBasicProfiles.v1 is gone");
    assertThat(Files.readString(out.resolve("data/raw/index.jsonl")))
        .contains("\"transport\":\"http\"")
        .doesNotContain("demo-");
  }

  @Test
  void twoDemoExportsGiveTheSameRecord() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", a.toString()).code).isZero();
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", b.toString()).code).isZero();
    for (String dir : new String[] {"data/record", "data/exports"}) {
      Map<String, byte[]> ra = ExportFixturesTest.tree(a.resolve(dir));
      Map<String, byte[]> rb = ExportFixturesTest.tree(b.resolve(dir));
      assertThat(rb.keySet()).isEqualTo(ra.keySet());
      ra.forEach((k, v) -> assertThat(rb.get(k)).as(k).isEqualTo(v));
    }
    assertThat(Files.readAllBytes(a.resolve("data/index.html")))
        .isEqualTo(Files.readAllBytes(b.resolve("data/index.html")));
  }

  @Test
  void theBatchSourceGivesTheSameRecordAsTheHttpSource() throws IOException {
    Path http = tmp.resolve("http");
    Path batch = tmp.resolve("batch");
    Cli h = Cli.run("export", "--demo", "--quiet", "--out", http.toString());
    Cli b = Cli.run("export", "--demo", "--quiet", "--source", "batch", "--out", batch.toString());
    assertThat(h.code).as(h.toString()).isZero();
    assertThat(b.code).as(b.toString()).isZero();
    Map<String, byte[]> rh = ExportFixturesTest.tree(http.resolve("data/record"));
    Map<String, byte[]> rb = ExportFixturesTest.tree(batch.resolve("data/record"));
    assertThat(rb.keySet()).isEqualTo(rh.keySet());
    rh.forEach((k, v) -> assertThat(rb.get(k)).as(k).isEqualTo(v));
    assertThat(Files.readString(batch.resolve("data/run.json"))).contains("\"batch\"");
    assertThat(Files.readString(batch.resolve("data/raw/index.jsonl")))
        .contains("\"transport\":\"batch\"");
  }

  @Test
  void anOutEndingInZipGivesAZipFile() throws IOException {
    Path zip = tmp.resolve("demo.zip");
    Cli r = Cli.run("export", "--demo", "--quiet", "--out", zip.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(zip).isRegularFile();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      assertThat(z.getEntry("demo/bagit.txt")).isNotNull();
      assertThat(z.getEntry("demo/data/exports/item-grades.csv")).isNotNull();
    }
    assertThat(Cli.run("verify", zip.toString()).code).isZero();
  }

  @Test
  void theCsvFilesStartWithAByteOrderMarkOnlyWhenAskedTo() throws IOException {
    Path plain = tmp.resolve("plain");
    Path bom = tmp.resolve("bom");
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", plain.toString()).code).isZero();
    Cli r = Cli.run("export", "--demo", "--quiet", "--csv-bom", "--out", bom.toString());
    assertThat(r.code).as(r.toString()).isZero();
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (String csv : new String[] {"data/exports/grades.csv", "data/exports/item-grades.csv"}) {
      byte[] withMark = Files.readAllBytes(bom.resolve(csv));
      byte[] without = Files.readAllBytes(plain.resolve(csv));
      assertThat(java.util.Arrays.copyOf(withMark, 3)).as(csv).isEqualTo(mark);
      assertThat(java.util.Arrays.copyOfRange(withMark, 3, withMark.length))
          .as(csv)
          .isEqualTo(without);
      assertThat(new String(without, java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("course_id,");
    }
    assertThat(Cli.run("verify", bom.toString()).code).isZero();
  }
}
