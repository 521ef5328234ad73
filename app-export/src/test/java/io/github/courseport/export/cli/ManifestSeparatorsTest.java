package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bag whose manifests separate checksum and path with one space, a tab, or end lines with CR LF
 * (all valid BagIt, as other tools write them) is read alike by every command that reads archives.
 */
class ManifestSeparatorsTest {
  @TempDir static Path tmp;
  static Path original;

  @BeforeAll
  static void export() {
    original = tmp.resolve("original");
    Cli e = Cli.run("export", "--demo", "--quiet", "--out", original.toString());
    assertThat(e.code).as(e.toString()).isZero();
  }

  /** A copy of the demo bag with its manifests rewritten by another tool's habits. */
  private static Path rewritten(String name, String separator, String lineEnd) throws IOException {
    Path bag = tmp.resolve(name);
    try (var files = Files.walk(original)) {
      for (Path f : files.toList()) {
        Path to = bag.resolve(original.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Pattern twoSpaces = Pattern.compile("^([0-9a-f]+)  ", Pattern.MULTILINE);
    for (String manifest : new String[] {"manifest-sha256.txt", "manifest-sha512.txt"}) {
      String text = Files.readString(bag.resolve(manifest));
      text = twoSpaces.matcher(text).replaceAll("$1" + separator).replace("\n", lineEnd);
      Files.writeString(bag.resolve(manifest), text);
    }
    StringBuilder tags = new StringBuilder();
    for (String tag :
        new String[] {"bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"}) {
      tags.append(SourceDocument.sha256Hex(Files.readAllBytes(bag.resolve(tag))))
          .append(separator)
          .append(tag)
          .append(lineEnd);
    }
    Files.write(
        bag.resolve("tagmanifest-sha256.txt"), tags.toString().getBytes(StandardCharsets.UTF_8));
    return bag;
  }

  @ParameterizedTest
  @ValueSource(strings = {"one-space", "tab", "crlf"})
  void verifyDiffQueryAndRebuildAcceptItAlike(String kind) throws IOException {
    Path bag =
        switch (kind) {
          case "one-space" -> rewritten(kind, " ", "\n");
          case "tab" -> rewritten(kind, "\t", "\n");
          default -> rewritten(kind, "  ", "\r\n");
        };
    assertThat(Files.readString(bag.resolve("manifest-sha256.txt")))
        .isNotEqualTo(Files.readString(original.resolve("manifest-sha256.txt")));
    Cli verify = Cli.run("verify", bag.toString());
    assertThat(verify.code).as(verify.toString()).isZero();
    Cli diff = Cli.run("diff", original.toString(), bag.toString());
    assertThat(diff.code).as(diff.toString()).isZero();
    Cli query = Cli.run("query", bag.toString(), "grades", "--format", "csv");
    assertThat(query.code).as(query.toString()).isZero();
    assertThat(query.out)
        .isEqualTo(Cli.run("query", original.toString(), "grades", "--format", "csv").out);
    Path rebuilt = tmp.resolve(kind + "-rebuilt");
    Cli rebuild = Cli.run("rebuild", bag.toString(), "--out", rebuilt.toString(), "--quiet");
    assertThat(rebuild.code).as(rebuild.toString()).isEqualTo(ExitCodes.COMPLETE);
    assertThat(rebuild.err).doesNotContain("fails verification");
  }
}
