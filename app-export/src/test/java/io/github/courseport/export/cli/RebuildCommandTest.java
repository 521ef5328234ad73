package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courseport rebuild} end to end: the real commands, real archives on disk. */
class RebuildCommandTest {
  @TempDir Path tmp;

  @Test
  void aRebuiltDemoArchiveHasTheSameRecordAndVerifies() throws IOException {
    Path old = tmp.resolve("old");
    Path rebuilt = tmp.resolve("rebuilt");
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", old.toString()).code).isZero();
    Cli r = Cli.run("rebuild", old.toString(), "--out", rebuilt.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
    // today's demo: its two on-demand courses and the one its specialization holds (the routes
    // Coursera retired answered its web page; the replay answers the same, worded the same)
    assertThat(r.lastLine()).startsWith("Rebuild complete: 3 courses");
    assertSameTree(
        ExportFixturesTest.tree(old.resolve("data/record")),
        ExportFixturesTest.tree(rebuilt.resolve("data/record")));
    // the views are derived from the record, so they come out the same too
    for (String view : new String[] {"data/index.html", "data/exports/grades.csv"}) {
      assertThat(Files.readAllBytes(rebuilt.resolve(view)))
          .as(view)
          .isEqualTo(Files.readAllBytes(old.resolve(view)));
    }
    Cli v = Cli.run("verify", rebuilt.toString());
    assertThat(v.code).as(v.toString()).isZero();
    String oldInfo = Files.readString(old.resolve("bag-info.txt"));
    String info = Files.readString(rebuilt.resolve("bag-info.txt"));
    assertThat(info)
        .contains("Rebuilt-From-Payload-Oxum: " + label(oldInfo, "Payload-Oxum"))
        .contains(
            "Rebuilt-From-Manifest-SHA256: "
                + SourceDocument.sha256Hex(Files.readAllBytes(old.resolve("manifest-sha256.txt"))))
        .contains("Rebuilt-From-Export-Started: " + label(oldInfo, "Export-Started"))
        .contains("Rebuilt-From-Courseport-Version: " + label(oldInfo, "Courseport-Version"))
        .contains("Rebuilt-From-Verification: valid")
        .containsPattern("Rebuilt-By: Courseport \\S+ \\(courseport rebuild");
    // the raw answers travel along, with the time and transport they first came with
    assertThat(Files.readString(rebuilt.resolve("data/raw/index.jsonl")))
        .contains("\"transport\":\"http\"")
        .contains(label(oldInfo, "Export-Started").substring(0, 10));
    assertThat(Files.readString(rebuilt.resolve("data/run.json"))).contains("\"replay\"");
  }

  @Test
  void aZipArchiveOfTheBatchSourceRebuildsIntoAZip() throws IOException {
    Path http = tmp.resolve("http");
    Path old = tmp.resolve("old.zip");
    Path rebuilt = tmp.resolve("rebuilt.zip");
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", http.toString()).code).isZero();
    Cli e = Cli.run("export", "--demo", "--quiet", "--source", "batch", "--out", old.toString());
    assertThat(e.code).as(e.toString()).isZero();
    Cli r = Cli.run("rebuild", old.toString(), "--out", rebuilt.toString(), "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(rebuilt).isRegularFile();
    Map<String, byte[]> fromZip = zipTree(rebuilt, "rebuilt/data/record/");
    assertThat(fromZip).isNotEmpty();
    assertSameTree(zipTree(old, "old/data/record/"), fromZip);
    assertSameTree(ExportFixturesTest.tree(http.resolve("data/record")), fromZip);
    Cli v = Cli.run("verify", rebuilt.toString());
    assertThat(v.code).as(v.toString()).isZero();
  }

  @Test
  void anOutThatIsTakenIsRefusedInTheRebuildsOwnTermsBeforeOldIsRead() throws IOException {
    Path old = tmp.resolve("never-read"); // the target is checked first: OLD need not exist
    Path taken = Files.createDirectories(tmp.resolve("taken"));
    Cli exists = Cli.run("rebuild", old.toString(), "--out", taken.toString());
    assertThat(exists.code).as(exists.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(exists.errLines())
        .containsExactly(
            "courseport: "
                + taken.toAbsolutePath()
                + " already exists. Choose another --out, or move the old archive away first.");

    // a rebuild has no --resume: it says so, instead of pointing at an option it does not have
    Path partial = Files.createDirectories(tmp.resolve("new.partial"));
    Cli waiting = Cli.run("rebuild", old.toString(), "--out", tmp.resolve("new").toString());
    assertThat(waiting.code).as(waiting.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(waiting.errLines())
        .containsExactly(
            "courseport: An unfinished archive is waiting at "
                + partial.toAbsolutePath()
                + ". A rebuild starts over: delete that folder, or choose another --out.");
  }

  @Test
  void aMissingRawAnswerIsRefusedThenANamedGapWithForce() throws IOException {
    Path old = tmp.resolve("old");
    // 2015's API: the grades come from onDemandCourseGrades.v1, whose answer is then lost
    assertThat(
            Cli.run("export", "--demo", "--era", "2015", "--quiet", "--out", old.toString()).code)
        .isZero();
    Matcher grades =
        Pattern.compile(
                "\"file\":\"(data/raw/\\d+\\.json)\",\"resource\":\"onDemandCourseGrades.v1\""
                    + ",\"method\":\"GET\",\"request\":\"([^\"]+)\"")
            .matcher(Files.readString(old.resolve("data/raw/index.jsonl")));
    assertThat(grades.find()).isTrue();
    Files.delete(old.resolve(grades.group(1)));

    Path refused = tmp.resolve("refused");
    Cli r = Cli.run("rebuild", old.toString(), "--out", refused.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(RebuildCommand.OLD_INVALID);
    assertThat(r.err).contains("fails verification").contains("--force");
    assertThat(refused).doesNotExist();
    assertThat(tmp.resolve("refused.partial")).doesNotExist();

    Path forced = tmp.resolve("forced");
    Cli f = Cli.run("rebuild", old.toString(), "--out", forced.toString(), "--force");
    assertThat(f.code).as(f.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(f.lastLine()).startsWith("Rebuild INCOMPLETE: 1 items");
    assertThat(f.err)
        .contains("rebuilding anyway (--force)")
        .contains("grades of ")
        .contains("not in the archive")
        .contains("GET " + grades.group(2))
        .contains("skipped from")
        .contains(grades.group(1) + " (onDemandCourseGrades.v1");
    String completeness = Files.readString(forced.resolve("data/record/completeness.json"));
    assertThat(completeness).contains("\"family\" : \"grades\"").contains("not in the archive");
    assertThat(Files.readString(forced.resolve("bag-info.txt")))
        .contains("Export-Status: incomplete")
        .contains("Rebuilt-From-Verification: failed with");
    Cli v = Cli.run("verify", forced.toString());
    assertThat(v.code).as(v.toString()).isZero();
  }

  @Test
  void retriedAnswersAndAGoneEndpointRebuildToTheSameRecord() throws IOException {
    // 503s and resets before the right answer (kept in raw/ as evidence), and one endpoint gone
    // (404): the rebuild meets the same answers in the same order, so the same record, gap included
    for (String source : new String[] {"http", "batch"}) {
      try (FakeCourseraServer s =
          FakeCourseraServer.builder()
              .learner(Learners.demo())
              .faults(
                  FaultPlan.builder()
                      .probability(Fault.UNAVAILABLE, 0.3)
                      .probability(Fault.RESET, 0.2)
                      .maxFaultsPerRequest(2)
                      .build())
              .gone(Set.of("onDemandInstructorNotes.v1", "onDemandCourseGrades.v1"))
              .seed(7)
              .start()) {
        Path old = tmp.resolve("faulty-" + source);
        Cli e =
            Cli.run(
                Map.of("COURSERA_CAUTH", s.cauth()),
                "export",
                "--quiet",
                "--source",
                source,
                "--retry-backoff",
                "1",
                "--base-url",
                s.baseUri().toString(),
                "--api-base-url",
                s.baseUri().toString(),
                "--out",
                old.toString());
        // The faults were retried away; the gone resources are not served (not carried), so the
        // export is complete and names them.
        assertThat(e.code).as(e.toString()).isEqualTo(ExitCodes.COMPLETE);
        assertThat(Files.readString(old.resolve("data/record/completeness.json")))
            .contains("onDemandInstructorNotes.v1")
            .contains("onDemandCourseGrades.v1");
        assertThat(s.stats().faults(Fault.UNAVAILABLE)).as("503s were served").isPositive();
        assertThat(Files.readString(old.resolve("data/raw/index.jsonl")))
            .contains("\"status\":503");
        Path rebuilt = tmp.resolve("rebuilt-" + source);
        Cli r = Cli.run("rebuild", old.toString(), "--out", rebuilt.toString(), "--quiet");
        assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
        assertSameTree(
            ExportFixturesTest.tree(old.resolve("data/record")),
            ExportFixturesTest.tree(rebuilt.resolve("data/record")));
      }
    }
  }

  @Test
  void usageErrorsWriteNothing() throws IOException {
    Cli missing = Cli.run("rebuild", tmp.resolve("nothing").toString(), "--out", "x");
    assertThat(missing.code).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err).contains("does not exist");
    Path notABag = Files.createDirectories(tmp.resolve("not-a-bag"));
    Cli foreign = Cli.run("rebuild", notABag.toString(), "--out", tmp.resolve("y").toString());
    assertThat(foreign.code).isEqualTo(ExitCodes.USAGE);
    assertThat(foreign.err).contains("is not a Courseport archive");
    Cli noOut = Cli.run("rebuild", notABag.toString());
    assertThat(noOut.code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("rebuild", "--help").out).contains("--force").contains("data/raw/");
    assertThat(tmp.resolve("y")).doesNotExist();
  }

  static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualTo(v));
  }

  static Map<String, byte[]> zipTree(Path zip, String prefix) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
          out.put(e.getName().substring(prefix.length()), z.getInputStream(e).readAllBytes());
        }
      }
    }
    return out;
  }

  private static String label(String bagInfo, String label) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ": (.*)$").matcher(bagInfo);
    assertThat(m.find()).as(label).isTrue();
    return m.group(1);
  }
}
