package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RawResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query database as a file: same bytes for the same data, server text kept exactly. */
class RecordDatabaseRendererTest {
  @TempDir Path tmp;

  /** A record with raw responses, handed over in the given order. */
  private static ExportedRecord withRaw(SampleRecords.Exported record, List<RawResponse> raw) {
    return new ExportedRecord() {
      @Override
      public LearnerRecord learner() {
        return record.learner();
      }

      @Override
      public CompletenessReport report() {
        return record.report();
      }

      @Override
      public Iterable<CourseRecord> courses() {
        return record.courses();
      }

      @Override
      public Optional<CourseRecord> course(CourseId id) {
        return record.course(id);
      }

      @Override
      public Iterable<RawResponse> rawResponses() {
        return raw;
      }
    };
  }

  private static List<RawResponse> raw() {
    List<RawResponse> raw = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String sha = String.format("%064x", i * 7919L);
      raw.add(
          new RawResponse(
              "courses.v1",
              i % 2 == 0 ? "GET" : "BATCH",
              "/api/courses.v1?ids=c" + i,
              200,
              "application/json",
              100 + i,
              sha));
    }
    return raw;
  }

  private byte[] render(ExportedRecord record) {
    return MemoryTarget.render(new RecordDatabaseRenderer(), record)
        .bytes(RecordDatabaseRenderer.PATH);
  }

  @Test
  void theRawResponsesArrivalOrderDoesNotChangeABit() {
    List<RawResponse> inOrder = raw();
    List<RawResponse> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, new java.util.Random(42));
    byte[] a = render(withRaw(SampleRecords.demo(), inOrder));
    byte[] b = render(withRaw(SampleRecords.demo(), shuffled));
    assertThat(b).isEqualTo(a);
    assertThat(render(withRaw(SampleRecords.demo(), List.of()))).isNotEqualTo(a);
  }

  private Connection open(byte[] db) throws IOException, SQLException {
    Path file = Files.write(tmp.resolve("record.sqlite"), db);
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  @Test
  void serverTextIsKeptExactlyAsData() throws Exception {
    SampleRecords.Exported hostile = SampleRecords.hostile();
    List<String> names = new ArrayList<>();
    for (CourseRecord c : hostile.courseList()) {
      c.course().found().ifPresent(course -> names.add(course.name()));
    }
    try (Connection c = open(render(hostile));
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM course WHERE name IS NOT NULL")) {
      List<String> stored = new ArrayList<>();
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
      assertThat(stored).containsExactlyInAnyOrderElementsOf(names);
      assertThat(stored).anyMatch(n -> n.contains(SampleRecords.XSS_IMG));
    }
  }

  @Test
  void theSchemaVersionAndEveryTableAreThereWithTheirComments() throws Exception {
    try (Connection c = open(render(SampleRecords.demo()));
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        assertThat(r.getInt(1)).isEqualTo(RecordDatabaseSchema.VERSION);
      }
      for (RecordDatabaseSchema.Table t : RecordDatabaseSchema.TABLES) {
        try (ResultSet r =
            s.executeQuery("SELECT comment FROM readme WHERE name = '" + t.name() + "'")) {
          assertThat(r.next()).as(t.name()).isTrue();
          assertThat(r.getString(1)).isEqualTo(t.comment());
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM deadline WHERE deadline_local IS NULL"
                  + " OR deadline_local NOT LIKE '%+0_:00'")) {
        assertThat(r.getInt(1)).as("local times carry the learner's offset").isZero();
      }
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(String.join("|", row));
      }
    }
    return out;
  }

  @Test
  void modulesLessonsAndItemsAreNamedAndLinkedByForeignKeys() throws Exception {
    try (Connection c = open(render(SampleRecords.today()))) {
      assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
      assertThat(rows(c, "PRAGMA user_version")).containsExactly("1");
      assertThat(
              rows(
                  c,
                  "SELECT m.position, m.name, l.name, i.position, i.name, i.kind, i.type_name"
                      + " FROM item AS i JOIN lesson AS l USING (course_id, lesson_id)"
                      + " JOIN module AS m ON m.course_id = i.course_id"
                      + " AND m.module_id = l.module_id"
                      + " WHERE i.course_id = 'GdeNrll1EeSROyIACtiVvg'"
                      + " ORDER BY m.position, l.position, i.position"))
          .containsExactly(
              "0|Week 1: Values and Types|Getting started|0|Welcome to Swift|lecture|lecture",
              "0|Week 1: Values and Types|Getting started|1|Playgrounds|lab|ungradedLab",
              "1|Week 2: Control Flow|Decisions and loops|0|if, guard and switch|lecture|lecture",
              "1|Week 2: Control Flow|Decisions and loops|1|Control flow quiz|quiz|quiz",
              "2|Week 3: Optionals and Classes|Optionals|0|Programming assignment: a bank"
                  + " account|programming_assignment|gradedProgramming",
              "2|Week 3: Optionals and Classes|Optionals|1|null|other|",
              "2|Week 3: Optionals and Classes|Optionals|2|Hologram lecture|other"
                  + "|holographicLecture");
      // the module the retired route could not name keeps its row, without a name
      assertThat(
              rows(
                  c,
                  "SELECT module_id, name, progress_percent FROM module"
                      + " WHERE course_id = 'Rt7pQwUiEeWretiredRoute'"))
          .containsExactly("dv1Mo|null|50.0");
      assertThat(
              rows(
                  c,
                  "SELECT part, status, reason FROM course_part WHERE part = 'outline'"
                      + " AND course_id = 'Rt7pQwUiEeWretiredRoute'"))
          .containsExactly("outline|unavailable|" + SampleRecords.OUTLINE_GONE);
      // today's grades: the course grade, the override, tracks, groups and the dropped item
      assertThat(
              rows(
                  c,
                  "SELECT grade, passed_items, verified_grade, graded_utc FROM course_grade"
                      + " WHERE course_id = 'GdeNrll1EeSROyIACtiVvg'"))
          .containsExactly("0.95|2|0.9|null");
      assertThat(
              rows(
                  c,
                  "SELECT item_id, grade, passed, override_grade, override_passed,"
                      + " override_explanation, overridden_utc, overrider_id FROM item_grade"
                      + " WHERE course_id = 'GdeNrll1EeSROyIACtiVvg' ORDER BY item_id"))
          .containsExactly(
              "qZ2bb|0.9|1|0.95|1|"
                  + SampleRecords.OVERRIDE_EXPLANATION
                  + "|2015-11-18T00:00:00.000Z|1451227",
              "qZ4dd|0.4|0|null|null|null|null|null");
      assertThat(rows(c, "SELECT * FROM track_attainment"))
          .containsExactly("GdeNrll1EeSROyIACtiVvg|core|passed|2|1");
      assertThat(rows(c, "SELECT * FROM item_group_grade"))
          .containsExactly("GdeNrll1EeSROyIACtiVvg|labs|passed|1|0.8");
      assertThat(
              rows(
                  c,
                  "SELECT g.name, g.grade, i.name FROM assignment_group_grade AS g"
                      + " JOIN assignment_group_dropped_item USING (course_id, group_id)"
                      + " JOIN item AS i USING (course_id, item_id)"))
          .containsExactly("Graded assignments|0.975|if, guard and switch");
      // joined apart from listed; a specialization not joined says so
      assertThat(rows(c, "SELECT course_id, member FROM course ORDER BY course_id"))
          .containsExactly(
              "GdeNrll1EeSROyIACtiVvg|1", "Rt7pQwUiEeWretiredRoute|1", "Xk2mJq9TEeWkaQ7Hh3Tz4A|0");
      assertThat(
              rows(
                  c,
                  "SELECT specialization_id, role, joined FROM specialization_membership"
                      + " ORDER BY specialization_id"))
          .containsExactly(
              "-ajvNEeXEeWSIg6yKjoojw|LEARNER|1", "Zx9pLmQ2EeWbcD4kR7Ttqw|NOT_ENROLLED|0");
      // the named query items walks module, lesson and item in the course's order
      String items = NamedQueries.find("items", false).orElseThrow().sql();
      List<String> named = rows(c, items);
      // courses by name: Data Visualization's one item (no outline: no names), then Swift's
      assertThat(named.get(0)).startsWith("Data Visualization|null|null|null|null|Completed|");
      assertThat(named.get(4))
          .isEqualTo(
              "Introduction to Swift Programming|Week 2: Control Flow|Decisions and loops|Control"
                  + " flow quiz|quiz|Completed|95.0|"
                  + SampleRecords.OVERRIDE_EXPLANATION
                  + "|GdeNrll1EeSROyIACtiVvg|qZ2bb");
      assertThat(named).hasSize(8);
    }
  }

  @Test
  void hostileOutlineTextIsKeptExactlyAndTheKeysHold() throws Exception {
    try (Connection c = open(render(SampleRecords.hostile()))) {
      assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("SELECT name, description FROM module WHERE name IS NOT NULL")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo(SampleRecords.HOSTILE_MODULE);
        assertThat(r.getString(2)).isEqualTo(SampleRecords.HUGE);
      }
      assertThat(rows(c, "SELECT name FROM lesson")).containsExactly(SampleRecords.HOSTILE_LESSON);
    }
  }

  @Test
  void indexHtmlLinksTheDatabaseAndShowsEveryNamedQuerysSqlEscaped() {
    String html =
        MemoryTarget.render(new IndexHtmlRenderer(), SampleRecords.demo())
            .text(IndexHtmlRenderer.PATH);
    assertThat(html).contains("<a href=\"exports/record.sqlite\">");
    for (NamedQueries.NamedQuery q : NamedQueries.all()) {
      assertThat(html).contains(Html.escape(q.sql())).contains(Html.escape(q.invocation()));
    }
    assertThat(html).contains("d.deadline_utc &lt; strftime").doesNotContain("deadline_utc < ");
  }

  @Test
  void theArchiveFormatDocumentsEveryTable() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "archive-format.md"));
    for (RecordDatabaseSchema.Table t : RecordDatabaseSchema.TABLES) {
      assertThat(doc).as(t.name()).contains("`" + t.name() + "`");
    }
    for (NamedQueries.NamedQuery q : NamedQueries.all()) {
      assertThat(doc).contains(q.sql());
    }
  }
}
