package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path tmp;

  private static final class ListCourses implements RecordRenderer {
    final List<CourseId> seen = new ArrayList<>();

    @Override
    public String name() {
      return "list";
    }

    @Override
    public void render(ExportedRecord record, RenderTarget target) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (CourseRecord c : record.courses()) {
        seen.add(c.id());
        sb.append(c.id()).append('\n');
      }
      target.write("exports/list.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What a test renderer does. */
  private interface Body {
    void render(ExportedRecord record, RenderTarget target) throws IOException;
  }

  private static RecordRenderer renderer(String name, Body body) {
    return new RecordRenderer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void render(ExportedRecord record, RenderTarget target) throws IOException {
        body.render(record, target);
      }
    };
  }

  /** Writes outside data/. */
  private static final RecordRenderer BROKEN =
      renderer("broken", (record, target) -> target.write("../escape.txt", new byte[1]));

  /** Streams one file completely, then half of another, then fails. */
  private static final RecordRenderer HALF_WAY =
      renderer(
          "half-way",
          (record, target) -> {
            try (OutputStream out = target.open("exports/first.txt")) {
              out.write("complete\n".getBytes(StandardCharsets.UTF_8));
            }
            try (OutputStream out = target.open("exports/second.txt")) {
              out.write("half a fi".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full (simulated)");
            }
          });

  /** Opens a file and forgets to close it. */
  private static final RecordRenderer LEAKY =
      renderer(
          "leaky",
          (record, target) -> {
            OutputStream unclosed = target.open("exports/leak.txt");
            unclosed.write('x');
          });

  /** Tries to overwrite part of the record. */
  private static final RecordRenderer OVERWRITER =
      renderer(
          "overwriter",
          (record, target) ->
              target.write("record/learner.json", "{}".getBytes(StandardCharsets.UTF_8)));

  @Test
  void aRendererThatFailsHalfWayLeavesNoneOfItsFilesAndCannotTouchTheRecord() throws IOException {
    Path out = tmp.resolve("bag");
    List<CourseRecord> courses = List.of(Records.course("c1", Records.doc("courses.v1", "{}")));
    ListCourses list = new ListCourses();
    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s)) {
      bag.renderer(HALF_WAY).renderer(OVERWRITER).renderer(LEAKY).renderer(list);
      courses.forEach(bag::acceptCourse);
      bag.finish(Records.learner(courses), Records.report(courses));
      assertThat(bag.renderProblems())
          .hasSize(3)
          .anySatisfy(p -> assertThat(p).contains("leaky did not close data/exports/leak.txt"))
          .anySatisfy(p -> assertThat(p).contains("half-way").contains("disk full"))
          .anySatisfy(p -> assertThat(p).contains("overwriter").contains("record/learner.json"));
    }
    assertThat(out.resolve("data/exports/first.txt")).doesNotExist();
    assertThat(out.resolve("data/exports/second.txt")).doesNotExist();
    assertThat(out.resolve("data/exports/leak.txt")).doesNotExist();
    assertThat(out.resolve("data/exports/list.txt")).content().isEqualTo("c1\n");
    assertThat(out.resolve("data/record/learner.json")).content().startsWith("{\n  \"learner\"");
    assertThat(Files.readString(out.resolve("manifest-sha256.txt")))
        .doesNotContain("first.txt")
        .doesNotContain("second.txt")
        .contains("data/exports/list.txt");
    try (var files = Files.walk(out)) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
    }
    assertThat(new BagVerifier().verify(out)).isEmpty();
  }

  @Test
  void ctrlCWhileTheViewsAreWrittenKeepsThePartialBagForAResume() throws Exception {
    Path out = tmp.resolve("bag");
    List<CourseRecord> courses = List.of(Records.course("c1", Records.doc("courses.v1", "{}")));
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    RecordRenderer stuck =
        renderer(
            "stuck",
            (record, target) -> {
              started.countDown();
              try {
                new java.util.concurrent.CountDownLatch(1).await(); // until interrupted
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
              }
            });
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread exporter =
        new Thread(
            () -> {
              try (BagArchive bag =
                  BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s)) {
                bag.renderer(stuck);
                courses.forEach(bag::acceptCourse);
                bag.finish(Records.learner(courses), Records.report(courses));
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    exporter.start();
    assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    exporter.interrupt();
    exporter.join(10_000);
    assertThat(thrown.get())
        .isInstanceOf(io.github.courseport.core.error.ExportInterruptedException.class);
    assertThat(out).doesNotExist();
    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, true, CLOCK, "t", s -> s)) {
      assertThat(bag.finishedCourses()).containsOnlyKeys(courses.get(0).id());
      bag.renderer(new ListCourses());
      bag.finish(Records.learner(courses), Records.report(courses));
    }
    assertThat(out.resolve("data/exports/list.txt")).content().isEqualTo("c1\n");
    assertThat(new BagVerifier().verify(out)).isEmpty();
  }

  @Test
  void renderersSeeEveryCourseInIdOrderAndTheirFilesAreInTheManifest() throws IOException {
    ListCourses list = new ListCourses();
    Path out = tmp.resolve("bag");
    SourceDocument doc = Records.doc("courses.v1", "{}");
    List<CourseRecord> courses =
        List.of(Records.course("c3", doc), Records.course("c1", doc), Records.course("c2", doc));
    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s)) {
      bag.renderer(list);
      courses.forEach(bag::acceptCourse);
      bag.finish(Records.learner(courses), Records.report(courses));
      assertThat(bag.renderProblems()).isEmpty();
    }
    assertThat(list.seen).extracting(CourseId::value).containsExactly("c1", "c2", "c3");
    assertThat(out.resolve("data/exports/list.txt")).content().isEqualTo("c1\nc2\nc3\n");
    assertThat(Files.readString(out.resolve("manifest-sha256.txt")))
        .contains("data/exports/list.txt");
    assertThat(new BagVerifier().verify(out)).isEmpty();
  }

  @Test
  void aFailingRendererMakesTheArchiveIncompleteNotLost() throws IOException {
    Path out = tmp.resolve("bag");
    try (BagArchive bag = BagArchive.open(out, BagArchive.Format.DIR, false, CLOCK, "t", s -> s)) {
      bag.renderer(BROKEN);
      bag.finish(Records.learner(List.of()), Records.report(List.of()));
      assertThat(bag.renderProblems()).singleElement().asString().contains("broken");
    }
    assertThat(tmp.resolve("escape.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve("bag-info.txt"))).contains("Export-Status: incomplete");
    assertThat(Files.readString(out.resolve("data/record/completeness.json")))
        .contains("\"views\"")
        .contains("\"complete\" : false");
    assertThat(new BagVerifier().verify(out)).isEmpty();
  }
}
