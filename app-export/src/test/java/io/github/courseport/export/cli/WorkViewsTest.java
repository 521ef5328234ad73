package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.views.Tools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26's views end to end: the demo learner's own work, exported by the real command, as
 * index.html shows it (read back also from headless Chromium), as record.sqlite holds it, as xAPI
 * statements (checked by the xAPI validator the renderer's tests use), and as {@code courseport
 * diff} reports the later learner's new attempt and review. A second archive, whose server answers
 * the peer submission and the certificate with hostile text, shows that text escaped.
 */
class WorkViewsTest {
  private static final String COOKIE = "work-views-cookie";
  private static final String XSS = "<img src=x onerror=alert(26)>";
  private static final String SWIFT = "GdeNrll1EeSROyIACtiVvg";

  /** The hostile archive's essay: 110,007 characters, more than a page shows of one text. */
  private static final String ESSAY =
      String.join(" ", Collections.nCopies(5_000, "An essay without end.")) + " THE END";

  @TempDir static Path tmp;
  static Path demo;
  static Path hostile;

  @BeforeAll
  static void export() throws IOException {
    demo = tmp.resolve("demo");
    Cli r = Cli.run("export", "--demo", "--quiet", "--out", demo.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Cli.run("verify", demo.toString()).code).isZero();
    hostile = hostileExport();
  }

  /**
   * The demo learner, with the peer submission's title, a reviewer's name and the certificate's
   * code answered as markup that would run if it were not escaped, and the essay {@link #ESSAY}.
   */
  private static Path hostileExport() throws IOException {
    JsonNode submissions = raw(demo, "onDemandPeerSubmissions.v1");
    ObjectNode essay = (ObjectNode) submissions.at("/elements/0/submission/parts/p2/definition");
    assertThat(essay.path("plainText").asText()).startsWith("[1] Duchamp");
    essay.put("plainText", ESSAY);
    String text =
        RecordJson.mapper()
            .writeValueAsString(submissions)
            .replace("Fountain, 1917: the shock of choosing", "Fountain " + XSS);
    assertThat(text).contains(XSS);
    String reviews =
        RecordJson.mapper()
            .writeValueAsString(raw(demo, "onDemandPeerReceivedReviews.v1"))
            .replace("Amelia Hart", "Amelia <script>alert(27)</script>");
    assertThat(reviews).contains("alert(27)");
    ObjectNode certificate = (ObjectNode) raw(demo, "vcMemberships.v1", SWIFT);
    ObjectNode cert = (ObjectNode) certificate.path("elements").path(0);
    cert.put("certificateCode", "\"><a href=javascript:alert(28)>x</a>");
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .era(Era.TODAY)
            .cauth(COOKIE)
            .start()) {
      s.override("/api/onDemandPeerSubmissions.v1", e -> answer(e, text));
      s.override("/api/onDemandPeerReceivedReviews.v1", e -> answer(e, reviews));
      s.override(
          "/api/vcMemberships.v1/3060151~" + SWIFT,
          e -> answer(e, RecordJson.mapper().writeValueAsString(certificate)));
      Path out = tmp.resolve("hostile");
      Cli r =
          Cli.run(
              Map.of("COURSERA_CAUTH", COOKIE),
              "export",
              "--quiet",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--out",
              out.toString());
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
      assertThat(Cli.run("verify", out.toString()).code).isZero();
      return out;
    }
  }

  private static void answer(HttpExchange e, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().set("Content-Type", "application/json");
    e.sendResponseHeaders(200, bytes.length);
    try (OutputStream o = e.getResponseBody()) {
      o.write(bytes);
    }
  }

  /** The raw answer the archive kept for the first request of a resource naming {@code part}. */
  private static JsonNode raw(Path bag, String resource, String... part) throws IOException {
    for (String line : Files.readAllLines(bag.resolve("data/raw/index.jsonl"))) {
      JsonNode entry = RecordJson.mapper().readTree(line);
      if (entry.path("resource").asText().equals(resource)
          && (part.length == 0 || entry.path("request").asText().contains(part[0]))) {
        return RecordJson.mapper().readTree(bag.resolve(entry.path("file").asText()).toFile());
      }
    }
    throw new AssertionError(resource + " not in " + bag);
  }

  private static String page(Path bag) throws IOException {
    return Files.readString(bag.resolve("data/index.html"), StandardCharsets.UTF_8);
  }

  /** The "Your work" sections of the page, in order. */
  private static List<String> workSections(String page) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<section class=\"work\">.*?</section>", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String workOf(String page, String courseName) {
    int at = page.indexOf("<h3>" + courseName + "</h3>");
    assertThat(at).as(courseName).isNotNegative();
    int section = page.indexOf("<section class=\"work\">", at);
    int end = page.indexOf("</section>", section);
    assertThat(section).isPositive();
    assertThat(page.indexOf("<article", at + 1))
        .as("the work is in the course's own card")
        .satisfiesAnyOf(n -> assertThat(n).isNegative(), n -> assertThat(n).isGreaterThan(end));
    return page.substring(section, end);
  }

  @Test
  void indexHtmlShowsTheLearnersWorkByNameInEachCourse() throws IOException {
    String page = page(demo);
    assertThat(workSections(page)).hasSize(2);
    String postmodern = workOf(page, "The Modern and the Postmodern (Part 2)");
    assertThat(postmodern)
        .contains("<h4>Your work</h4>")
        // attempts by the item's name, with the grade, each attempt's score and time
        .contains(
            "<b>Week 1 quiz</b> <span class=\"small muted\">\u00b7 2 of 3 attempts \u00b7 grade"
                + " 90\u00a0% \u00b7 best 9 / 10 (90\u00a0%) \u00b7 passed \u2713</span>")
        .contains("2015-09-22T10:40:00Z\">22 Sep 2015, 10:40 UTC</time>: 6 / 10 (60\u00a0%)</li>")
        .contains("<b>Week 2 quiz</b>")
        .contains("late penalty 10\u00a0%")
        .contains("not passed \u2717")
        // the peer submission, its long essay folded, and the three reviews it received
        .contains("<b>Essay: an artwork that shocked</b>")
        .contains("<b dir=\"auto\">Fountain, 1917: the shock of choosing</b>")
        .contains("3 reviews received")
        .contains("(the whole answer: 32,872 characters)")
        .contains("Review by <span dir=\"auto\">Amelia Hart</span>")
        .contains("Review by <span dir=\"auto\">Lucía Fernández</span>")
        .contains("Review by <span dir=\"auto\">佐藤 花子</span>")
        .contains("デュシャンの「泉」がなぜ衝撃的だったのか")
        .contains("A sharp essay. I would like one more paragraph on the committee&#39;s reasons.")
        // the discussion answer and the notes
        .contains("<b>Discuss: a dream of your own</b>")
        .contains("I dreamt I missed an exam in a building with no doors.")
        .contains(
            "On \u201cWho was Nietzsche?\u201d \u00b7 in Week 1: Nietzsche and the Death of God")
        // the locked item says why, and no certificate here
        .contains("locked: onDemandProgrammingLearnerAssignments.v1: HTTP 403")
        .doesNotContain("Verify on Coursera");
    // the submission's markup is text, never markup of the page
    assertThat(postmodern)
        .contains("&lt;script&gt;alert(&quot;not run&quot;)&lt;/script&gt;")
        .doesNotContain("<script")
        .doesNotContain("<strong>");
    String swift = workOf(page, "Introduction to Swift Programming");
    assertThat(swift)
        .contains(
            "<b>Certificate</b> \u00b7 grade 96\u00a0% \u00b7 granted <time"
                + " datetime=\"2015-10-30T10:13:20Z\">30 Oct 2015</time> \u00b7 code"
                + " <code>7XK3Q9PLM2AB</code> \u00b7 <a"
                + " href=\"https://www.coursera.org/account/accomplishments/verify/7XK3Q9PLM2AB\"")
        .contains("<b>Control flow quiz</b> <span class=\"small muted\">\u00b7 3 attempts")
        .contains("<b>Programming assignment: a bank account</b>")
        .contains("Part 2: interest: 4 / 10 (40\u00a0%)")
        .contains("guard let exits early; if let nests.")
        .contains("None in this course: peer-graded submissions, discussion answers.");
  }

  @Test
  void hostileTextOfTheWorkIsEscapedAndNoLinkIsBuiltFromIt() throws IOException {
    String work = workOf(page(hostile), "The Modern and the Postmodern (Part 2)");
    assertThat(work)
        .contains("<b dir=\"auto\">Fountain &lt;img src=x onerror=alert(26)&gt;</b>")
        .contains(
            "Review by <span dir=\"auto\">Amelia &lt;script&gt;alert(27)&lt;/script&gt;</span>")
        .doesNotContain(XSS)
        .doesNotContain("<script");
    String swift = workOf(page(hostile), "Introduction to Swift Programming");
    assertThat(swift)
        .contains("code <code>&quot;&gt;&lt;a href=javascript:alert(28)&gt;x&lt;/a&gt;</code>")
        .contains("(no verification link: the record has no plain code to build it from)")
        .doesNotContain("<a href=javascript")
        .doesNotContain("Verify on Coursera");
  }

  @Test
  void aHugeEssayIsFoldedAndShortenedOnThePageAndKeptWholeInTheDatabase() throws IOException {
    String work = workOf(page(hostile), "The Modern and the Postmodern (Part 2)");
    assertThat(work)
        .contains("(the whole answer: 110,007 characters)")
        .contains("Shortened on this page; the record file and record.sqlite keep it whole.")
        .doesNotContain("THE END");
    assertThat(work.length()).isLessThan(60_000);
    JsonNode parts =
        QueryCommandTest.json(
            hostile,
            "SELECT length(text) AS n, substr(text, -7) AS tail FROM peer_submission_part"
                + " WHERE position = 1");
    assertThat(parts.get(0).path("n").asInt()).isEqualTo(ESSAY.length()).isEqualTo(110_007);
    assertThat(parts.get(0).path("tail").asText()).isEqualTo("THE END");
  }

  @Test
  void chromiumShowsTheWorkAndRunsNothingOfTheServers() throws Exception {
    Optional<Path> chromium = Tools.onPath("chromium", "chromium-browser", "google-chrome");
    Tools.require(chromium.isPresent(), "chromium");
    for (Path bag : List.of(demo, hostile)) {
      // without the page's CSP and with a trap for alert(): escaping alone must keep it inert
      String html =
          page(bag)
              .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
              .replace(
                  "<head>",
                  "<head><script>window.alert=function(){document.documentElement"
                      + ".setAttribute('data-pwned','alert');};</script>");
      assertThat(html).doesNotContain("Content-Security-Policy");
      Path dir = Files.createDirectories(tmp.resolve("browse-" + bag.getFileName()));
      Path file = dir.resolve("index.html");
      Files.writeString(file, html, StandardCharsets.UTF_8);
      Tools.Result r =
          Tools.run(
              List.of(
                  chromium.get().toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-dev-shm-usage",
                  "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                  "--virtual-time-budget=5000",
                  "--dump-dom",
                  file.toUri().toString()),
              dir,
              90);
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      String dom = r.stdout();
      assertThat(dom).contains("</html>").doesNotContain("data-pwned=\"");
      assertThat(dom)
          .contains("<h4>Your work</h4>")
          .contains("Essay: an artwork that shocked")
          .contains("Lucía Fernández")
          .contains("佐藤 花子")
          .contains("Discuss: a dream of your own")
          .contains("Who was Nietzsche?")
          .contains("Control flow quiz");
      // the browser holds the server's markup as text: no element was made of it
      assertThat(dom).doesNotContain("<strong>Marcel").doesNotContain("<img src=\"x\"");
    }
  }

  @Test
  void recordSqliteHoldsTheWorkInItsTablesAndNamedQueries() throws IOException {
    JsonNode attempts =
        QueryCommandTest.json(
            demo,
            "SELECT i.name AS item, t.position, t.score, t.max_score, t.submitted_utc"
                + " FROM attempt AS t JOIN item AS i USING (course_id, item_id)"
                + " ORDER BY t.submitted_utc");
    List<String> rows = new ArrayList<>();
    attempts.forEach(
        a ->
            rows.add(
                a.path("item").asText()
                    + " #"
                    + a.path("position").asInt()
                    + " "
                    + a.path("score").asDouble()
                    + "/"
                    + a.path("max_score").asDouble()
                    + " "
                    + a.path("submitted_utc").asText()));
    assertThat(rows)
        .containsExactly(
            "Week 1 quiz #0 6.0/10.0 2015-09-22T10:40:00.000Z",
            "Week 1 quiz #1 9.0/10.0 2015-09-24T10:40:00.000Z",
            "Week 2 quiz #0 7.0/10.0 2015-10-08T10:26:40.000Z",
            "Control flow quiz #0 2.0/5.0 2015-10-20T00:13:20.000Z",
            "Control flow quiz #1 4.0/5.0 2015-10-21T04:00:00.000Z",
            "Control flow quiz #2 5.0/5.0 2015-10-22T07:46:40.000Z");

    JsonNode named = QueryCommandTest.json(demo, "attempts");
    assertThat(named).hasSize(8); // six quiz and exam attempts, two programming submissions
    assertThat(named.get(0).path("item").asText()).isEqualTo("Week 1 quiz");
    assertThat(named.get(0).path("score_percent").asDouble()).isEqualTo(60.0);
    assertThat(named.get(0).path("grade_percent").asDouble()).isEqualTo(90.0);

    JsonNode reviews = QueryCommandTest.json(demo, "reviews");
    List<String> reviewers = new ArrayList<>();
    reviews.forEach(r -> reviewers.add(r.path("reviewer_name").asText()));
    assertThat(reviewers)
        .containsExactly(
            "Amelia Hart", "Amelia Hart", "Lucía Fernández", "Lucía Fernández", "佐藤 花子", "佐藤 花子");
    assertThat(reviews.get(0).path("assignment").asText())
        .isEqualTo("Essay: an artwork that shocked");
    assertThat(reviews.get(0).path("submission").asText())
        .isEqualTo("Fountain, 1917: the shock of choosing");
    assertThat(reviews.get(5).path("words").asText()).contains("デュシャン");

    // the whole essay, markup kept: the database loses nothing the server sent
    JsonNode parts =
        QueryCommandTest.json(
            demo, "SELECT length(text) AS n, text FROM peer_submission_part ORDER BY position");
    assertThat(parts.get(0).path("text").asText()).contains("<script>alert(\"not run\")</script>");
    assertThat(parts.get(1).path("n").asInt()).isEqualTo(32_872);

    JsonNode answers =
        QueryCommandTest.json(
            demo,
            "SELECT i.name AS item, a.text FROM discussion_answer AS a"
                + " JOIN item AS i USING (course_id, item_id)");
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).path("item").asText()).isEqualTo("Discuss: a dream of your own");
    assertThat(answers.get(0).path("text").asText()).contains("I dreamt I missed an exam");

    JsonNode notes =
        QueryCommandTest.json(
            demo,
            "SELECT m.name AS module, n.text FROM learner_note AS n"
                + " JOIN module AS m USING (course_id, module_id) ORDER BY n.created_utc");
    assertThat(notes).hasSize(4);
    assertThat(notes.get(0).path("module").asText())
        .isEqualTo("Week 1: Nietzsche and the Death of God");

    JsonNode certificates = QueryCommandTest.json(demo, "certificates");
    assertThat(certificates).hasSize(1);
    assertThat(certificates.get(0).path("course").asText())
        .isEqualTo("Introduction to Swift Programming");
    assertThat(certificates.get(0).path("grade_percent").asDouble()).isEqualTo(96.0);
    assertThat(certificates.get(0).path("verification_url").asText())
        .isEqualTo("https://www.coursera.org/account/accomplishments/verify/7XK3Q9PLM2AB");
  }

  @Test
  void xapiStatementsSayAttemptedPassedAndFailedWithScoreAndTime() throws Exception {
    Path file = demo.resolve("data/exports/xapi-statements.json");
    JsonNode all = RecordJson.mapper().readTree(file.toFile());
    List<String> said = new ArrayList<>();
    for (JsonNode s : all) {
      String verb = s.path("verb").path("display").path("en-US").asText();
      String name = s.path("object").path("definition").path("name").path("und").asText();
      if (name.endsWith("quiz") && List.of("attempted", "passed", "failed").contains(verb)) {
        said.add(
            verb
                + " "
                + name
                + " "
                + s.path("result").path("score").path("raw").asText("-")
                + "/"
                + s.path("result").path("score").path("max").asText("-")
                + " scaled "
                + s.path("result").path("score").path("scaled").asText("-")
                + (s.path("result").has("success")
                    ? " success " + s.path("result").path("success").asBoolean()
                    : "")
                + " at "
                + s.path("timestamp").asText());
      }
    }
    assertThat(said)
        .contains(
            "attempted Week 1 quiz 6.0/10.0 scaled 0.6 at 2015-09-22T10:40:00Z",
            "attempted Week 1 quiz 9.0/10.0 scaled 0.9 at 2015-09-24T10:40:00Z",
            "passed Week 1 quiz 9.0/10.0 scaled 0.9 success true at 2015-09-24T10:40:00Z",
            "attempted Week 2 quiz 7.0/10.0 scaled 0.7 at 2015-10-08T10:26:40Z",
            // the grade that counts, after the late penalty
            "failed Week 2 quiz 7.0/10.0 scaled 0.63 success false at 2015-10-08T10:26:40Z",
            "attempted Control flow quiz 5.0/5.0 scaled 1.0 at 2015-10-22T07:46:40Z");
    // the week 3 quiz was never attempted: nothing is said of it
    assertThat(said).noneMatch(s -> s.contains("Week 3 quiz"));
    Optional<Path> node = Tools.onPath("node");
    Tools.require(
        node.isPresent()
            && Files.isRegularFile(Tools.XAPI_VALIDATOR)
            && Files.isRegularFile(Tools.XAPI_VALIDATOR_PACKAGE),
        "node and @learninglocker/xapi-validation (npm ci --prefix app-export/src/test/node)");
    Tools.Result r =
        Tools.run(
            List.of(node.get().toString(), Tools.XAPI_VALIDATOR.toString(), file.toString()),
            tmp,
            60);
    assertThat(r.stdout()).endsWith("checked " + all.size() + " statements, 0 problems\n");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
  }

  @Test
  void diffReportsTheLaterLearnersNewAttemptAndReview() throws IOException {
    Path before = tmp.resolve("diff-before");
    Path after = tmp.resolve("diff-after");
    assertThat(Cli.run("export", "--demo", "--quiet", "--out", before.toString()).code).isZero();
    Cli later = Cli.run("export", "--demo", "--quiet", "--later", "30", "--out", after.toString());
    assertThat(later.code).as(later.toString()).isZero();

    Cli text = Cli.run("diff", before.toString(), after.toString());
    assertThat(text.code).as(text.toString()).isEqualTo(DiffCommand.CHANGED);
    assertThat(text.out)
        .contains("New attempt at \"Week 1 quiz\": 100% (passed), submitted 2015-")
        .contains("New review of your submission to \"Essay: an artwork that shocked\": 10/10,");

    Cli json = Cli.run("diff", before.toString(), after.toString(), "--format", "json");
    JsonNode doc = RecordJson.mapper().readTree(json.out);
    List<JsonNode> changes = new ArrayList<>();
    doc.path("courses").forEach(c -> c.path("changes").forEach(changes::add));
    JsonNode attempt = only(changes, "attemptAdded");
    assertThat(attempt.path("itemId").asText()).isEqualTo("Nq1Qz");
    assertThat(attempt.path("itemName").asText()).isEqualTo("Week 1 quiz");
    assertThat(attempt.path("percent").decimalValue()).isEqualByComparingTo("100");
    JsonNode review = only(changes, "reviewAdded");
    assertThat(review.path("itemName").asText()).isEqualTo("Essay: an artwork that shocked");
    assertThat(review.path("reviewId").asText()).isEqualTo("later30Review");
    assertThat(review.path("score").decimalValue()).isEqualByComparingTo("10");
    // a new attempt scoring the most raised the item's grade: said once, with the attempt
    assertThat(changes.stream().filter(c -> c.path("kind").asText().equals("submissionAdded")))
        .isEmpty();

    Path html = tmp.resolve("work-changes.html");
    Cli page =
        Cli.run(
            "diff",
            before.toString(),
            after.toString(),
            "--format",
            "html",
            "--out",
            html.toString());
    assertThat(page.code).as(page.toString()).isEqualTo(DiffCommand.CHANGED);
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("data-kind=\"attemptAdded\"")
        .contains("data-kind=\"reviewAdded\"")
        .contains("New attempt at &quot;Week 1 quiz&quot;");

    Cli same = Cli.run("diff", before.toString(), before.toString());
    assertThat(same.code).isEqualTo(DiffCommand.SAME);
  }

  @Test
  void anArchiveWithoutTheWorkSaysSoOnThePageAndTheDiffSaysItOnce() throws IOException {
    Path none = tmp.resolve("no-work");
    Cli r = Cli.run("export", "--demo", "--quiet", "--no-work", "--out", none.toString());
    assertThat(r.code).as(r.toString()).isZero();
    String page = page(none);
    assertThat(workSections(page)).hasSize(2);
    assertThat(workOf(page, "The Modern and the Postmodern (Part 2)"))
        .contains(
            "Left out of this export, so this page cannot say whether you have any here: not"
                + " asked, on request (courseport export --no-work")
        .doesNotContain("Week 1 quiz")
        .doesNotContain("None in this course");
    assertThat(page)
        .contains(
            "<p class=\"small work-not-asked\">Left out of this export: your quiz and exam"
                + " attempts, your peer-graded submissions and their reviews,");

    // compared with the full archive: no change, and the difference said once, either way round
    Cli gained = Cli.run("diff", none.toString(), demo.toString());
    assertThat(gained.code).as(gained.toString()).isEqualTo(DiffCommand.SAME);
    assertThat(gained.out)
        .contains(
            "New information, not a change: the newer archive holds your own work (attempts,"
                + " submissions, reviews, notes, certificates) in 2 courses")
        .doesNotContain("New attempt");
    Cli lost = Cli.run("diff", demo.toString(), none.toString(), "--format", "json");
    assertThat(lost.code).as(lost.toString()).isEqualTo(DiffCommand.SAME);
    JsonNode summary = RecordJson.mapper().readTree(lost.out).path("summary");
    assertThat(summary.path("workLeftOut").asInt()).isEqualTo(2);
    assertThat(summary.path("newWork").asInt()).isZero();
    assertThat(summary.path("changes").asInt()).isZero();
  }

  private static JsonNode only(List<JsonNode> changes, String kind) {
    List<JsonNode> of = changes.stream().filter(c -> c.path("kind").asText().equals(kind)).toList();
    assertThat(of).as(kind + " in " + changes).hasSize(1);
    return of.get(0);
  }
}
