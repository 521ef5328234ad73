package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one manifest parser, against RFC 8493's rules rather than against its own writer. */
class ManifestTest {
  private static final String A = "a".repeat(64);
  private static final String B = "B".repeat(64);

  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\t", " \t "})
  void fieldsAreSeparatedByAnyRunOfSpacesAndTabs(String separator) {
    Manifest m =
        Manifest.parse(
            "manifest-sha256.txt",
            A + separator + "data/a.json\n" + B + separator + "data/with space.json\n");
    assertThat(m.problems()).isEmpty();
    assertThat(m.entries())
        .containsExactly(
            Map.entry("data/a.json", A), Map.entry("data/with space.json", "b".repeat(64)));
  }

  @Test
  void linesMayEndWithCrLfOrCrAndBlankLinesAreSkipped() {
    Manifest m =
        Manifest.parse("manifest-sha256.txt", A + "  data/a.json\r\n\r\n" + B + " data/b.json\r");
    assertThat(m.problems()).isEmpty();
    assertThat(m.entries()).containsOnlyKeys("data/a.json", "data/b.json");
  }

  @Test
  void percentEncodedLineBreaksAndPercentSignsInPathsAreDecoded() {
    Manifest m = Manifest.parse("m", A + "  data/odd%0Aname%25%0d.json\n");
    assertThat(m.entries()).containsOnlyKeys("data/odd\nname%\r.json");
    assertThat(Manifest.line(A, "data/odd\nname%\r.json"))
        .isEqualTo(A + "  data/odd%0Aname%25%0D.json\n");
    assertThat(Manifest.parse("m", Manifest.line(A, "data/odd\nname%\r.json")).entries())
        .isEqualTo(m.entries());
  }

  @Test
  void whatIsNotAChecksumAndAPathIsNamedByLine() {
    Manifest m =
        Manifest.parse(
            "manifest-sha256.txt",
            "nothex  data/a.json\n" + A + "\n" + A + "  data/b.json\n" + A + "\tdata/b.json\n");
    assertThat(m.problems())
        .containsExactly(
            "manifest-sha256.txt line 1 is malformed",
            "manifest-sha256.txt line 2 is malformed",
            "manifest-sha256.txt lists data/b.json twice");
    assertThat(m.entries()).containsOnlyKeys("data/b.json");
    assertThat(m.checksum("data/b.json")).contains(A);
    assertThat(m.checksum("data/a.json")).isEmpty();
  }
}
