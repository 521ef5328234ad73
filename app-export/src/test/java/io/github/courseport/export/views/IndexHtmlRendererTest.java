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
        .contains("Weeks 3\u20134 \u00b7 module 7vAcK")
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
