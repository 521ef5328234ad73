package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens index.html from {@code file://} in headless Chromium (Debian's {@code chromium}) and reads
 * back the DOM the browser built, after its scripts and events ran.
 */
class IndexHtmlBrowserTest {
  /** Runs in the page before anything else: any call of alert() marks the page as attacked. */
  private static final String ALERT_TRAP =
      "<script>window.alert=window.confirm=window.prompt=function(){"
          + "document.documentElement.setAttribute('data-pwned','alert');};</script>";

  /**
   * Runs when the page has loaded: opens every fold, then records on the root element how many
   * modules, lessons and items Chromium lays out (has boxes for), and how wide the page is against
   * the window.
   */
  private static final String MEASURE =
      "<script>window.addEventListener('load',function(){var d=document;"
          + "d.querySelectorAll('details').forEach(function(x){x.open=true;});"
          + "function shown(s){var n=0;d.querySelectorAll(s).forEach(function(e){"
          + "if(e.getClientRects().length>0&&e.offsetWidth>0){n++;}});return n;}"
          + "var r=d.documentElement;"
          + "r.setAttribute('data-modules',shown('details.unit[data-module]'));"
          + "r.setAttribute('data-lessons',shown('p.lesson'));"
          + "r.setAttribute('data-items',shown('tr[data-item]'));"
          + "r.setAttribute('data-width',r.scrollWidth);"
          + "r.setAttribute('data-window',window.innerWidth);});</script>";

  @TempDir Path tmp;
  private Path chromium;

  @BeforeEach
  void findChromium() {
    var found = Tools.onPath("chromium", "chromium-browser", "google-chrome");
    Tools.require(found.isPresent(), "chromium (apt-get install chromium)");
    chromium = found.orElseThrow();
  }

  private Tools.Result browse(Path page, String... options) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    return Tools.run(command, tmp, 90);
  }

  /** The DOM after scripts ran and pending events (an image's error, say) fired. */
  private String dom(Path page) throws Exception {
    Tools.Result r = browse(page, "--virtual-time-budget=5000", "--dump-dom");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).as(r.stderr()).contains("</html>");
    return r.stdout();
  }

  private Path write(String name, String html) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Path page = dir.resolve("index.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  @Test
  void theDemoPageRendersWithItsDataAndItsScriptRuns() throws Exception {
    String dom = dom(write("demo", IndexHtmlRendererTest.render(SampleRecords.demo())));
    // the CSP let the page's own script run: it marked the page and showed the filter box
    assertThat(dom).contains("<html lang=\"en\" data-js=\"on\">");
    assertThat(dom).contains("<input id=\"filter\" type=\"search\"");
    assertThat(dom)
        .doesNotContain(
            "<input id=\"filter\" type=\"search\" placeholder=\"Filter courses by name\" aria-label=\"Filter courses by name\" hidden");
    assertThat(dom)
        .contains(
            "Ada Lovelace",
            "The Modern and the Postmodern (Part 2)",
            "Neural Networks for Machine Learning",
            "Machine Learning",
            "The Data Scientist's Toolbox",
            "iOS Development for Creative Entrepreneurs",
            "Upcoming deadlines",
            "6 parts of your record could not be exported");
  }

  @Test
  void aHostileRecordShowsItsTextAndRunsNothing() throws Exception {
    String dom = dom(write("hostile", IndexHtmlRendererTest.render(SampleRecords.hostile())));
    assertInert(dom, 1);
  }

  @Test
  void escapingAloneKeepsItInertWithoutTheContentSecurityPolicy() throws Exception {
    String page = withoutCspAndWithTrap(IndexHtmlRendererTest.render(SampleRecords.hostile()));
    assertThat(page).doesNotContain("Content-Security-Policy");
    assertInert(dom(write("no-csp", page)), 2);
  }

  @Test
  void theCheckSeesAnInjectionWhenThereIsOne() throws Exception {
    // the same page with one server string left unescaped, as a bug would leave it
    String page =
        withoutCspAndWithTrap(IndexHtmlRendererTest.render(SampleRecords.hostile()))
            .replaceFirst(
                "<h3>&lt;img src=x onerror=alert\\(1\\)&gt;</h3>",
                "<h3>" + SampleRecords.XSS_IMG + "</h3>");
    String dom = dom(write("injected", page));
    assertThat(dom).contains("data-pwned=\"alert\"");
    assertThat(dom).contains("<img src=\"x\" onerror=\"alert(1)\">");
  }

  @Test
  void takesAScreenshotOfTheDemo() throws Exception {
    Path page = write("shot", IndexHtmlRendererTest.render(SampleRecords.demo()));
    Path png = Path.of("target", "index-html.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Tools.Result r =
        browse(page, "--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + png);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    assertThat(bytes.length).isGreaterThan(50_000);
  }

  /** The page without its CSP, with the alert trap and the measuring script. */
  private static String measured(String page) {
    return withoutCspAndWithTrap(page).replace("<head>\n", "<head>\n" + MEASURE + "\n");
  }

  private static int attribute(String dom, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(dom);
    assertThat(m.find()).as(name).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void everyModuleLessonAndItemOfTheOutlineIsLaidOutByName() throws Exception {
    Path page = write("today", measured(IndexHtmlRendererTest.render(SampleRecords.today())));
    String dom = dom(page);
    assertThat(dom).doesNotContain("data-pwned=\"");
    // Chromium laid out every module, lesson and item of the outline (the folds opened)
    assertThat(attribute(dom, "data-modules")).isEqualTo(SampleRecords.SWIFT_MODULES.size());
    assertThat(attribute(dom, "data-lessons")).isEqualTo(SampleRecords.SWIFT_LESSONS.size());
    assertThat(attribute(dom, "data-items")).isEqualTo(SampleRecords.SWIFT_ITEMS.size());
    for (String module : SampleRecords.SWIFT_MODULES) {
      assertThat(dom).contains("<summary><b>" + module + "</b>");
    }
    for (String item : SampleRecords.SWIFT_ITEMS) {
      assertThat(dom).containsPattern("<tr data-item=\"[^\"]+\"><td>" + Pattern.quote(item));
    }
    assertThat(dom)
        .contains("Data Visualization")
        .contains("The course outline is not offered by Coursera")
        .contains("Listed, not joined")
        .contains("Not joined (role NOT_ENROLLED)");
    assertThat(attribute(dom, "data-width")).isLessThanOrEqualTo(attribute(dom, "data-window"));

    Path png = Path.of("target", "index-html-today.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Tools.Result r =
        browse(page, "--hide-scrollbars", "--window-size=1280,3000", "--screenshot=" + png);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  @Test
  void aHostileOutlineStaysTextAndInsideTheWindow() throws Exception {
    String html = IndexHtmlRendererTest.render(SampleRecords.hostile());
    // with its CSP: nothing runs; without it, escaping alone keeps the page inert
    assertInert(dom(write("hostile-outline", html)), 1);
    String dom = dom(write("hostile-outline-measured", measured(html)));
    assertThat(dom).doesNotContain("data-pwned=\"");
    assertThat(dom).doesNotContain("<iframe", "<img", "<svg");
    assertThat(dom)
        .contains("&lt;iframe src=javascript:alert(5)&gt;&lt;/iframe&gt;../../etc/passwd")
        .contains(
            "&lt;/details&gt;&lt;/article&gt;&lt;script&gt;document.body.dataset.pwned='lesson'");
    assertThat(attribute(dom, "data-modules")).isEqualTo(1);
    assertThat(attribute(dom, "data-lessons")).isEqualTo(1);
    assertThat(attribute(dom, "data-items")).isEqualTo(4);
    // a 100,000-character name without a space and a 5 MB description do not widen the page
    assertThat(attribute(dom, "data-width")).isLessThanOrEqualTo(attribute(dom, "data-window"));
  }

  /** The page of {@code courseport diff}, fed hostile strings in every text it shows. */
  static String hostileDiffPage() throws IOException {
    java.io.StringWriter page = new java.io.StringWriter();
    DiffHtml html = new DiffHtml(page);
    String img = SampleRecords.XSS_IMG;
    html.begin(
        new io.github.courseport.export.diff.DiffHeader(
            new io.github.courseport.export.diff.DiffHeader.Side(
                "old\"><svg onload=document.body.dataset.pwned='path'>", "1", img, "", 1, 1),
            new io.github.courseport.export.diff.DiffHeader.Side(
                "new", "1</title><script>document.body.dataset.pwned='t'</script>", "", "", 1, 2)));
    html.profile(
        List.of(
            new io.github.courseport.export.diff.Change(
                io.github.courseport.export.diff.Change.Kind.PROFILE_CHANGED,
                "Name: \"Ada\" -> \"" + img + "\"",
                java.util.Map.of())));
    html.course(
        new io.github.courseport.export.diff.CourseChanges(
            "c1",
            img,
            "slug",
            "added",
            List.of(
                new io.github.courseport.export.diff.Change(
                    io.github.courseport.export.diff.Change.Kind.NOTE_ADDED,
                    "New instructor note: \"</li><script>document.body.dataset.pwned="
                        + "'note'</script><b>bold\"",
                    java.util.Map.of()))));
    html.end(new io.github.courseport.export.diff.DiffSummary(2, 1, 1, 0, 0));
    return page.toString();
  }

  @Test
  void aHostileDiffPageShowsItsTextAndRunsNothing() throws Exception {
    String page = hostileDiffPage();
    assertThat(page).doesNotContain("<script", "<img", "<svg");
    String[] variants = {page, withoutCspAndWithTrap(page)};
    for (int i = 0; i < variants.length; i++) {
      String dom = dom(write("diff-" + i, variants[i]));
      assertThat(dom).doesNotContain("data-pwned=\"");
      assertThat(dom).doesNotContain("<img", "<svg", "<b>bold");
      assertThat(IndexHtmlRendererTest.count(dom, "<script"))
          .as("the page has no script; the second variant has the trap")
          .isEqualTo(i);
      assertThat(dom)
          .contains("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>")
          .contains("&lt;/li&gt;&lt;script&gt;document.body.dataset.pwned='note'&lt;/script&gt;")
          .contains("old\"&gt;&lt;svg onload=document.body.dataset.pwned='path'&gt;");
    }
  }

  @Test
  void theDiffCheckSeesAnInjectionWhenThereIsOne() throws Exception {
    String page =
        withoutCspAndWithTrap(hostileDiffPage())
            .replaceFirst(
                "<h3>&lt;img src=x onerror=alert\\(1\\)&gt;</h3>",
                "<h3>" + SampleRecords.XSS_IMG + "</h3>");
    assertThat(dom(write("diff-injected", page))).contains("data-pwned=\"alert\"");
  }

  private static void assertInert(String dom, int scripts) {
    assertThat(dom).contains("data-js=\"on\"");
    assertThat(dom).doesNotContain("data-pwned=\"");
    assertThat(dom).doesNotContain("<img", "<svg", "<b>bold", "<i>passed</i>");
    assertThat(IndexHtmlRendererTest.count(dom, "<script")).isEqualTo(scripts);
    // the hostile strings are on the page as text
    assertThat(dom)
        .contains("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>")
        .contains("&lt;/title&gt;&lt;script&gt;document.body.dataset.pwned='note'&lt;/script&gt;")
        .contains("\"&gt;&lt;svg onload=document.body.dataset.pwned='svg'&gt;");
  }

  private static String withoutCspAndWithTrap(String page) {
    return page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
        .replace("<head>\n", "<head>\n" + ALERT_TRAP + "\n");
  }
}
