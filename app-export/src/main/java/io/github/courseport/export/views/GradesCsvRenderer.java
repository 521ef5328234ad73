package io.github.courseport.export.views;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code exports/grades.csv}: RFC 4180 (comma separated, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled, UTF-8 without a byte-order mark), one header
 * row, one row per course (even without a grade, so a missing grade says why) and one per graded
 * item. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) get a leading apostrophe; the record files keep the exact values.
 */
public final class GradesCsvRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "exports/grades.csv";

  /** The header, in column order. */
  public static final List<String> COLUMNS =
      List.of(
          "course_id",
          "course_name",
          "course_slug",
          "course_type",
          "row_type",
          "item_id",
          "passing_state",
          "grade",
          "passed_items",
          "passable_items",
          "verified_grade",
          "verified_passed_items",
          "item_state",
          "graded_at",
          "grades_status",
          "grades_reason");

  // Quote only where RFC 4180 needs it (comma, quote, CR, LF), not every value with a space.
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._~-]+");

  public GradesCsvRenderer() {}

  @Override
  public String name() {
    return "grades-csv";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (OutputStream out = new BufferedOutputStream(target.open(PATH), 1 << 16);
        SequenceWriter rows = CSV.writer(schema).writeValues(out)) {
      rows.write(COLUMNS.toArray(new String[0]));
      for (CourseRecord course : record.courses()) {
        for (String[] row : rows(course)) {
          rows.write(row);
        }
      }
    }
  }

  private static List<String[]> rows(CourseRecord record) {
    Course course = record.course().found().orElse(null);
    String id = record.id().value();
    String name = course == null ? "" : course.name();
    String slug = course == null ? "" : course.slug();
    String type = record.isSessionBased() ? "v1.session" : "v2.ondemand";
    Outcome<CourseGrade> outcome = record.families().get(CourseFamily.GRADES);
    String status =
        outcome == null ? "not asked" : outcome.status().name().toLowerCase(Locale.ROOT);
    String reason = outcome == null ? "" : outcome.reason();
    CourseGrade grade = outcome == null ? null : outcome.found().orElse(null);
    List<String[]> rows = new java.util.ArrayList<>();
    GradeOutcome overall = grade == null ? null : grade.overallOutcome();
    GradeOutcome verified = grade == null ? null : grade.verifiedOutcome();
    String gradedAt =
        grade == null || grade.timestamp() == null ? "" : grade.timestamp().toString();
    rows.add(
        row(
            id,
            name,
            slug,
            type,
            "course",
            "",
            grade == null ? null : grade.passingState(),
            overall == null ? "" : Views.decimal(overall.courseGrade()),
            overall == null ? "" : Integer.toString(overall.passedItemsCount()),
            grade == null || grade.passableItemsCount() == null
                ? ""
                : Integer.toString(grade.passableItemsCount()),
            verified == null ? "" : Views.decimal(verified.courseGrade()),
            verified == null ? "" : Integer.toString(verified.passedItemsCount()),
            null,
            gradedAt,
            status,
            reason));
    if (grade != null) {
      for (Map.Entry<ItemId, ItemGrade> e : grade.itemGrades().entrySet()) {
        ItemGrade item = e.getValue();
        rows.add(
            row(
                id,
                name,
                slug,
                type,
                "item",
                e.getKey().value(),
                null,
                item.grade() == null ? "" : Views.decimal(item.grade()),
                "",
                "",
                "",
                "",
                item.state(),
                gradedAt,
                status,
                ""));
      }
    }
    return rows;
  }

  private static String[] row(
      String courseId,
      String name,
      String slug,
      String type,
      String rowType,
      String itemId,
      @Nullable String passingState,
      String grade,
      String passed,
      String passable,
      String verifiedGrade,
      String verifiedPassed,
      @Nullable String itemState,
      String gradedAt,
      String status,
      String reason) {
    return new String[] {
      text(courseId),
      text(name),
      text(slug),
      type,
      rowType,
      text(itemId),
      text(passingState),
      grade,
      passed,
      passable,
      verifiedGrade,
      verifiedPassed,
      text(itemState),
      gradedAt,
      status,
      text(reason)
    };
  }

  /**
   * A server string as a cell: a value that a spreadsheet would evaluate as a formula gets a
   * leading apostrophe (OWASP's advice against CSV injection). Ids such as {@code -ajvNEeXEeW} stay
   * as they are: a value of only letters, digits and {@code - _ . ~} cannot call anything.
   */
  static String text(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return trigger && !SAFE_ID.matcher(value).matches() ? "'" + value : value;
  }
}
