package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.port.RecordRenderer;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in renderer promises: loadable, deterministic, one pass over the courses. */
class RenderersTest {
  static List<RecordRenderer> renderers() {
    List<RecordRenderer> out = new ArrayList<>();
    ServiceLoader.load(RecordRenderer.class).forEach(out::add);
    return out;
  }

  static Stream<Arguments> renderersAndRecords() {
    List<Arguments> out = new ArrayList<>();
    for (RecordRenderer r : renderers()) {
      out.add(Arguments.of(r.name(), r, (Supplier<SampleRecords.Exported>) SampleRecords::demo));
      out.add(Arguments.of(r.name(), r, (Supplier<SampleRecords.Exported>) SampleRecords::hostile));
      out.add(Arguments.of(r.name(), r, (Supplier<SampleRecords.Exported>) SampleRecords::empty));
    }
    return out.stream();
  }

  @Test
  void theServiceLoaderFindsEveryBuiltInRendererUnderItsOwnName() {
    List<RecordRenderer> all = renderers();
    assertThat(all)
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactlyInAnyOrder(
            "IndexHtmlRenderer",
            "GradesCsvRenderer",
            "DeadlinesIcsRenderer",
            "XapiStatementsRenderer",
            "RecordSchemasRenderer",
            "RecordDatabaseRenderer");
    assertThat(all)
        .extracting(RecordRenderer::name)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(
            "index-html",
            "grades-csv",
            "deadlines-ics",
            "xapi-statements",
            "record-schemas",
            "record-sqlite");
    for (RecordRenderer r : all) {
      assertThat(Modifier.isPublic(r.getClass().getModifiers())).isTrue();
    }
  }

  @Test
  void eachWritesItsOwnFilesUnderData() {
    Map<String, List<String>> paths = new TreeMap<>();
    for (RecordRenderer r : renderers()) {
      paths.put(
          r.name(), new ArrayList<>(MemoryTarget.render(r, SampleRecords.demo()).files.keySet()));
    }
    assertThat(paths)
        .containsEntry("index-html", List.of("index.html"))
        .containsEntry("grades-csv", List.of("exports/grades.csv", "exports/item-grades.csv"))
        .containsEntry("deadlines-ics", List.of("exports/deadlines.ics"))
        .containsEntry("xapi-statements", List.of("exports/xapi-statements.json"))
        .containsEntry("record-sqlite", List.of("exports/record.sqlite"))
        .containsEntry(
            "record-schemas",
            List.of(
                "schema/completeness.schema.json",
                "schema/course.schema.json",
                "schema/learner.schema.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderersAndRecords")
  void theSameRecordGivesTheSameBytesWhateverTheMachinesLocaleAndZone(
      String name, RecordRenderer renderer, Supplier<SampleRecords.Exported> record) {
    MemoryTarget first = MemoryTarget.render(renderer, record.get());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    MemoryTarget second;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      second = MemoryTarget.render(renderer, record.get());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(second.files.keySet()).isEqualTo(first.files.keySet());
    first.files.forEach((path, bytes) -> assertThat(second.bytes(path)).as(path).isEqualTo(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderersAndRecords")
  void iteratesTheCoursesAtMostOnceAndLooksEachUpAtMostOnce(
      String name, RecordRenderer renderer, Supplier<SampleRecords.Exported> record) {
    SampleRecords.Exported exported = record.get();
    MemoryTarget.render(renderer, exported);
    assertThat(exported.iterations.get()).isLessThanOrEqualTo(1);
    assertThat(exported.lookups.get()).isLessThanOrEqualTo(exported.courseList().size());
  }

  /**
   * A record of 3,000 courses gives views of hundreds of kilobytes to megabytes; each must reach
   * its file in pieces of at most a buffer, never built whole in memory (which ran a 10,000-course
   * export out of heap).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("renderers")
  void writesLargeViewsInPiecesNotWhole(RecordRenderer renderer) {
    MemoryTarget target = MemoryTarget.render(renderer, SampleRecords.many(3000));
    int biggest = target.files.values().stream().mapToInt(b -> b.length).max().orElse(0);
    if (renderer.name().equals("record-schemas")) {
      // fixed files, written whole: the same bytes whatever the record holds
      MemoryTarget small = MemoryTarget.render(renderer, SampleRecords.many(1));
      assertThat(target.files.keySet()).isEqualTo(small.files.keySet());
      target.files.forEach(
          (path, bytes) -> assertThat(small.bytes(path)).as(path).isEqualTo(bytes));
      return;
    }
    assertThat(biggest).as("largest file").isGreaterThan(2 << 16);
    assertThat(target.largestWrite).as("largest single write").isLessThanOrEqualTo(1 << 16);
  }
}
