package io.github.courseport.export.views;

import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Writes {@code exports/record.sqlite}: the record as an SQLite database, to query across courses
 * ("all my grades", "every deadline I missed") with {@code courseport query}, {@code sqlite3},
 * Datasette, pandas or DuckDB. The tables and what each column holds are in {@link
 * RecordDatabaseSchema} and, for any reader, in the database's own {@code readme} table.
 *
 * <p>The database is built in a temporary file (SQLite needs a file, a render target offers a
 * stream), one course at a time from the shared feed, then copied with {@code VACUUM INTO}: a fresh
 * file with every table and index in key order and no free pages. With a fixed page size, rows
 * inserted in the same order, raw responses keyed by what they are (not when they came) and no time
 * of writing anywhere, the same record gives the same bytes (with the same SQLite version, whose
 * number the file header carries).
 */
public final class RecordDatabaseRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "exports/record.sqlite";

  @Override
  public String name() {
    return "record-sqlite";
  }

  @Override
  public String description() {
    return "exports/record.sqlite: the record as one SQLite database (courseport query)";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    Path dir = Files.createTempDirectory("courseport-db-");
    try {
      Path built = dir.resolve("build.sqlite");
      Path vacuumed = dir.resolve("record.sqlite");
      SQLiteConfig config = new SQLiteConfig();
      config.setPageSize(RecordDatabaseSchema.PAGE_SIZE);
      config.setEncoding(SQLiteConfig.Encoding.UTF8);
      config.setJournalMode(SQLiteConfig.JournalMode.OFF); // a failed build is thrown away whole
      config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
      config.enforceForeignKeys(true); // a row without its parent is a bug: fail loudly
      try (Connection c = config.createConnection("jdbc:sqlite:" + built)) {
        new RecordDatabaseWriter(c).write(record);
        try (Statement s = c.createStatement()) {
          s.execute("VACUUM INTO '" + vacuumed.toString().replace("'", "''") + "'");
        }
      } catch (SQLException e) {
        throw new IOException("the query database could not be built: " + e.getMessage(), e);
      }
      try (OutputStream out = target.open(PATH)) {
        Files.copy(vacuumed, out);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
