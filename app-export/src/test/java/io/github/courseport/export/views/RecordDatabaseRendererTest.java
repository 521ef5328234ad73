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
