package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's text, read without a browser (IndexHtmlBrowserTest renders it in one). */
class IndexHtmlRendererTest {
  static String render(SampleRecords.Exported record) {
    return MemoryTarget.render(new IndexHtmlRenderer(), record).text(IndexHtmlRenderer.PATH);
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void loadsNothingFromAnywhere() {
    for (String page :
        List.of(
            render(SampleRecords.demo()),
            render(SampleRecords.hostile()),
            render(SampleRecords.empty()))) {
      // every "<" of a server string is escaped, so each "<name" here is a tag of the page
      Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(page);
      while (tag.find()) {
        assertThat(tag.group(1).toLowerCase(java.util.Locale.ROOT))
            .isNotIn("link", "img", "iframe", "object", "embed", "base", "source", "svg", "form");
        // attribute values are quoted, and quotes inside them escaped: drop the values
        assertThat(tag.group(2).replaceAll("\"[^\"]*\"", "\"\""))
            .doesNotContainPattern("(?i)\\s(src|srcset|on[a-z]+|action)\\s*=");
      }
      String style = page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
      assertThat(style).doesNotContain("url(", "@import", "@font-face");
      assertThat(page).contains("default-src 'none'");
      Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
      List<String> targets = new ArrayList<>();
      while (href.find()) {
        targets.add(href.group(1));
      }
      assertThat(targets)
          .isNotEmpty()
          .allMatch(
              t ->
                  t.startsWith("#course-")
                      || t.startsWith("https://www.coursera.org/")
                      || t.matches("(record|exports|raw)/[a-z./-]*"),
              "a fragment, a Coursera page or a file of the archive");
    }
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyThePagesOwnScript() throws Exception {
    String page = render(SampleRecords.demo());
    assertThat(count(page, "<script")).isEqualTo(1);
    String script = page.substring(page.indexOf("<script>") + 8, page.indexOf("</script>"));
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
    assertThat(page)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'sha256-"
                + hash
                + "'; base-uri 'none'; form-action 'none'\">");
  }

  @Test
  void showsTheLearnerCoursesDeadlinesAndGapsInWords() {
    String page = render(SampleRecords.demo());
    assertThat(page)
        .contains("<h1>Ada Lovelace</h1>")
        .contains("<h3>The Modern and the Postmodern (Part 2)</h3>")
        .contains("<h3>Neural Networks for Machine Learning</h3>")
        .contains("<h3>Machine Learning</h3>")
        .contains("<h3>The Data Scientist&#39;s Toolbox</h3>")
        .contains("Wesleyan University \u00b7 taught by Michael S. Roth")
        .contains("Session 970603 started July 2013 \u00b7 10 weeks")
        // named from the outline; the module it lacks keeps its id
        .contains("Weeks 3\u20134 \u00b7 Week 3: Modernism in Literature")
        .contains("Weeks 5\u20136 \u00b7 module pL9tr")
        .contains("aria-valuenow=\"60\"")
        .contains("<span class=\"grade\">98\u00a0%</span>")
        .contains("We start with Nietzsche.\nRead the first essay before week 1.")
        .contains("<h3>iOS Development for Creative Entrepreneurs</h3>")
        .contains("<h3>Saved for later</h3>");
    assertThat(page)
        .contains("<h2>6 parts of your record could not be exported</h2>")
        .contains(
            "<li>Your grades of \u201cThe Data Scientist&#39;s Toolbox\u201d could not be"
                + " fetched: <span class=\"muted\">HTTP 503 from the server after 3"
                + " tries</span>.</li>")
        .contains(
            "<li>Your completion events of \u201cThe Modern and the Postmodern (Part 2)\u201d is"
                + " not offered by Coursera: ")
        .contains("<li>The partner jhu of \u201cThe Data Scientist&#39;s Toolbox\u201d")
        .contains("<li>The specialization \u201cjhu-data-science\u201d could not be fetched");
    // "upcoming" is relative to the newest activity in the record, 12 Mar 2016 09:20 UTC
    String upcoming =
        page.substring(page.indexOf("<h2>Upcoming deadlines</h2>"), page.indexOf("<details>"));
    assertThat(count(upcoming, "<tr><td><time")).isEqualTo(5);
    assertThat(upcoming).contains("After <time datetime=\"2016-03-12T09:20:00Z\">");
    assertThat(page).contains("3 earlier deadlines");
  }

  @Test
  void everyModuleLessonAndItemOfTheOutlineIsShownByName() {
    String page = render(SampleRecords.today());
    String swift = card(page, "Introduction to Swift Programming");
    for (String module : SampleRecords.SWIFT_MODULES) {
      assertThat(swift).contains("<summary><b>" + module + "</b>");
    }
    for (String lesson : SampleRecords.SWIFT_LESSONS) {
      assertThat(swift).contains("<p class=\"lesson\"><b>" + lesson + "</b>");
    }
    for (String item : SampleRecords.SWIFT_ITEMS) {
      assertThat(swift).containsPattern("<tr data-item=\"[^\"]+\"><td>" + Pattern.quote(item));
    }
    assertThat(swift)
        .contains("3 modules \u00b7 7 items \u00b7 about 3\u00a0h 20\u00a0min")
        // a module: its time, your progress, state and deadline
        .contains(
            "<b>Week 2: Control Flow</b> <span class=\"small muted\">\u00b7 28\u00a0min \u00b7"
                + " 100\u00a0% \u00b7 \u2713 passed \u00b7 due <time datetime=\"2015-11-15T23:59:59Z\">")
        // an item: its type, time, your progress and the grade that counts
        .contains(
            "<td>Control flow quiz</td><td>quiz</td><td class=\"num\">15\u00a0min</td>"
                + "<td>completed</td><td class=\"num\">95\u00a0% \u2713 <span class=\"small"
                + " muted\">(overridden)</span></td>")
        .contains("<td>lab</td>")
        .contains("locked item Fo5cc <span class=\"small muted\">(locked: ENROLLMENT_PREVIEW)")
        .contains("<td>Hologram lecture</td><td>holographicLecture</td>")
        // the progress bars and deadlines name modules too
        .contains("<span>Weeks 3\u20134 \u00b7 Week 3: Optionals and Classes</span>")
        .contains("<td>Week 1 \u00b7 Week 1: Values and Types</td>");
  }

  @Test
  void todaysGradesShowTheGradeOverridesTracksAndGroups() {
    String swift = card(render(SampleRecords.today()), "Introduction to Swift Programming");
    assertThat(swift)
        .contains("<span class=\"grade\">95\u00a0%</span> <span class=\"badge passed\">Passed")
        .contains("2 graded items passed \u00b7 verified track 90\u00a0%")
        .contains("<li>Track core: passed, 2 items passed, 1 on the verified track</li>")
        .contains("<li>Graded assignments: 98\u00a0% (dropped: if, guard and switch)</li>")
        .contains("<li>Item group labs: 80\u00a0%, passed, 1 passed</li>")
        .contains("<tr><td>Control flow quiz</td><td class=\"num\">95\u00a0%</td><td>passed</td>")
        .contains(
            "Overridden by an instructor on <time datetime=\"2015-11-18T00:00:00Z\">18 Nov"
                + " 2015</time> (grade 90\u00a0% \u2192 95\u00a0%, passed): \u201c"
                + SampleRecords.OVERRIDE_EXPLANATION
                + "\u201d.");
  }

  @Test
  void withoutAnOutlineModulesAppearByIdAndThePageSaysWhy() {
    String retired = card(render(SampleRecords.today()), "Data Visualization");
    assertThat(retired)
        .contains(
            "<p class=\"muted small outline-missing\">The course outline is not offered by"
                + " Coursera: "
                + Html.escape(SampleRecords.OUTLINE_GONE)
                + ". Modules and items appear by id.</p>")
        .contains("<span>Module dv1Mo</span>");
    String ml = card(render(SampleRecords.demo()), "Machine Learning");
    assertThat(ml)
        .contains(
            "This record has no outline of the course: it was exported before Courseport fetched"
                + " course outlines. Modules and items appear by id.")
        .contains("<span>Module mlW01 \u2713 passed</span>");
    // session-based courses have no outline to miss
    assertThat(card(render(SampleRecords.demo()), "Neural Networks for Machine Learning"))
        .doesNotContain("<h4>Outline</h4>");
  }

  @Test
  void theCoursesYouJoinedAreCountedApartFromThoseOnlyListed() {
    String page = render(SampleRecords.today());
    assertThat(page)
        .contains("<div class=\"tile\"><b>2</b><span>courses you joined (2 on-demand, 0")
        .contains("<b>1</b><span>listed, not joined (saved, or in a specialization)</span>")
        .contains("<b>1</b><span>specialization joined (1 more not joined)</span>");
    // the listed course comes after the joined ones, under its own heading
    int listedHeading = page.indexOf("<h2 id=\"listed\">Listed, not joined</h2>");
    assertThat(listedHeading).isPositive();
    assertThat(page.indexOf("<h3>Building Swift Apps</h3>")).isGreaterThan(listedHeading);
    assertThat(page.indexOf("<h3>Data Visualization</h3>")).isLessThan(listedHeading);
    assertThat(card(page, "Building Swift Apps"))
        .contains("<span class=\"badge\">Listed, not joined</span>")
        .doesNotContain("<h4>Outline</h4>");
    // the specialization the learner did not join says so, and its course is not in the record
    String specs = page.substring(page.indexOf("<section id=\"specializations\">"));
    assertThat(specs)
        .contains("<h3>Machine Learning Foundations</h3>")
        .contains("Not joined (role NOT_ENROLLED): you left it or only looked at it")
        .contains("Course " + SampleRecords.LEFT_SPEC_COURSE.value() + " <span class=\"muted")
        .contains("Joined <time datetime=\"2015-11-01T00:00:00Z\">");
  }

  @Test
  void aHostileOutlineIsEscapedAndShortened() {
    String page = render(SampleRecords.hostile());
    assertThat(page)
        .doesNotContain("<iframe", "<img", "<svg", "</details></article><script")
        .contains(Html.escape(SampleRecords.HOSTILE_MODULE))
        .contains(Html.escape(SampleRecords.HOSTILE_LESSON))
        .contains(Html.escape(SampleRecords.HOSTILE_ITEM))
        .contains("&lt;b&gt;bold&lt;/b&gt;type")
        // the 5 MB description and the 100,000-character name are cut, the record keeps them
        .contains(Html.escape(Views.clip(SampleRecords.HUGE, Views.TEXT_LIMIT)))
        .contains("W".repeat(Views.NAME_LIMIT - 1) + "\u2026")
        .doesNotContain("W".repeat(Views.NAME_LIMIT + 1));
    assertThat(page.length()).isLessThan(1_000_000);
  }

  @Test
  void hostileWorkIsEscapedShortenedAndLinksNothing() {
    String page = render(SampleRecords.hostile());
    int start = page.indexOf("<section class=\"work\">");
    String work = page.substring(start, page.indexOf("</section>", start));
    assertThat(work)
        .doesNotContain("<img", "<svg", "<script", "<b>bold", "href=\"javascript")
        .contains("<b>" + Html.escape(Views.clip(SampleRecords.HOSTILE_ITEM, Views.NAME_LIMIT)))
        .contains(
            "<b dir=\"auto\">&lt;/details&gt;&lt;script&gt;document.body.dataset.pwned="
                + "&#39;title&#39;&lt;/script&gt;</b>")
        .contains(
            "Review by <span dir=\"auto\">&lt;img src=x onerror=&quot;document.body.dataset"
                + ".pwned=&#39;reviewer&#39;&quot;&gt;</span>")
        .contains("Link, as sent (not opened from here): <code>javascript:document.body")
        .contains("(no verification link: the record has no plain code to build it from)")
        .contains("not linked here: <code>javascript:document.body.dataset.pwned=&#39;url&#39;")
        .contains("Coursera could not answer all of it: &lt;img src=x")
        // a score past its most is shown as sent
        .contains(": 12 / 10 (120\u00a0%)</li>")
        // the answer with a 60,000-character text is folded and its length said
        .contains("<details class=\"long\">")
        .contains(Html.escape(SampleRecords.HOSTILE).substring(0, 40));
    assertThat(work).doesNotContain("<a ");
  }

  /** The article of the course with this name. */
  static String card(String page, String name) {
    int start = page.indexOf("<h3>" + Html.escape(name) + "</h3>");
    assertThat(start).as(name).isPositive();
    int end = page.indexOf("</article>", start);
    return page.substring(start, end);
  }

  @Test
  void aCompleteExportSaysSo() {
    String page = render(SampleRecords.empty());
    assertThat(page)
        .contains("<h2>Everything was exported</h2>")
        .contains("No courses were found in this account.")
        .contains("<h1>Coursera user 3060151</h1>");
  }

  @Test
  void everyServerStringIsEscaped() {
    String page = render(SampleRecords.hostile());
    assertThat(page)
        .doesNotContain("<img", "<svg", "<b>bold", "<i>passed", "<script>document", "<locale>")
        .contains("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>")
        .contains("&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned=&#39;script&#39;")
        .contains("&quot;&gt;&lt;svg onload=document.body.dataset.pwned=&#39;svg&#39;&gt;")
        .contains("\u00b7 locale &lt;locale&gt;")
        .contains("\uFFFDbell")
        .contains(SampleRecords.LONG.substring(0, 200));
    assertThat(count(page, "<script")).isEqualTo(1);
    assertThat(count(page, "<style")).isEqualTo(1);
    // the slug becomes one percent-encoded path segment of a Coursera URL
    assertThat(page)
        .contains("href=\"https://www.coursera.org/learn/slug%2F..%2F%3Cx%3E%3Fa%3Db%23c%20d\"");
  }
}
