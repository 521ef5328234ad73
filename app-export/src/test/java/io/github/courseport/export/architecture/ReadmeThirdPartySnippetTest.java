package io.github.courseport.export.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's and docs' third-party rules snippet is code that compiles and runs: the sample
 * plug-in's architecture test holds it line for line (CI builds and runs that test against the
 * installed artifacts, .ci/sample-plugin).
 */
class ReadmeThirdPartySnippetTest {
  private static final Path SAMPLE_TEST =
      Path.of(
          "..",
          "samples/recording-plugin/src/test/java/com/example/courseport/recording",
          "ArchitectureTest.java");

  static List<String> snippet(Path doc) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int at = text.indexOf("CourseportArchitecture.ThirdParty rules =");
    assertThat(at).as("the snippet in %s", doc).isPositive();
    int start = text.lastIndexOf("```java\n", at) + "```java\n".length();
    int end = text.indexOf("```", at);
    return text.substring(start, end).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void theSampleRunsTheSnippetOfTheReadmeAndOfWriteASource() throws IOException {
    List<String> sample =
        Files.readString(SAMPLE_TEST, StandardCharsets.UTF_8).lines().map(String::strip).toList();
    for (Path doc :
        new Path[] {Path.of("..", "README.md"), Path.of("..", "docs", "write-a-source.md")}) {
      List<String> lines = snippet(doc);
      assertThat(lines).hasSize(4);
      int from = sample.indexOf(lines.get(0));
      assertThat(from).as("%s's snippet in the sample's test", doc).isNotNegative();
      assertThat(sample.subList(from, from + lines.size())).isEqualTo(lines);
    }
  }
}
