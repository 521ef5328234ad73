package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagArchiveTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path tmp;

  private Path write(Path out, BagArchive.Format format, String... ids) {
    SourceDocument doc = Records.doc("courses.v1", "{\"elements\":[]}");
    List<CourseRecord> courses = Stream.of(ids).map(id -> Records.course(id, doc)).toList();
    try (BagArchive bag = BagArchive.open(out, format, false, CLOCK, "test", s -> s)) {
      bag.acceptDocuments(List.of(doc));
      courses.forEach(bag::acceptCourse);
      bag.finish(Records.learner(courses), Records.report(courses));
    }
    return out;
  }

  @Test
  void aFinishedBagIsValidAndHasItsLayout() throws IOException {
    Path bag = write(tmp.resolve("bag"), BagArchive.Format.DIR, "s5sEkwAHEeW9ISIACxWDhA");
    assertThat(new BagVerifier().verify(bag)).isEmpty();
    assertThat(bag.resolve("bagit.txt")).content().isEqualTo(BagLayout.BAGIT_CONTENT);
    String info = Files.readString(bag.resolve("bag-info.txt"));
    assertThat(info)
        .contains("External-Identifier: 3060151")
        .contains("Export-Status: incomplete")
        .contains("Courseport-Schema-Version: 1")
        .contains("Bagging-Date: 2026-11-26");
    assertThat(bag.resolve("data/raw/000001.json")).content().isEqualTo("{\"elements\":[]}");
    assertThat(Files.readString(bag.resolve("data/raw/index.jsonl")))
        .contains("\"file\":\"data/raw/000001.json\"");
    String key = CourseKeys.of(new CourseId("s5sEkwAHEeW9ISIACxWDhA"));
    String course = Files.readString(bag.resolve("data/record/courses/" + key + ".json"));
    assertThat(course)
        .contains("\"courseType\" : \"v2.ondemand\"")
        .contains("\"status\" : \"unavailable\"")
        .contains("\"futureField\"")
        .contains("\"timestamp\" : \"2015-09-05T22:25:52.482Z\"");
    assertThat(tmp.resolve("bag.partial")).doesNotExist();
    try (Stream<Path> all = Files.walk(bag)) {
      assertThat(all.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void recordFilesAreByteIdenticalAcrossExports() throws IOException {
    Path a = write(tmp.resolve("a"), BagArchive.Format.DIR, "c1", "c2", "c3");
    Path b = write(tmp.resolve("b"), BagArchive.Format.DIR, "c3", "c1", "c2");
    for (Path f :
        List.of(Path.of("data/record/learner.json"), Path.of("data/record/completeness.json"))) {
      assertThat(Files.readAllBytes(a.resolve(f))).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
    try (Stream<Path> files = Files.list(a.resolve("data/record/courses"))) {
      for (Path f : files.toList()) {
        assertThat(Files.readAllBytes(f))
            .isEqualTo(
                Files.readAllBytes(b.resolve("data/record/courses").resolve(f.getFileName())));
      }
    }
  }

  @Test
  void theVerifierCatchesAFlippedByteAMissingFileAndAnExtraFile() throws IOException {
    Path bag = write(tmp.resolve("bag"), BagArchive.Format.DIR, "c1", "c2");
    Path learner = bag.resolve("data/record/learner.json");
    byte[] bytes = Files.readAllBytes(learner);
    bytes[10] ^= 1;
    Files.write(learner, bytes);
    assertThat(new BagVerifier().verify(bag))
        .anyMatch(p -> p.contains("checksum mismatch") && p.contains("learner.json"));
    bytes[10] ^= 1;
    Files.write(learner, bytes);
    assertThat(new BagVerifier().verify(bag)).isEmpty();

    Path raw = bag.resolve("data/raw/000001.json");
    byte[] saved = Files.readAllBytes(raw);
    Files.delete(raw);
    assertThat(new BagVerifier().verify(bag))
        .anyMatch(p -> p.contains("missing file") && p.contains("000001.json"))
        .anyMatch(p -> p.contains("Payload-Oxum"));
    Files.write(raw, saved);

    Files.writeString(bag.resolve("data/record/extra.txt"), "sneaky");
    assertThat(new BagVerifier().verify(bag))
        .anyMatch(p -> p.contains("not listed") && p.contains("extra.txt"));
    Files.delete(bag.resolve("data/record/extra.txt"));

    Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: 1.1\n");
    assertThat(new BagVerifier().verify(bag))
        .anyMatch(p -> p.contains("tagmanifest"))
        .anyMatch(p -> p.contains("Payload-Oxum"));
  }

  @Test
  void aZipHoldsTheSameBagUnderOneFolder() throws IOException {
    Path zip = write(tmp.resolve("export.zip"), BagArchive.Format.ZIP, "c1");
    Path dir = write(tmp.resolve("export"), BagArchive.Format.DIR, "c1");
    assertThat(new BagVerifier().verify(zip)).isEmpty();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertThat(z.stream().map(e -> e.getName().split("/", 2)[0]).distinct())
          .containsExactly("export");
      byte[] learner =
          z.getInputStream(z.getEntry("export/data/record/learner.json")).readAllBytes();
      assertThat(learner).isEqualTo(Files.readAllBytes(dir.resolve("data/record/learner.json")));
    }
    assertThat(tmp.resolve("export.zip.partial")).doesNotExist();
  }

  @Test
  void anExistingTargetOrAForgottenPartialIsRefusedWithAHint() throws IOException {
    Path out = tmp.resolve("taken");
    Files.createDirectories(out);
    // The library states the fact and its reason; only the command words it with its options.
    assertThatThrownBy(() -> BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ArchiveException.Reason.TARGET_EXISTS);
              assertThat(e.path()).isEqualTo(out.toAbsolutePath().normalize());
              assertThat(e.userMessage()).contains("already exists").doesNotContain("--");
            });
    Path other = tmp.resolve("other");
    BagArchive.open(other, BagArchive.Format.DIR, false, CLOCK, "t", s -> s).close();
    assertThatThrownBy(
            () -> BagArchive.open(other, BagArchive.Format.DIR, false, CLOCK, "t", s -> s))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ArchiveException.Reason.INTERRUPTED_RUN_WAITING);
              assertThat(e.path())
                  .isEqualTo(tmp.resolve("other.partial").toAbsolutePath().normalize());
              assertThat(e.userMessage()).contains("other.partial").doesNotContain("--");
            });
    assertThatThrownBy(() -> BagArchive.checkTarget(out.getRoot(), false))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.TARGET_IS_ROOT));
  }

  @Test
  void resumeKeepsFinishedCoursesAndDropsTornWrites() throws IOException {
    Path out = tmp.resolve("bag");
    SourceDocument doc = Records.doc("courses.v1", "{\"elements\":[1]}");
    CourseRecord first = Records.course("c1", doc);
    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s)) {
      bag.acceptDocuments(List.of(doc));
      bag.acceptCourse(first);
    }
    Path work = tmp.resolve("bag.partial");
    // What a kill -9 can leave: a torn index line, an orphan raw file, a temporary file, a
    // damaged course file.
    Files.writeString(
        work.resolve("data/raw/index.jsonl"),
        "{\"n\":2,\"fi",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(work.resolve("data/raw/000002.json"), "orphan");
    Files.writeString(work.resolve("data/record/courses/x.json.1.tmp"), "half");
    String badKey = CourseKeys.of(new CourseId("c2"));
    Files.writeString(work.resolve("data/record/courses/" + badKey + ".json"), "{\"trunc");

    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, true, CLOCK, "t", s -> s)) {
      assertThat(bag.finishedCourses()).containsOnlyKeys(new CourseId("c1"));
      bag.acceptDocuments(List.of(doc)); // the same answer again is not stored twice
      CourseRecord second = Records.course("c2", doc);
      bag.acceptCourse(second);
      bag.finish(Records.learner(List.of(first, second)), Records.report(List.of(first, second)));
    }
    assertThat(new BagVerifier().verify(out)).isEmpty();
    assertThat(out.resolve("data/raw/000002.json")).doesNotExist();
    assertThat(Files.readAllLines(out.resolve("data/raw/index.jsonl"))).hasSize(1);
    assertThat(work).doesNotExist();
  }

  @Test
  void hostileIdsNeverBecomePaths() {
    for (String id :
        List.of("../../etc/passwd", "CON", "a/b\\c", "x".repeat(500), "..", "Ab", "aB", "é中")) {
      String key = CourseKeys.of(new CourseId(id));
      assertThat(CourseKeys.isValid(key)).as(id).isTrue();
      assertThat(key)
          .doesNotContain("/")
          .doesNotContain("\\")
          .doesNotContain("..")
          .hasSizeLessThan(80);
    }
    assertThat(CourseKeys.of(new CourseId("Ab")).toLowerCase(java.util.Locale.ROOT))
        .isNotEqualTo(CourseKeys.of(new CourseId("aB")).toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void requestsAreRedactedBeforeTheyAreWritten() throws IOException {
    Path out = tmp.resolve("bag");
    SourceDocument doc =
        SourceDocument.ofText("x.v1", "/api/x.v1?token=SECRET", 200, Instant.EPOCH, "http", "{}");
    try (BagArchive bag =
        BagArchive.open(
            out,
            BagArchive.Format.DIR,
            false,
            CLOCK,
            "t",
            s -> s.replace("SECRET", "<redacted>"))) {
      bag.acceptDocuments(List.of(doc));
      bag.finish(Records.learner(List.of()), Records.report(List.of()));
    }
    assertThat(Files.readString(out.resolve("data/raw/index.jsonl"), StandardCharsets.UTF_8))
        .doesNotContain("SECRET")
        .contains("<redacted>");
  }
}
