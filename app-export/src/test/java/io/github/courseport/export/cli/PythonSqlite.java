package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.export.json.RecordJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Python's sqlite3 module as an independent reader of the query database: it opens the file
 * read-only and reports its integrity and foreign-key checks, its version, tables, columns and row
 * counts. A missing python3 skips the test on a developer's machine and fails it under {@code
 * CI=true}, where {@code .ci/run} installs it.
 */
final class PythonSqlite {
  private static final String SCRIPT =
      """
      import json, pathlib, sqlite3, sys
      db = sqlite3.connect(pathlib.Path(sys.argv[1]).resolve().as_uri() + "?mode=ro", uri=True)
      tables = [r[0] for r in db.execute(
          "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
      print(json.dumps({
          "sqlite": sqlite3.sqlite_version,
          "integrity": [r[0] for r in db.execute("PRAGMA integrity_check")],
          "foreignKeyViolations": [list(r) for r in db.execute("PRAGMA foreign_key_check")],
          "foreignKeys": sum(len(db.execute('PRAGMA foreign_key_list("%s")' % t).fetchall())
                             for t in tables),
          "indexes": db.execute(
              "SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0],
          "userVersion": db.execute("PRAGMA user_version").fetchone()[0],
          "pageSize": db.execute("PRAGMA page_size").fetchone()[0],
          "freePages": db.execute("PRAGMA freelist_count").fetchone()[0],
          "counts": {t: db.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables},
          "columns": {t: [c[1] for c in db.execute('PRAGMA table_info("%s")' % t)]
                      for t in tables},
          "readme": [r[0] for r in db.execute("SELECT name FROM readme ORDER BY name")],
      }))
      """;

  private PythonSqlite() {}

  /** What Python's sqlite3 sees in the database file. */
  static JsonNode inspect(Path db, Path work) throws IOException, InterruptedException {
    Path python = python();
    Path script = Files.writeString(work.resolve("inspect.py"), SCRIPT);
    Path out = work.resolve("python.out");
    Path err = work.resolve("python.err");
    Process p =
        new ProcessBuilder(List.of(python.toString(), script.toString(), db.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("python3 did not finish in 120 s");
    }
    if (p.exitValue() != 0) {
      fail("python3 failed: " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return RecordJson.mapper().readTree(out.toFile());
  }

  private static Path python() throws IOException, InterruptedException {
    String path = System.getenv("PATH");
    Path found = null;
    for (String dir : (path == null ? "" : path).split(File.pathSeparator, -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "python3");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        found = candidate;
        break;
      }
    }
    boolean usable =
        found != null
            && new ProcessBuilder(found.toString(), "-c", "import sqlite3")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor()
                == 0;
    if (!usable || found == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail(
            "python3 with its sqlite3 module is missing, and CI=true requires it (.ci/run"
                + " installs it)");
      }
      assumeTrue(false, "python3 with sqlite3 is missing: test skipped (it runs under CI=true)");
    }
    return found;
  }
}
