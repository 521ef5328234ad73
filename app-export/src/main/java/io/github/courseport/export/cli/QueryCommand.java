package io.github.courseport.export.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.archive.VerifiedPayload;
import io.github.courseport.export.views.NamedQueries;
import io.github.courseport.export.views.RecordDatabaseRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code courseport query}: one read-only SQL statement against an archive's database. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs one read-only SQL statement against an archive's database.",
      "",
      "The database is data/exports/record.sqlite, in a folder or a .zip (only that file is"
          + " unpacked); it is checked against the archive's manifest first. Its tables are"
          + " described in docs/archive-format.md and in the archive itself:",
      "  courseport query ARCHIVE \"SELECT * FROM readme\"",
      "",
      "Named queries (courseport query --list shows their SQL):",
      "  courseport query my-coursera grades             your grade in every course",
      "  courseport query my-coursera deadlines          every deadline, done, missed or upcoming",
      "  courseport query my-coursera deadlines --missed the deadlines you missed",
      "  courseport query my-coursera unfinished         courses you started and never finished",
      "  courseport query my-coursera items              every item of your courses, by name",
      "",
      "Or your own:",
      "  courseport query my-coursera.zip \"SELECT name, joined_utc FROM course ORDER BY 2\"",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the statement ran (its rows, if any, are printed)",
      "1:an unexpected error",
      "2:a bad statement, a statement that would write, or a bad option",
      "4:the archive cannot be used: missing, not a Courseport archive, without a database, or"
          + " failing verification"
    })
public final class QueryCommand implements Callable<Integer> {
  /** The archive is missing, not a bag, has no database, or fails its checksums. */
  static final int ARCHIVE_UNUSABLE = 4;

  private static final Pattern SQLITE_MESSAGE =
      Pattern.compile("^\\[SQLITE_\\w+\\][^(]*\\((.*)\\)$");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ARCHIVE",
      description = "The archive: a folder or a .zip file.")
  @Nullable Path archive;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "QUERY",
      description =
          "One SQL statement, or the name of a named query (grades, deadlines, unfinished,"
              + " items).")
  @Nullable String query;

  @Option(
      names = "--format",
      paramLabel = "table|csv|json",
      description =
          "table (aligned columns), csv (RFC 4180) or json (an array of objects). Default: table"
              + " on a terminal, csv otherwise.")
  @Nullable String format;

  @Option(names = "--missed", description = "With deadlines: only the deadlines you missed.")
  boolean missed;

  @Option(names = "--list", description = "Print the named queries with their SQL, and exit.")
  boolean list;

  private final boolean terminal;

  /** A command that prints tables when standard output is a terminal. */
  public QueryCommand() {
    this(terminal());
  }

  /**
   * Whether standard input and output are a terminal. Up to JDK 21 that is what a non-null {@code
   * System.console()} means; from JDK 22 on the console exists anyway, and {@code isTerminal()}
   * (looked up by name, as this code is compiled for 17) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() where the JDK has it
  static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object answer = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(answer);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only on a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  QueryCommand(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return run(out);
    } catch (Problem p) {
      return fail(p.code, String.valueOf(p.getMessage()));
    } catch (ArchiveException e) {
      return fail(
          ARCHIVE_UNUSABLE,
          e.reason() == ArchiveException.Reason.FAILS_VERIFICATION
              ? e.userMessage() + " (run courseport verify " + e.path() + ")"
              : e.userMessage());
    } catch (IOException | RuntimeException e) {
      return fail(
          ExitCodes.UNEXPECTED,
          "unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      out.flush();
    }
  }

  private int run(PrintWriter out) throws IOException {
    if (list) {
      for (NamedQueries.NamedQuery q : NamedQueries.all()) {
        out.println(q.invocation());
        out.println("  " + q.description());
        out.println();
        for (String line : q.sql().split("\n", -1)) {
          out.println("    " + line);
        }
        out.println();
      }
      return 0;
    }
    String output = format == null ? (terminal ? "table" : "csv") : format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "csv", "json").contains(output)) {
      throw new Problem(ExitCodes.USAGE, "--format must be table, csv or json, not " + format);
    }
    if (archive == null || query == null) {
      throw new Problem(
          ExitCodes.USAGE,
          "give an archive and a statement or a named query, e.g. courseport query my-coursera"
              + " grades (courseport query --list shows the named ones)");
    }
    String sql = statement(query);
    try (VerifiedPayload db =
        VerifiedPayload.open(
            archive,
            BagLayout.DATA + "/" + RecordDatabaseRenderer.PATH,
            "has no query database (data/"
                + RecordDatabaseRenderer.PATH
                + "): it was exported by an older Courseport, or the view failed (see"
                + " data/record/completeness.json)")) {
      return execute(db.file(), sql, output, out);
    }
  }

  /** The SQL to run: a named query's, or the text itself when it is one statement. */
  private String statement(String text) {
    String name = text.strip();
    if (NamedQueries.isName(name)) {
      return NamedQueries.find(name, missed)
          .orElseThrow(
              () -> new Problem(ExitCodes.USAGE, "--missed goes with deadlines only, not " + name))
          .sql();
    }
    if (missed) {
      throw new Problem(ExitCodes.USAGE, "--missed goes with the named query deadlines only");
    }
    try {
      return SqlText.single(text)
          .orElseThrow(() -> new Problem(ExitCodes.USAGE, "the statement is empty"));
    } catch (IllegalArgumentException e) {
      throw new Problem(ExitCodes.USAGE, String.valueOf(e.getMessage()));
    }
  }

  private int execute(Path file, String sql, String output, PrintWriter out) throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    // immutable: SQLite takes no lock and writes nothing beside the file (no journal, no -shm)
    String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
    try (Connection c = config.createConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA query_only = 1");
      }
      try (PreparedStatement p = c.prepareStatement(sql)) {
        if (!p.execute()) {
          return 0;
        }
        try (ResultSet rows = p.getResultSet()) {
          switch (output) {
            case "json" -> json(rows, out);
            case "table" -> table(rows, out);
            default -> csv(rows, out);
          }
        }
      }
      return 0;
    } catch (SQLException e) {
      boolean write =
          e.getErrorCode() == SQLiteErrorCode.SQLITE_READONLY.code
              || String.valueOf(e.getMessage()).contains("readonly");
      throw new Problem(
          ExitCodes.USAGE,
          write
              ? "courseport query only reads: this statement would change the database ("
                  + sqliteMessage(e)
                  + ")"
              : "bad statement: " + sqliteMessage(e));
    }
  }

  /** SQLite's own words, without the driver's prefix. */
  private static String sqliteMessage(SQLException e) {
    String m = String.valueOf(e.getMessage()).strip();
    Matcher matcher = SQLITE_MESSAGE.matcher(m);
    return matcher.matches() ? matcher.group(1) : m;
  }

  // ---- output ----

  private static String[] labels(ResultSetMetaData meta) throws SQLException {
    String[] labels = new String[meta.getColumnCount()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = meta.getColumnLabel(i + 1);
    }
    return labels;
  }

  /** A value as text: whole numbers and reals plainly (no exponent), blobs in base64. */
  private static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : d.toString();
    }
    if (value instanceof Float f) {
      return text(f.doubleValue());
    }
    if (value instanceof byte[] b) {
      return Base64.getEncoder().encodeToString(b);
    }
    return value.toString();
  }

  /** RFC 4180: comma separated, CRLF line ends, fields quoted when they need it. */
  private static void csv(ResultSet rows, PrintWriter out) throws SQLException {
    String[] labels = labels(rows.getMetaData());
    csvLine(out, java.util.Arrays.asList(labels));
    List<@Nullable String> line = new ArrayList<>();
    while (rows.next()) {
      line.clear();
      for (int i = 1; i <= labels.length; i++) {
        line.add(text(rows.getObject(i)));
      }
      csvLine(out, line);
    }
  }

  private static void csvLine(PrintWriter out, List<@Nullable String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields.get(i);
      if (f == null) {
        continue;
      }
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    out.print(b.append("\r\n"));
  }

  /** An array of objects, one per row and line, keys in column order; one row in memory. */
  private static void json(ResultSet rows, PrintWriter out) throws SQLException, IOException {
    String[] labels = labels(rows.getMetaData());
    JsonFactory factory = new JsonFactory();
    out.print("[");
    boolean first = true;
    java.io.StringWriter row = new java.io.StringWriter();
    while (rows.next()) {
      row.getBuffer().setLength(0);
      try (JsonGenerator g = factory.createGenerator(row)) {
        g.writeStartObject();
        for (int i = 1; i <= labels.length; i++) {
          g.writeFieldName(labels[i - 1]);
          Object v = rows.getObject(i);
          if (v == null) {
            g.writeNull();
          } else if (v instanceof Integer n) {
            g.writeNumber(n);
          } else if (v instanceof Long n) {
            g.writeNumber(n);
          } else if (v instanceof Double d && Double.isFinite(d)) {
            g.writeNumber(d);
          } else if (v instanceof byte[] b) {
            g.writeBinary(b);
          } else {
            g.writeString(String.valueOf(text(v)));
          }
        }
        g.writeEndObject();
      }
      out.print(first ? "\n  " : ",\n  ");
      out.print(row);
      first = false;
    }
    out.print(first ? "]\n" : "\n]\n");
  }

  /**
   * Aligned columns for a person at a terminal: numbers right, text left, control characters shown
   * as {@code ?} (a server string could otherwise move the cursor or recolour the screen). The rows
   * are held until their widths are known; for large results use csv or json.
   */
  private static void table(ResultSet rows, PrintWriter out) throws SQLException {
    String[] labels = labels(rows.getMetaData());
    int[] widths = new int[labels.length];
    boolean[] numeric = new boolean[labels.length];
    java.util.Arrays.fill(numeric, true);
    List<String[]> cells = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = printable(labels[i]);
      widths[i] = width(labels[i]);
    }
    boolean[] seen = new boolean[labels.length];
    while (rows.next()) {
      String[] row = new String[labels.length];
      for (int i = 0; i < labels.length; i++) {
        Object v = rows.getObject(i + 1);
        String t = text(v);
        row[i] = t == null ? "" : printable(t);
        if (v != null) {
          seen[i] = true;
          numeric[i] &= v instanceof Number;
        }
        widths[i] = Math.max(widths[i], width(row[i]));
      }
      cells.add(row);
    }
    for (int i = 0; i < labels.length; i++) {
      numeric[i] &= seen[i];
    }
    String[] rule = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    tableLine(out, labels, widths, new boolean[labels.length]);
    tableLine(out, rule, widths, new boolean[labels.length]);
    for (String[] row : cells) {
      tableLine(out, row, widths, numeric);
    }
    out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
  }

  private static void tableLine(PrintWriter out, String[] cells, int[] widths, boolean[] right) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      String pad = " ".repeat(widths[i] - width(cells[i]));
      if (right[i]) {
        b.append(pad).append(cells[i]);
      } else {
        b.append(cells[i]);
        if (i < cells.length - 1) {
          b.append(pad);
        }
      }
    }
    out.println(b);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The text with C0 and C1 control characters and DEL replaced by {@code ?}. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp ->
                b.appendCodePoint(
                    cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029
                        ? '?'
                        : cp));
    return b.toString();
  }

  private int fail(int code, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("courseport query: " + message.replace('\n', ' ').replace('\r', ' '));
    err.flush();
    return code;
  }

  /** A problem the user can fix, with its exit code. */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Problem(int code, String message) {
      super(message);
      this.code = code;
    }
  }
}
