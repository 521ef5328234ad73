package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import io.github.courseport.export.views.NamedQueries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query view end to end: archives written by the real command (the demo over HTTP, and a
 * synthetic learner from the fake Coursera server over http and over batch), the database read by
 * Python's sqlite3 and by {@code courseport query}, and every number checked against the record
 * files of the same archive.
 */
class QueryCommandTest {
  private static final String DB = "data/exports/record.sqlite";
  private static final String COOKIE = "query-test-cookie";

  @TempDir static Path tmp;
  static Path demo;
  static Path http;
  static Path httpAgain;
  static Path batch;

  @BeforeAll
  static void export() {
    demo = tmp.resolve("demo");
    // The 2015 era: the demo's session-based courses are listed there (today's API retired them).
    Cli d = Cli.run("export", "--demo", "--era", "2015", "--quiet", "--out", demo.toString());
    assertThat(d.code).as(d.toString()).isZero();
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(Learners.synthetic(60, 11)).cauth(COOKIE).start()) {
      http = exportFrom(s, "http", "--concurrency", "8");
      httpAgain = exportFrom(s, "http-again", "--concurrency", "1");
      batch = exportFrom(s, "batch", "--source", "batch");
    }
  }

  private static Path exportFrom(FakeCourseraServer s, String name, String... more) {
    Path out = tmp.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "--quiet",
                "--base-url",
                s.baseUri().toString(),
                "--api-base-url",
                s.baseUri().toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args.toArray(String[]::new));
    assertThat(r.code).as(r.toString()).isZero();
    return out;
  }

  // ---- the record, read from the archive's own files ----

  record Loaded(LearnerRecord learner, List<CourseRecord> courses, CompletenessReport report) {}

  static Loaded load(Path bag) throws IOException {
    LearnerRecord learner =
        RecordReader.learner(
            RecordJson.mapper().readTree(bag.resolve("data/record/learner.json").toFile()));
    CompletenessReport report =
        RecordReader.report(
            RecordJson.mapper().readTree(bag.resolve("data/record/completeness.json").toFile()));
    List<CourseRecord> courses = new ArrayList<>();
    try (Stream<Path> files = Files.list(bag.resolve("data/record/courses"))) {
      for (Path f : files.sorted().toList()) {
        courses.add(RecordReader.course(RecordJson.mapper().readTree(f.toFile())));
      }
    }
    return new Loaded(learner, courses, report);
  }

  static <V> @Nullable V found(CourseRecord c, CourseFamily<V> family) {
    Outcome<V> o = c.families().get(family);
    return o == null ? null : o.found().orElse(null);
  }

  /** What the record says each table must hold, counted from the domain objects. */
  static Map<String, Integer> expectedCounts(Loaded r) {
    int grades = 0;
    int itemGrades = 0;
    int deadlines = 0;
    int items = 0;
    Set<String> memberships = new HashSet<>();
    for (CourseRecord c : r.courses()) {
      CourseGrade g = found(c, CourseFamily.GRADES);
      CourseProgress p = found(c, CourseFamily.PROGRESS);
      DeadlineSettings d = found(c, CourseFamily.DEADLINES);
      Set<ItemId> itemIds = new HashSet<>();
      if (g != null) {
        grades++;
        itemGrades += g.itemGrades().size();
        itemIds.addAll(g.itemGrades().keySet());
        g.assignmentGroups().forEach(a -> itemIds.addAll(a.droppedItemIds()));
      }
      if (p != null) {
        itemIds.addAll(p.items().keySet());
      }
      // every item of the course's outline has a row too, by name
      CourseOutline outline = found(c, CourseFamily.OUTLINE);
      if (outline != null) {
        outline.allItems().forEach(i -> itemIds.add(i.id()));
      }
      items += itemIds.size();
      if (d != null) {
        deadlines +=
            (int) d.moduleDeadlines().stream().map(ModuleDeadline::moduleId).distinct().count();
      }
      c.memberships().stream().map(Membership::id).forEach(memberships::add);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("course", r.courses().size());
    counts.put(
        "course_listed_by",
        r.learner().courses().stream().mapToInt(c -> c.listedBy().size()).sum());
    counts.put("course_grade", grades);
    counts.put("item_grade", itemGrades);
    counts.put("deadline", deadlines);
    counts.put("item", items);
    counts.put("membership", memberships.size());
    counts.put("gap", r.report().gaps().size());
    counts.put("learner", 1);
    return counts;
  }

  // ---- an independent reader ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"demo", "http", "batch"})
  void pythonOpensTheDatabaseAndItHoldsTheRecordsRows(String which) throws Exception {
    Path bag = bag(which);
    JsonNode py = PythonSqlite.inspect(bag.resolve(DB), Files.createTempDirectory(tmp, "py"));
    assertThat(py.path("integrity").toString()).isEqualTo("[\"ok\"]");
    assertThat(py.path("foreignKeyViolations").size()).isZero();
    assertThat(py.path("foreignKeys").asInt()).isGreaterThan(20);
    assertThat(py.path("indexes").asInt()).isPositive();
    assertThat(py.path("userVersion").asInt()).isEqualTo(1);
    assertThat(py.path("pageSize").asInt()).isEqualTo(4096);
    assertThat(py.path("freePages").asInt()).isZero(); // VACUUMed

    Loaded record = load(bag);
    Map<String, Integer> expected = expectedCounts(record);
    assertThat(expected.get("course_grade")).isPositive();
    assertThat(expected.get("deadline")).isPositive();
    assertThat(expected.get("item")).isPositive();
    expected.forEach(
        (table, n) -> assertThat(py.path("counts").path(table).asInt()).as(table).isEqualTo(n));
    int rawLines =
        (int)
            Files.readAllLines(bag.resolve("data/raw/index.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .count();
    assertThat(py.path("counts").path("raw_response").asInt())
        .isPositive()
        .isLessThanOrEqualTo(rawLines);

    // the readme comments every table and every column
    List<String> readme = new ArrayList<>();
    py.path("readme").forEach(n -> readme.add(n.asText()));
    py.path("columns")
        .properties()
        .forEach(
            t -> {
              assertThat(readme).as("readme of " + t.getKey()).contains(t.getKey());
              t.getValue()
                  .forEach(
                      c ->
                          assertThat(readme)
                              .as("readme of a column")
                              .contains(t.getKey() + "." + c.asText()));
            });
  }

  private static Path bag(String which) {
    return switch (which) {
      case "demo" -> demo;
      case "http" -> http;
      case "batch" -> batch;
      default -> throw new IllegalArgumentException(which);
    };
  }

  // ---- determinism ----

  @Test
  void theSameDataGivesTheSameDatabaseWhateverTheTransportAndArrivalOrder() throws IOException {
    byte[] a = Files.readAllBytes(http.resolve(DB));
    assertThat(Files.readAllBytes(httpAgain.resolve(DB))).isEqualTo(a);
    assertThat(Files.readAllBytes(batch.resolve(DB))).isEqualTo(a);
    // what made it worth testing: the raw indexes differ (order, method, transport)
    assertThat(Files.readString(batch.resolve("data/raw/index.jsonl")))
        .isNotEqualTo(Files.readString(http.resolve("data/raw/index.jsonl")));
    // and the file is covered by the bag's checksums
    assertThat(Files.readString(http.resolve("manifest-sha256.txt")))
        .contains(sha256(a) + "  " + DB);
    assertThat(Cli.run("verify", http.toString()).code).isZero();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the named queries ----

  static JsonNode json(Path bag, String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of("query", "--format", "json", bag.toString()));
    args.addAll(List.of(query));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    return RecordJson.mapper().readTree(r.out);
  }

  private static Set<String> column(JsonNode rows, String... names) {
    Set<String> out = new TreeSet<>();
    rows.forEach(
        row -> {
          List<String> parts = new ArrayList<>();
          for (String n : names) {
            parts.add(row.path(n).asText());
          }
          out.add(String.join(" ", parts));
        });
    return out;
  }

  private static void assertOrdered(JsonNode rows, String field, boolean descending) {
    List<String> values = new ArrayList<>();
    rows.forEach(r -> values.add(r.path(field).isNull() ? "" : r.path(field).asText()));
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(
        descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
    assertThat(values).as("ordered by " + field).isEqualTo(sorted);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"demo", "http"})
  void gradesGivesEveryCourseGradeOfTheRecord(String which) throws IOException {
    Loaded record = load(bag(which));
    Map<String, CourseGrade> expected = new TreeMap<>();
    for (CourseRecord c : record.courses()) {
      CourseGrade g = found(c, CourseFamily.GRADES);
      if (g != null) {
        expected.put(c.id().value(), g);
      }
    }
    JsonNode rows = json(bag(which), "grades");
    assertThat(column(rows, "course_id")).isEqualTo(expected.keySet()).isNotEmpty();
    for (JsonNode row : rows) {
      CourseGrade g = expected.get(row.path("course_id").asText());
      assertThat(row.path("passing_state").asText()).isEqualTo(g.passingState());
      assertThat(row.path("grade_percent").asDouble())
          .isCloseTo(g.grade().orElseThrow() * 100, within(0.051));
      if (g.passableItemsCount() == null) {
        assertThat(row.path("passable_items").isNull()).isTrue(); // today's route has no count
      } else {
        assertThat(row.path("passable_items").asInt()).isEqualTo(g.passableItemsCount());
      }
      assertThat(row.path("graded_utc").asText())
          .isEqualTo(String.valueOf(g.timestamp()).replaceFirst("(:\\d\\d)Z$", "$1.000Z"));
    }
    assertOrdered(rows, "graded_utc", false);
  }

  /** Whether a module counts as done: completed or passed in home progress, or at 100 %. */
  static boolean done(CourseRecord c, ModuleId m) {
    HomeProgress home = found(c, CourseFamily.HOME_PROGRESS);
    CourseProgress p = found(c, CourseFamily.PROGRESS);
    return (home != null
            && (home.modulesCompleted().contains(m) || home.modulesPassed().contains(m)))
        || (p != null && p.modules().get(m) != null && p.modules().get(m) >= 100);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"demo", "http"})
  void deadlinesGivesEveryDeadlineAndMissedTheOnesMissed(String which) throws IOException {
    Loaded record = load(bag(which));
    Instant now = Instant.now();
    Map<String, String> states = new TreeMap<>();
    for (CourseRecord c : record.courses()) {
      DeadlineSettings d = found(c, CourseFamily.DEADLINES);
      if (d == null) {
        continue;
      }
      for (ModuleDeadline md : d.moduleDeadlines()) {
        String state =
            done(c, md.moduleId())
                ? "done"
                : !d.enabled()
                    ? "switched off"
                    : md.deadline().isBefore(now) ? "missed" : "upcoming";
        states.putIfAbsent(c.id().value() + " " + md.moduleId().value(), state);
      }
    }
    JsonNode all = json(bag(which), "deadlines");
    assertThat(all.size()).isEqualTo(states.size());
    for (JsonNode row : all) {
      String key = row.path("course_id").asText() + " " + row.path("module_id").asText();
      assertThat(row.path("state").asText()).as(key).isEqualTo(states.get(key));
      assertThat(row.path("deadline_local").asText()).isNotEmpty(); // the learner has a zone
    }
    assertOrdered(all, "deadline_utc", false);

    Set<String> missed = new TreeSet<>();
    states.forEach(
        (k, s) -> {
          if (s.equals("missed")) {
            missed.add(k);
          }
        });
    JsonNode rows = json(bag(which), "deadlines", "--missed");
    assertThat(column(rows, "course_id", "module_id")).isEqualTo(missed).isNotEmpty();
    assertOrdered(rows, "deadline_utc", false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"demo", "http"})
  void unfinishedGivesTheCoursesStartedAndNeverFinished(String which) throws IOException {
    Loaded record = load(bag(which));
    Set<String> expected = new TreeSet<>();
    for (CourseRecord c : record.courses()) {
      CourseProgress p = found(c, CourseFamily.PROGRESS);
      if (p == null) {
        continue;
      }
      Double overall = p.overall();
      boolean started = (overall != null && overall > 0) || !p.items().isEmpty();
      CourseGrade g = found(c, CourseFamily.GRADES);
      CompletionEvents events = found(c, CourseFamily.COMPLETION_EVENTS);
      boolean finished =
          (overall != null && overall >= 100)
              || (g != null
                  && g.passingState() != null
                  && (g.passingState().equalsIgnoreCase("passed")
                      || g.passingState().equalsIgnoreCase("verifiedPassed")))
              || (events != null
                  && events.events().stream()
                      .anyMatch(e -> "COMPLETED".equalsIgnoreCase(e.eventType())));
      if (started && !finished) {
        expected.add(c.id().value());
      }
    }
    JsonNode rows = json(bag(which), "unfinished");
    assertThat(column(rows, "course_id")).isEqualTo(expected).isNotEmpty();
    assertOrdered(rows, "last_activity_utc", true);
    for (JsonNode row : rows) {
      String name =
          record.courses().stream()
              .filter(c -> c.id().value().equals(row.path("course_id").asText()))
              .findFirst()
              .flatMap(c -> c.course().found())
              .map(Course::name)
              .orElse(null);
      assertThat(row.path("course").asText(null)).isEqualTo(name);
    }
  }

  // ---- formats ----

  @Test
  void csvWhenNotATerminalTableAndJsonOnRequest() throws IOException {
    String sql = "SELECT course_id, name, generation FROM course ORDER BY course_id";
    Cli csv = Cli.run("query", demo.toString(), sql);
    assertThat(csv.code).as(csv.toString()).isZero();
    String[] lines = csv.out.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("course_id,name,generation");
    assertThat(lines).hasSize(load(demo).courses().size() + 2); // header, rows, final empty
    assertThat(csv.out).contains("v1-").contains(",v2\r\n");

    Cli table = Cli.run("query", "--format", "table", demo.toString(), sql);
    assertThat(table.code).isZero();
    List<String> rows = table.out.lines().toList();
    assertThat(rows.get(1)).matches("-+  -+  -+");
    int second = rows.get(1).indexOf("  -") + 2;
    for (String row : rows.subList(0, rows.size() - 1)) {
      assertThat(row.charAt(second - 1)).as(row).isEqualTo(' '); // columns line up
    }
    assertThat(rows.get(rows.size() - 1)).isEqualTo("(" + (rows.size() - 3) + " rows)");

    JsonNode json = json(demo, "SELECT 1 AS one, 2.5 AS half, 'x' AS text, NULL AS empty");
    assertThat(json.get(0).path("one").isIntegralNumber()).isTrue();
    assertThat(json.get(0).path("half").asDouble()).isEqualTo(2.5);
    assertThat(json.get(0).path("empty").isNull()).isTrue();
  }

  @Test
  void theZipsDatabaseIsReadWithoutUnpackingTheRest() throws IOException {
    Path zip = tmp.resolve("demo.zip");
    Cli e =
        Cli.run(
            "export",
            "--demo",
            "--era",
            "2015",
            "--quiet",
            "--format",
            "zip",
            "--out",
            zip.toString());
    assertThat(e.code).as(e.toString()).isZero();
    Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
    long copiesBefore = copies(tmpdir);
    Cli fromZip = Cli.run("query", zip.toString(), "grades");
    assertThat(copies(tmpdir)).as("the temporary copy is deleted").isEqualTo(copiesBefore);
    Cli fromDir = Cli.run("query", demo.toString(), "grades");
    assertThat(fromZip.code).as(fromZip.toString()).isZero();
    assertThat(fromZip.out).isEqualTo(fromDir.out).isNotEmpty();
    assertThat(tmp.resolve("demo")).isDirectory(); // nothing was unpacked beside the zip
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside.map(p -> p.getFileName().toString())).doesNotContain("data");
    }
  }

  private static long copies(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-record.sqlite")).count();
    }
  }

  @Test
  void listPrintsEveryNamedQueryWithItsSql() {
    Cli r = Cli.run("query", "--list");
    assertThat(r.code).as(r.toString()).isZero();
    for (NamedQueries.NamedQuery q : NamedQueries.all()) {
      assertThat(r.out).contains(q.invocation()).contains(q.description());
      for (String line : q.sql().split("\n", -1)) {
        assertThat(r.out).contains("    " + line);
      }
    }
    assertThat(Cli.run("--help").out).contains("query");
  }

  // ---- errors: one line, a clear exit code, never a stack trace ----

  private static void assertOneLineError(Cli r, int code, String says) {
    assertThat(r.code).as(r.toString()).isEqualTo(code);
    assertThat(r.err.strip()).as(r.toString()).contains(says).doesNotContain("\n");
    assertThat(r.err + r.out).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DELETE FROM course",
        "UPDATE learner SET full_name = 'x'",
        "CREATE TABLE x (a)",
        "CREATE TEMP TABLE x (a)",
        "DROP TABLE readme",
        "PRAGMA user_version = 7",
        "INSERT INTO readme VALUES ('a', 'b')"
      })
  void aStatementThatWouldWriteIsRefusedAndChangesNothing(String sql) throws IOException {
    byte[] before = Files.readAllBytes(demo.resolve(DB));
    assertOneLineError(Cli.run("query", demo.toString(), sql), ExitCodes.USAGE, "only reads");
    assertThat(Files.readAllBytes(demo.resolve(DB))).isEqualTo(before);
    try (Stream<Path> files = Files.list(demo.resolve("data/exports"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("record.sqlite-"));
    }
  }

  @Test
  void badStatementsAndOptionsAreUsageErrors() {
    String d = demo.toString();
    assertOneLineError(
        Cli.run("query", d, "SELEC name FROM course"), ExitCodes.USAGE, "bad statement: near");
    assertOneLineError(
        Cli.run("query", d, "SELECT * FROM nowhere"), ExitCodes.USAGE, "no such table: nowhere");
    assertOneLineError(
        Cli.run("query", d, "SELECT 1; DELETE FROM course"), ExitCodes.USAGE, "one statement");
    assertOneLineError(Cli.run("query", d, " -- nothing\n;"), ExitCodes.USAGE, "empty");
    assertOneLineError(Cli.run("query", d, "grades", "--missed"), ExitCodes.USAGE, "--missed");
    assertOneLineError(
        Cli.run("query", "--format", "xml", d, "grades"), ExitCodes.USAGE, "--format");
    assertOneLineError(Cli.run("query", d), ExitCodes.USAGE, "give an archive");
    // a semicolon inside a literal or a comment is not a second statement
    Cli ok = Cli.run("query", d, "SELECT 'a;b' AS x -- ; not another\n;  ");
    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).contains("a;b");
  }

  @Test
  void anArchiveThatFailsVerificationOrHasNoDatabaseIsRefused() throws IOException {
    assertOneLineError(
        Cli.run("query", tmp.resolve("nowhere").toString(), "grades"),
        QueryCommand.ARCHIVE_UNUSABLE,
        "does not exist");

    Path tampered = copy(demo, tmp.resolve("tampered"));
    byte[] db = Files.readAllBytes(tampered.resolve(DB));
    db[db.length / 2] ^= 1;
    Files.write(tampered.resolve(DB), db);
    assertOneLineError(
        Cli.run("query", tampered.toString(), "grades"),
        QueryCommand.ARCHIVE_UNUSABLE,
        "fails verification");
    // the library's typed reason, worded by the command with the command to run next
    assertThat(Cli.run("query", tampered.toString(), "grades").err)
        .contains("(run courseport verify " + tampered + ")");

    Path older = copy(demo, tmp.resolve("older"));
    Files.delete(older.resolve(DB));
    Path manifest = older.resolve("manifest-sha256.txt");
    Files.write(
        manifest,
        Files.readAllLines(manifest).stream()
            .filter(l -> !l.endsWith(DB))
            .reduce("", (a, b) -> a + b + "\n")
            .getBytes(StandardCharsets.UTF_8));
    Path tags = older.resolve("tagmanifest-sha256.txt");
    String newSum = sha256(Files.readAllBytes(manifest));
    Files.write(
        tags,
        Files.readAllLines(tags).stream()
            .map(l -> l.endsWith("  manifest-sha256.txt") ? newSum + "  manifest-sha256.txt" : l)
            .reduce("", (a, b) -> a + b + "\n")
            .getBytes(StandardCharsets.UTF_8));
    assertOneLineError(
        Cli.run("query", older.toString(), "grades"),
        QueryCommand.ARCHIVE_UNUSABLE,
        "has no query database");

    Path notABag = Files.createDirectories(tmp.resolve("not-a-bag"));
    assertOneLineError(
        Cli.run("query", notABag.toString(), "grades"),
        QueryCommand.ARCHIVE_UNUSABLE,
        "not a Courseport archive");
    Path notAZip = Files.writeString(tmp.resolve("not.zip"), "hello");
    assertOneLineError(
        Cli.run("query", notAZip.toString(), "grades"),
        QueryCommand.ARCHIVE_UNUSABLE,
        "readable zip");
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
