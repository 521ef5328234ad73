package com.example.courseport.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.contract.AllContracts;
import io.github.courseport.core.contract.ExpectedLearner;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The recording source against Courseport's contracts, with the example recording. */
class RecordingContractsTest {
  static final Path EXAMPLE = Path.of("example/ada.recording");
  static final CourseId JAVA = new CourseId("c-intro-java");
  static final CourseId DATA = new CourseId("c-data-science");

  /** Ada, as the example recording describes her; written by hand, not derived from the source. */
  static ExpectedLearner ada() {
    TreeMap<CourseId, String> courses = new TreeMap<>();
    courses.put(JAVA, "Introduction to Java");
    courses.put(DATA, "Data Science Basics");
    TreeMap<CourseId, String> slugs = new TreeMap<>();
    slugs.put(JAVA, "intro-java");
    slugs.put(DATA, "data-science");
    return new ExpectedLearner(
        new UserId(1001),
        courses,
        slugs,
        2,
        0,
        new TreeSet<>(),
        0,
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        Map.of(CourseFamily.GRADES, new TreeSet<>(java.util.Set.of(JAVA))));
  }

  static SourcePorts open() {
    return new RecordingSourceProvider()
        .open(
            SourceSettings.withoutSession(
                4, Map.of(RecordingSourceProvider.FILE, EXAMPLE.toString())));
  }

  @Nested
  class Ada extends AllContracts {
    private final SourcePorts ports = open();

    @Override
    public SourcePorts source() {
      return ports;
    }

    @Override
    public ExpectedLearner expected() {
      return ada();
    }
  }

  @Test
  void theSourceCarriesGradesOnlyAndNeedsNoSession() {
    RecordingSourceProvider provider = new RecordingSourceProvider();
    assertThat(provider.needsSession()).isFalse();
    assertThat(open().notCarried())
        .hasSize(CourseFamily.all().size() - 1)
        .doesNotContain(CourseFamily.GRADES);
  }

  @Test
  void aMissingOrUnreadableFileIsRefusedWhenOpening() {
    RecordingSourceProvider provider = new RecordingSourceProvider();
    assertThatThrownBy(() -> provider.open(SourceSettings.withoutSession(4, Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the option file is required");
    assertThatThrownBy(
            () ->
                provider.open(
                    SourceSettings.withoutSession(4, Map.of("file", "no/such/recording"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read the recording");
  }
}
