package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.InMemoryCoursera;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.export.ExportResult;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.export.views.RecordSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example, run as written: it writes a BagIt bag that verifies. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  @TempDir Path tmp;

  @Test
  void theReadmeExampleWritesABagThatVerifies() throws IOException {
    Path out = tmp.resolve("my-archive");
    // README:begin
    // the demo learner from memory; for your account: HttpCourseraAdapter.builder()
    //     .credentials(new Credentials(cauth, null)).build()
    HttpCourseraAdapter coursera =
        HttpCourseraAdapter.builder()
            .wwwBase(InMemoryCoursera.BASE)
            .apiBase(InMemoryCoursera.BASE)
            .credentials(new Credentials("demo", null))
            .client(new InMemoryCoursera(Learners.demo(), "demo", 100), "fixtures")
            .build();
    SourcePorts source = coursera.ports();
    ExecutorService pool = Executors.newCachedThreadPool(); // the export bounds calls in flight
    ExportResult result;
    try (BagArchive bag =
        BagArchive.open(out, BagArchive.Format.DIR, false, Clock.systemUTC(), "1.0", s -> s)) {
      ServiceLoader.load(RecordRenderer.class).forEach(bag::renderer); // index.html, CSV, ...
      result = new ExportLearningRecord(source, bag, pool, 8, ExportListener.NONE).run();
    } finally {
      pool.shutdown();
      coursera.close();
    }
    result.report().gaps().forEach(gap -> System.out.println(gap)); // what is missing, and why
    List<String> problems = new BagVerifier(RecordSchemas.checker()).verify(out); // empty: valid
    // README:end
    assertThat(problems).isEmpty();
    assertThat(result.complete()).isTrue();
    // The demo's four courses, and the one it only saved in a list (exported as listed, absent).
    assertThat(result.coursesTotal()).isEqualTo(5);
    assertThat(out.resolve("bagit.txt")).isRegularFile();
    assertThat(out.resolve("data/index.html")).isRegularFile();
    assertThat(out.resolve("data/exports/item-grades.csv")).isRegularFile();
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    List<String> test =
        Files.readAllLines(
            Path.of("src/test/java/io/github/courseport/export/archive/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    List<String> snippet =
        strip(
            test.subList(
                test.indexOf("    // README:begin") + 1, test.indexOf("    // README:end")));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).contains(String.join("\n", snippet) + "\n");
  }

  /** The lines without the indentation they share. */
  private static List<String> strip(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }
}
