package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradesCsvRendererTest {
  /** Reads the CSV back with a strict RFC 4180 reader: header, then rows by column name. */
  static List<Map<String, String>> parse(byte[] csv) throws IOException {
    CsvMapper mapper =
        CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true))
            .readValues(csv)) {
      while (it.hasNext()) {
        rows.add(new LinkedHashMap<>(it.next()));
      }
    }
    return rows;
  }

  static byte[] render(SampleRecords.Exported record) {
    return MemoryTarget.render(new GradesCsvRenderer(), record).bytes(GradesCsvRenderer.PATH);
  }

  static byte[] renderItems(SampleRecords.Exported record) {
    return MemoryTarget.render(new GradesCsvRenderer(), record).bytes(GradesCsvRenderer.ITEMS_PATH);
  }

  @Test
  void hasTheHeaderAndOneRowPerCourse() throws IOException {
    byte[] csv = render(SampleRecords.demo());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith(String.join(",", GradesCsvRenderer.COLUMNS) + "\r\n");
    assertThat(text).endsWith("\r\n").doesNotStartWith("\uFEFF");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    // quoted only where RFC 4180 needs it
    assertThat(text)
        .contains(
            "\r\nGtv4Xb1-EeS-ViIACwYKVQ,Machine Learning,machine-learning,v2.ondemand,passed,");

    List<Map<String, String>> rows = parse(csv);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(GradesCsvRenderer.COLUMNS);
    assertThat(rows)
        .extracting(r -> r.get("course_name"))
        .containsExactly(
            "Machine Learning",
            "The Data Scientist's Toolbox",
            "The Modern and the Postmodern (Part 2)",
            "Neural Networks for Machine Learning");

    Map<String, String> ml = rows.get(0);
    assertThat(ml)
        .containsEntry("course_id", "Gtv4Xb1-EeS-ViIACwYKVQ")
        .containsEntry("course_type", "v2.ondemand")
        .containsEntry("passing_state", "passed")
        .containsEntry("grade_percent", "97.5")
        .containsEntry("passed_items", "8")
        .containsEntry("passable_items", "8")
        .containsEntry("verified_grade_percent", "97.5")
        .containsEntry("graded_at", "2015-12-02T08:00:00Z")
        .containsEntry("grades_status", "found")
        .containsEntry("grades_reason", "");

    Map<String, String> failed = rows.get(1);
    assertThat(failed)
        .containsEntry("course_slug", "data-scientists-tools")
        .containsEntry("grades_status", "failed")
        .containsEntry("grades_reason", "HTTP 503 from the server after 3 tries")
        .containsEntry("grade_percent", "");

    assertThat(rows.get(2)).containsEntry("grade_percent", "26");
    assertThat(rows.get(3))
        .containsEntry("course_id", "v1-77")
        .containsEntry("course_type", "v1.session")
        .containsEntry("grades_status", "not asked");
  }

  @Test
  void itemGradesHaveATableOfTheirOwn() throws IOException {
    byte[] csv = renderItems(SampleRecords.demo());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith(String.join(",", GradesCsvRenderer.ITEM_COLUMNS) + "\r\n");
    List<Map<String, String>> rows = parse(csv);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(GradesCsvRenderer.ITEM_COLUMNS);
    assertThat(rows)
        .extracting(
            r ->
                r.get("course_id")
                    + " "
                    + r.get("item_id")
                    + " "
                    + r.get("grade_percent")
                    + " "
                    + r.get("item_state"))
        .containsExactly(
            "Gtv4Xb1-EeS-ViIACwYKVQ ex8 100 passed",
            "s5sEkwAHEeW9ISIACxWDhA essay1  pending",
            "s5sEkwAHEeW9ISIACxWDhA quiz1 90 passed",
            "s5sEkwAHEeW9ISIACxWDhA quiz2 40 notPassed");
    assertThat(rows.get(1))
        .containsEntry("course_name", "The Modern and the Postmodern (Part 2)")
        .containsEntry("graded_at", "2016-03-12T09:20:00Z");
  }

  @Test
  void percentagesAreExactNumbers() {
    assertThat(Views.percentNumber(0.975)).isEqualTo("97.5");
    assertThat(Views.percentNumber(0.95)).isEqualTo("95");
    assertThat(Views.percentNumber(1.0)).isEqualTo("100");
    assertThat(Views.percentNumber(0)).isEqualTo("0");
    assertThat(Views.percentNumber(0.123456)).isEqualTo("12.3456");
    assertThat(Views.percentNumber(0.07)).isEqualTo("7");
  }

  @Test
  void aByteOrderMarkOnlyWhenAskedFor() {
    for (String path : List.of(GradesCsvRenderer.PATH, GradesCsvRenderer.ITEMS_PATH)) {
      byte[] plain = MemoryTarget.render(new GradesCsvRenderer(), SampleRecords.demo()).bytes(path);
      byte[] marked =
          MemoryTarget.render(new GradesCsvRenderer(true), SampleRecords.demo()).bytes(path);
      assertThat(plain[0]).isEqualTo((byte) 'c');
      assertThat(java.util.Arrays.copyOf(marked, 3))
          .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      assertThat(java.util.Arrays.copyOfRange(marked, 3, marked.length)).isEqualTo(plain);
    }
  }

  @Test
  void hostileTextSurvivesTheRoundTripAndFormulasAreDefused() throws IOException {
    byte[] csv = render(SampleRecords.hostile());
    byte[] items = renderItems(SampleRecords.hostile());
    assertThat(new String(items, StandardCharsets.UTF_8))
        .contains(",\"q,1 \"\"x\"\";\",")
        .contains("\"\"\"quoted\"\", comma; semi\\colon\r\nnew line");
    List<Map<String, String>> rows = parse(csv);
    Map<String, String> first =
        rows.stream()
            .filter(r -> r.get("course_id").equals("hostile-<course>&\"id\""))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("course_name")).isEqualTo(SampleRecords.XSS_IMG);
    assertThat(first.get("course_slug")).isEqualTo("slug/../<x>?a=b#c d");
    assertThat(first.get("passing_state")).isEqualTo("<i>passed</i>");
    Map<String, String> item = parse(items).get(0);
    assertThat(item.get("item_id")).isEqualTo("q,1 \"x\";");
    // quotes, commas, semicolons, CR LF, unicode and control characters come back unchanged
    assertThat(item.get("item_state")).isEqualTo(SampleRecords.HOSTILE);
    assertThat(item.get("course_name")).isEqualTo(SampleRecords.XSS_IMG);

    Map<String, String> formula =
        rows.stream()
            .filter(r -> r.get("course_id").equals("'=HYPERLINK(\"x\");ab,c"))
            .findFirst()
            .orElseThrow();
    assertThat(formula.get("course_name")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(formula.get("grade_percent")).isEqualTo("100");

    Map<String, String> unknown =
        rows.stream()
            .filter(r -> r.get("course_id").equals("zz-unknown"))
            .findFirst()
            .orElseThrow();
    assertThat(unknown)
        .containsEntry("course_name", "")
        .containsEntry("grades_status", "unavailable")
        .containsEntry("grades_reason", "gone");
  }

  @Test
  void itemsAreNamedFromTheOutlineWithTodaysGradesAndOverrides() throws IOException {
    List<Map<String, String>> courses = parse(render(SampleRecords.today()));
    Map<String, String> swift = courses.get(0);
    assertThat(swift)
        .containsEntry("course_id", SampleRecords.SWIFT.value())
        .containsEntry("grade_percent", "95") // today's route: overallGrade, not overallOutcome
        .containsEntry("passed_items", "2") // the core track's count
        .containsEntry("verified_grade_percent", "90")
        .containsEntry("verified_passed_items", "1")
        .containsEntry("graded_at", "")
        .containsEntry("outline_status", "found")
        .containsEntry("outline_reason", "");
    assertThat(courses.get(1))
        .containsEntry("course_id", SampleRecords.RETIRED.value())
        .containsEntry("outline_status", "unavailable")
        .containsEntry("outline_reason", SampleRecords.OUTLINE_GONE);

    List<Map<String, String>> items = parse(renderItems(SampleRecords.today()));
    assertThat(items.get(0).keySet()).containsExactlyElementsOf(GradesCsvRenderer.ITEM_COLUMNS);
    assertThat(items.get(0))
        .containsEntry("item_id", "qZ2bb")
        .containsEntry("item_name", "Control flow quiz")
        .containsEntry("item_type", "quiz")
        .containsEntry("item_kind", "quiz")
        .containsEntry("module_id", "Tq7Ws")
        .containsEntry("module_name", "Week 2: Control Flow")
        .containsEntry("grade_percent", "90") // the grade as computed; the override apart
        .containsEntry("passed", "true")
        .containsEntry("override_grade_percent", "95")
        .containsEntry("override_passed", "true")
        .containsEntry("override_explanation", SampleRecords.OVERRIDE_EXPLANATION)
        .containsEntry("overridden_at", "2015-11-18T00:00:00Z")
        .containsEntry("dropped", "");
    assertThat(items.get(1))
        .containsEntry("item_name", "Programming assignment: a bank account")
        .containsEntry("item_type", "gradedProgramming")
        .containsEntry("item_kind", "programming assignment")
        .containsEntry("passed", "false")
        .containsEntry("override_grade_percent", "");

    // without an outline the names are empty and grades.csv says why
    Map<String, String> demoItem =
        parse(renderItems(SampleRecords.demo())).stream()
            .filter(r -> r.get("item_id").equals("ex8"))
            .findFirst()
            .orElseThrow();
    assertThat(demoItem).containsEntry("item_name", "").containsEntry("module_name", "");
    assertThat(parse(render(SampleRecords.demo())))
        .filteredOn(r -> r.get("course_id").equals(SampleRecords.MACHINE_LEARNING.value()))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("outline_status", "not asked"));
  }

  @Test
  void hostileOutlineNamesAreDefusedAndKeptWhole() throws IOException {
    List<Map<String, String>> items = parse(renderItems(SampleRecords.hostile()));
    Map<String, String> item = items.get(0);
    assertThat(item.get("item_name")).isEqualTo("'=HYPERLINK(\"http://evil.invalid\")");
    assertThat(item.get("module_name")).isEqualTo(SampleRecords.HOSTILE_MODULE);
    assertThat(item.get("override_explanation")).endsWith(SampleRecords.HOSTILE);
  }

  @Test
  void onlyCellsThatCouldRunAsFormulasAreTouched() {
    assertThat(GradesCsvRenderer.text("=1+1")).isEqualTo("'=1+1");
    assertThat(GradesCsvRenderer.text("+1")).isEqualTo("'+1");
    assertThat(GradesCsvRenderer.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(GradesCsvRenderer.text("-2+3+cmd|' /C calc'!A0"))
        .isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(GradesCsvRenderer.text("\tx")).isEqualTo("'\tx");
    assertThat(GradesCsvRenderer.text("-ajvNEeXEeWSIg6yKjoojw"))
        .isEqualTo("-ajvNEeXEeWSIg6yKjoojw");
    assertThat(GradesCsvRenderer.text("a=b")).isEqualTo("a=b");
    assertThat(GradesCsvRenderer.text(null)).isEmpty();
  }

  @Test
  void anEmptyRecordHasOnlyTheHeaders() throws IOException {
    byte[] csv = render(SampleRecords.empty());
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(String.join(",", GradesCsvRenderer.COLUMNS) + "\r\n");
    assertThat(parse(csv)).isEmpty();
    assertThat(new String(renderItems(SampleRecords.empty()), StandardCharsets.UTF_8))
        .isEqualTo(String.join(",", GradesCsvRenderer.ITEM_COLUMNS) + "\r\n");
  }
}
