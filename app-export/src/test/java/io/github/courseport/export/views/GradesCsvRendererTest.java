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

  @Test
  void hasTheHeaderAndOneRowPerCourseAndGradedItem() throws IOException {
    byte[] csv = render(SampleRecords.demo());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith(String.join(",", GradesCsvRenderer.COLUMNS) + "\r\n");
    assertThat(text).endsWith("\r\n").doesNotStartWith("\uFEFF");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    // quoted only where RFC 4180 needs it
    assertThat(text)
        .contains(
            "\r\nGtv4Xb1-EeS-ViIACwYKVQ,Machine Learning,machine-learning,v2.ondemand,course,");

    List<Map<String, String>> rows = parse(csv);
    assertThat(rows).hasSize(4 + 1 + 3);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(GradesCsvRenderer.COLUMNS);
    assertThat(rows.stream().filter(r -> r.get("row_type").equals("course")))
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
        .containsEntry("grade", "0.975")
        .containsEntry("passed_items", "8")
        .containsEntry("passable_items", "8")
        .containsEntry("verified_grade", "0.975")
        .containsEntry("graded_at", "2015-12-02T08:00:00Z")
        .containsEntry("grades_status", "found")
        .containsEntry("grades_reason", "");

    Map<String, String> failed = rows.get(2);
    assertThat(failed)
        .containsEntry("course_slug", "data-scientists-tools")
        .containsEntry("grades_status", "failed")
        .containsEntry("grades_reason", "HTTP 503 from the server after 3 tries")
        .containsEntry("grade", "");

    assertThat(rows.subList(3, 7))
        .extracting(r -> r.get("row_type") + " " + r.get("item_id") + " " + r.get("grade"))
        .containsExactly("course  0.26", "item essay1 ", "item quiz1 0.9", "item quiz2 0.4");
    assertThat(rows.get(6)).containsEntry("item_state", "notPassed");

    assertThat(rows.get(7))
        .containsEntry("course_id", "v1-77")
        .containsEntry("course_type", "v1.session")
        .containsEntry("grades_status", "not asked");
  }

  @Test
  void hostileTextSurvivesTheRoundTripAndFormulasAreDefused() throws IOException {
    byte[] csv = render(SampleRecords.hostile());
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains(",item,\"q,1 \"\"x\"\";\",")
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
    Map<String, String> item =
        rows.stream().filter(r -> r.get("row_type").equals("item")).findFirst().orElseThrow();
    assertThat(item.get("item_id")).isEqualTo("q,1 \"x\";");
    // quotes, commas, semicolons, CR LF, unicode and control characters come back unchanged
    assertThat(item.get("item_state")).isEqualTo(SampleRecords.HOSTILE);

    Map<String, String> formula =
        rows.stream()
            .filter(r -> r.get("course_id").equals("'=HYPERLINK(\"x\");ab,c"))
            .findFirst()
            .orElseThrow();
    assertThat(formula.get("course_name")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(formula.get("grade")).isEqualTo("1");

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
  void anEmptyRecordHasOnlyTheHeader() throws IOException {
    byte[] csv = render(SampleRecords.empty());
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(String.join(",", GradesCsvRenderer.COLUMNS) + "\r\n");
    assertThat(parse(csv)).isEmpty();
  }
}
