package io.github.courseport.export.views;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the grades for spreadsheets: {@code exports/grades.csv}, one row per course (even without
 * a grade, so a missing grade says why, and why its items may have no names), and {@code
 * exports/item-grades.csv}, one row per graded item, named from the course's outline, with an
 * instructor's override and its explanation. Both are RFC 4180 (comma separated, CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled), UTF-8, without a byte-order
 * mark unless asked for one (some spreadsheets read UTF-8 right only with it), with one header row.
 * Grades are numbers in percent (0 to 100, a point as decimal separator, no {@code %} sign), so
 * they sort and sum as numbers. Text cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) get a leading apostrophe; the record files keep the
 * exact values.
 */
public final class GradesCsvRenderer implements RecordRenderer {
  /** The course grades, relative to {@code data/}. */
  public static final String PATH = "exports/grades.csv";

  /** The item grades, relative to {@code data/}. */
  public static final String ITEMS_PATH = "exports/item-grades.csv";

  /** The header of {@link #PATH}, in column order. */
  public static final List<String> COLUMNS =
      List.of(
          "course_id",
          "course_name",
          "course_slug",
          "course_type",
          "passing_state",
          "grade_percent",
          "passed_items",
          "passable_items",
          "verified_grade_percent",
          "verified_passed_items",
          "graded_at",
          "grades_status",
          "grades_reason",
          "outline_status",
          "outline_reason");

  /** The header of {@link #ITEMS_PATH}, in column order. */
  public static final List<String> ITEM_COLUMNS =
      List.of(
          "course_id",
          "course_name",
          "item_id",
          "item_state",
          "grade_percent",
          "graded_at",
          "item_name",
          "item_type",
          "item_kind",
          "module_id",
          "module_name",
          "passed",
          "override_grade_percent",
          "override_passed",
          "override_explanation",
          "overridden_at",
          "dropped");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  // Quote only where RFC 4180 needs it (comma, quote, CR, LF), not every value with a space.
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._~-]+");

  private final boolean byteOrderMark;

  /** The renderer the archive finds with ServiceLoader: files without a byte-order mark. */
  public GradesCsvRenderer() {
    this(false);
  }

  /**
   * A renderer whose files start with a UTF-8 byte-order mark, or not.
   *
   * @param byteOrderMark start each file with EF BB BF ({@code --csv-bom})
   */
  public GradesCsvRenderer(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  @Override
  public String name() {
    return "grades-csv";
  }

  @Override
  public String description() {
    return "exports/grades.csv and item-grades.csv: grades in percent (RFC 4180)";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (OutputStream courseOut = open(target, PATH);
        OutputStream itemOut = open(target, ITEMS_PATH);
        SequenceWriter courses = CSV.writer(schema).writeValues(courseOut);
        SequenceWriter items = CSV.writer(schema).writeValues(itemOut)) {
      courses.write(COLUMNS.toArray(new String[0]));
      items.write(ITEM_COLUMNS.toArray(new String[0]));
      for (CourseRecord course : record.courses()) {
        courses.write(courseRow(course));
        for (String[] row : itemRows(course)) {
          items.write(row);
        }
      }
    }
  }

  private OutputStream open(RenderTarget target, String path) throws IOException {
    OutputStream out = new BufferedOutputStream(target.open(path), 1 << 16);
    if (byteOrderMark) {
      out.write(BOM);
    }
    return out;
  }

  private static @Nullable CourseGrade grade(CourseRecord record) {
    Outcome<CourseGrade> outcome = record.families().get(CourseFamily.GRADES);
    return outcome == null ? null : outcome.found().orElse(null);
  }

  private static String gradedAt(@Nullable CourseGrade grade) {
    return grade == null || grade.timestamp() == null ? "" : grade.timestamp().toString();
  }

  private static String[] courseRow(CourseRecord record) {
    Course course = record.course().found().orElse(null);
    CourseGrade grade = grade(record);
    Double verified = grade == null ? null : Views.verifiedGrade(grade);
    Integer verifiedPassed = grade == null ? null : Views.verifiedPassedItems(grade);
    Integer passed = grade == null ? null : grade.passedItems().orElse(null);
    Outcome<CourseOutline> outline = record.families().get(CourseFamily.OUTLINE);
    return new String[] {
      text(record.id().value()),
      text(course == null ? "" : course.name()),
      text(course == null ? "" : course.slug()),
      record.isSessionBased() ? "v1.session" : "v2.ondemand",
      text(grade == null ? null : grade.passingState()),
      grade == null ? "" : grade.grade().map(Views::percentNumber).orElse(""),
      passed == null ? "" : Integer.toString(passed),
      grade == null || grade.passableItemsCount() == null
          ? ""
          : Integer.toString(grade.passableItemsCount()),
      verified == null ? "" : Views.percentNumber(verified),
      verifiedPassed == null ? "" : Integer.toString(verifiedPassed),
      gradedAt(grade),
      status(record.families().get(CourseFamily.GRADES)),
      text(reason(record.families().get(CourseFamily.GRADES))),
      status(outline),
      text(reason(outline))
    };
  }

  private static String status(@Nullable Outcome<?> outcome) {
    return outcome == null ? "not asked" : outcome.status().name().toLowerCase(Locale.ROOT);
  }

  private static String reason(@Nullable Outcome<?> outcome) {
    return outcome == null ? "" : outcome.reason();
  }

  private static List<String[]> itemRows(CourseRecord record) {
    CourseGrade grade = grade(record);
    if (grade == null || grade.itemGrades().isEmpty()) {
      return List.of();
    }
    Course course = record.course().found().orElse(null);
    String id = text(record.id().value());
    String name = text(course == null ? "" : course.name());
    String gradedAt = gradedAt(grade);
    OutlineIndex names = OutlineIndex.of(record);
    Set<ItemId> dropped = new HashSet<>();
    grade.assignmentGroups().forEach(g -> dropped.addAll(g.droppedItemIds()));
    List<String[]> rows = new java.util.ArrayList<>();
    for (Map.Entry<ItemId, ItemGrade> e : grade.itemGrades().entrySet()) {
      ItemGrade item = e.getValue();
      OutlineItem outlined = names.itemOf(e.getKey());
      OutlineModule module = names.moduleOf(e.getKey());
      GradeOverride o = item.override();
      rows.add(
          new String[] {
            id,
            name,
            text(e.getKey().value()),
            text(item.state()),
            item.grade() == null ? "" : Views.percentNumber(item.grade()),
            gradedAt,
            text(outlined == null ? null : outlined.name()),
            text(outlined == null ? null : outlined.typeName()),
            outlined == null ? "" : outlined.kind().noun(),
            text(module == null ? null : module.id().value()),
            text(module == null ? null : module.name()),
            bool(Views.itemPassed(item)),
            o == null || o.grade() == null ? "" : Views.percentNumber(o.grade()),
            bool(o == null ? null : o.passed()),
            text(o == null ? null : o.explanation()),
            o == null || o.overriddenAt() == null ? "" : o.overriddenAt().toString(),
            dropped.contains(e.getKey()) ? "true" : ""
          });
    }
    return rows;
  }

  private static String bool(@Nullable Boolean b) {
    return b == null ? "" : b.toString();
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
