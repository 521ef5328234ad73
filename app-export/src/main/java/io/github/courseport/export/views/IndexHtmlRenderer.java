package io.github.courseport.export.views;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.SchedulePeriod;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code index.html}: one self-contained page a learner can open from the archive with a
 * double click. Everything is in the page: the CSS is inline, there are no images, fonts or scripts
 * from anywhere, and a Content-Security-Policy forbids every request, so it works from {@code
 * file://} and offline. It shows the learner, every course (both generations) with partners, dates,
 * progress per module, grade, deadlines and instructors' notes, the specializations and course
 * lists, and, in plain words, what could not be exported. Every server string is HTML-escaped
 * ({@link Html}); the only link targets are Coursera URLs built here from percent-encoded slugs,
 * and files of the archive. A small inline script adds a filter box; the page is complete without
 * it. "Upcoming" means after the newest activity in the record, not the day the page is opened, so
 * the same record always gives the same bytes.
 */
public final class IndexHtmlRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "index.html";

  /** The page's only script: it marks the page as scripted and shows the filter box. */
  static final String SCRIPT =
      "(function(){var d=document;d.documentElement.setAttribute('data-js','on');"
          + "var f=d.getElementById('filter');if(!f){return;}f.hidden=false;"
          + "f.addEventListener('input',function(){var q=f.value.toLowerCase();"
          + "d.querySelectorAll('.course').forEach(function(c){"
          + "c.hidden=q!==''&&(c.getAttribute('data-name')||'').indexOf(q)<0;});});})();";

  private static final String CSS =
      """
      :root{--bg:#f4f6fb;--card:#fff;--ink:#1d2433;--muted:#5b6478;--line:#e3e7f0;\
      --accent:#3557d4;--ok:#1f8a4c;--warn:#b25e00;--bad:#b3261e;--track:#e8ecf5}
      @media (prefers-color-scheme:dark){:root{--bg:#11141b;--card:#1a1f2a;--ink:#e8ebf2;\
      --muted:#a3abbd;--line:#2b3242;--accent:#7d9bff;--ok:#56c98a;--warn:#f0a64a;--bad:#ff8a80;\
      --track:#2b3242}}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,\
      sans-serif;background:var(--bg);color:var(--ink);overflow-wrap:anywhere}
      header.top{background:linear-gradient(120deg,#2a3f9d,#3557d4 55%,#1f8a8a);color:#fff;\
      padding:32px 24px 56px}
      header.top h1{margin:0 0 4px;font-size:30px;line-height:1.2}
      header.top p{margin:2px 0;opacity:.9}
      main{max-width:1080px;margin:-36px auto 40px;padding:0 16px}
      section{margin-bottom:28px}
      h2{font-size:20px;margin:0 0 12px}
      .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;\
      margin-bottom:24px}
      .tile{background:var(--card);border-radius:12px;padding:14px 16px;\
      box-shadow:0 1px 3px rgba(0,0,0,.08)}
      .tile b{display:block;font-size:26px;line-height:1.2}
      .tile span{color:var(--muted);font-size:13px}
      .panel,.course{background:var(--card);border-radius:12px;padding:18px 20px;\
      box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:16px}
      .panel.complete{border-left:6px solid var(--ok)}
      .panel.incomplete{border-left:6px solid var(--warn)}
      .panel ul{margin:8px 0 0;padding-left:20px}
      .muted{color:var(--muted)}
      .small{font-size:13px}
      .course h3{margin:0;font-size:20px;line-height:1.3}
      .course .meta{margin:4px 0 10px;color:var(--muted)}
      .badge{display:inline-block;font-size:12px;font-weight:600;border-radius:99px;\
      padding:2px 10px;margin:0 6px 4px 0;background:var(--track);color:var(--ink)}
      .badge.passed{background:var(--ok);color:#fff}
      .badge.progress{background:var(--accent);color:#fff}
      .badge.gap{background:var(--warn);color:#fff}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:8px 28px}
      h4{margin:12px 0 6px;font-size:15px}
      .bar{height:10px;border-radius:5px;background:var(--track);overflow:hidden}
      .bar>span{display:block;height:100%;background:var(--accent)}
      .bar.done>span{background:var(--ok)}
      .module{display:grid;grid-template-columns:minmax(120px,40%) 1fr 48px;gap:10px;\
      align-items:center;font-size:13px;margin:3px 0}
      .module .pct{text-align:right;color:var(--muted)}
      .overall{margin:6px 0 10px}
      .grade{font-size:28px;font-weight:700}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);\
      vertical-align:top}
      th{color:var(--muted);font-weight:600}
      td.num{text-align:right;white-space:nowrap}
      .past{color:var(--muted)}
      .note{border-left:3px solid var(--line);padding:2px 0 2px 12px;margin:8px 0}
      .note p{margin:4px 0;white-space:pre-wrap}
      details summary{cursor:pointer;color:var(--accent)}
      .gaps{color:var(--warn)}
      a{color:var(--accent)}
      #filter{width:100%;padding:10px 12px;border:1px solid var(--line);border-radius:8px;\
      font-size:15px;margin-bottom:12px;background:var(--card);color:var(--ink)}
      footer{max-width:1080px;margin:0 auto 40px;padding:0 16px;color:var(--muted);font-size:13px}
      @media print{header.top{background:none;color:#000}#filter{display:none}\
      .panel,.course,.tile{box-shadow:none;border:1px solid #ccc}}
      """;

  private static final Comparator<Due> DUE_ORDER =
      Comparator.comparing(Due::at).thenComparing(Due::course).thenComparing(Due::module);

  public IndexHtmlRenderer() {}

  @Override
  public String name() {
    return "index-html";
  }

  /** One module deadline, as the page lists it. */
  private record Due(Instant at, String course, String anchor, String module, boolean enabled) {}

  /**
   * What the page needs to know of a course before its card: kept for every course during the first
   * pass, so it stays small; the card itself is rendered in the second pass.
   */
  private record Card(
      String name, CourseId courseId, List<Due> dues, boolean passed, boolean inProgress) {
    String id() {
      return courseId.value();
    }

    static Card of(CourseRecord record) {
      String name = Views.courseName(record);
      State state = State.of(record);
      return new Card(
          name,
          record.id(),
          IndexHtmlRenderer.dues(record, name),
          state.passed(),
          state.inProgress());
    }
  }

  /** A course's card, rendered but for its deadlines (they need the whole record's "now"). */
  private record Parts(String head, String grid, String rest) {}

  /** Where a course stands, for its badge and the page's tiles. */
  private record State(boolean passed, boolean completed, boolean inProgress) {
    static State of(CourseRecord record) {
      CourseGrade grade = Views.found(record, CourseFamily.GRADES);
      CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
      CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
      boolean passed = grade != null && Views.passed(grade.passingState());
      boolean completed =
          passed
              || (events != null && !events.events().isEmpty())
              || (progress != null && progress.overall() != null && progress.overall() >= 100);
      boolean inProgress =
          !completed && progress != null && progress.overall() != null && progress.overall() > 0;
      return new State(passed, completed, inProgress);
    }
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    LearnerRecord learner = record.learner();
    Instant asOf = Views.newestActivity(learner);
    List<Card> cards = new ArrayList<>();
    Map<CourseId, String> names = new HashMap<>();
    for (CourseRecord course : record.courses()) {
      asOf = Views.later(asOf, Views.newestActivity(course));
      Card card = Card.of(course);
      names.put(course.id(), card.name());
      cards.add(card);
    }
    for (var summary : learner.courses()) {
      if (summary.name() != null) {
        names.putIfAbsent(summary.id(), summary.name());
      }
    }
    cards.sort(
        Comparator.comparing((Card c) -> c.name().toLowerCase(Locale.ROOT))
            .thenComparing(Card::id));
    Map<String, String> anchors = new LinkedHashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      anchors.put(cards.get(i).id(), "course-" + (i + 1));
    }
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(target.open(PATH), StandardCharsets.UTF_8), 1 << 16)) {
      page(out, record, cards, anchors, names, asOf);
    }
  }

  // ---- the page ----

  /**
   * Writes the page: the summary parts from the first pass, then each card as its course is read
   * again, so no more than one card is in memory at a time.
   */
  private static void page(
      Writer out,
      ExportedRecord record,
      List<Card> cards,
      Map<String, String> anchors,
      Map<CourseId, String> names,
      @Nullable Instant asOf)
      throws IOException {
    LearnerRecord learner = record.learner();
    CompletenessReport report = record.report();
    LearnerProfile profile = learner.profile().found().orElse(null);
    String who =
        profile != null && profile.fullName() != null && !profile.fullName().isBlank()
            ? profile.fullName()
            : "Coursera user " + learner.userId();
    List<Due> dues = new ArrayList<>();
    for (Card c : cards) {
      for (Due d : c.dues()) {
        dues.add(
            new Due(d.at(), d.course(), anchors.getOrDefault(c.id(), ""), d.module(), d.enabled()));
      }
    }
    dues.sort(DUE_ORDER);
    long upcoming = dues.stream().filter(d -> asOf == null || d.at().isAfter(asOf)).count();

    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src '")
        .append(scriptHash())
        .append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Courseport\">\n")
        .append("<title>")
        .append(esc(who))
        .append(" \u2013 Coursera learning record</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");

    h.append("<header class=\"top\">\n<h1>").append(esc(who)).append("</h1>\n<p>");
    h.append("Coursera learning record of user ").append(learner.userId());
    if (profile != null) {
      if (profile.timezone() != null) {
        h.append(" \u00b7 time zone ").append(esc(profile.timezone()));
      }
      if (profile.locale() != null) {
        h.append(" \u00b7 locale ").append(esc(profile.locale()));
      }
    }
    h.append("</p>\n<p>");
    if (asOf != null) {
      h.append("Newest activity in this record: ").append(time(asOf, true)).append(". ");
    }
    h.append("Everything on this page comes from the files of this archive; it loads nothing.")
        .append("</p>\n</header>\n<main>\n");

    tiles(h, cards, upcoming, learner);
    completeness(h, report, learner, names);
    deadlines(h, dues, asOf);

    h.append("<section id=\"courses\">\n<h2>Courses</h2>\n");
    if (cards.isEmpty()) {
      h.append("<p class=\"panel muted\">No courses were found in this account.</p>\n");
    } else {
      h.append(
          "<input id=\"filter\" type=\"search\" placeholder=\"Filter courses by name\""
              + " aria-label=\"Filter courses by name\" hidden>\n");
    }
    out.append(h);
    h.setLength(0);
    for (Card c : cards) {
      CourseRecord course =
          record
              .course(c.courseId())
              .orElseThrow(() -> new IOException("course " + c.id() + " vanished while rendering"));
      Parts parts = parts(course);
      h.append("<article class=\"course\" id=\"")
          .append(anchors.get(c.id()))
          .append("\" data-name=\"")
          .append(esc(c.name().toLowerCase(Locale.ROOT)))
          .append("\">\n")
          .append(parts.head())
          .append(parts.grid());
      courseDeadlines(h, c.dues(), asOf);
      h.append(parts.rest()).append("</article>\n");
      out.append(h);
      h.setLength(0);
    }
    h.append("</section>\n");

    specializations(h, learner, anchors, names);
    courseLists(h, learner, anchors, names);
    QueriesSection.append(h);

    h.append("</main>\n<footer>\n<p>Exported with Courseport. The same data is in machine-readable")
        .append(" form next to this page: <a href=\"record/learner.json\">record/learner.json</a>,")
        .append(" one file per course in <a href=\"record/courses/\">record/courses/</a>,")
        .append(" <a href=\"record/completeness.json\">record/completeness.json</a>,")
        .append(" <a href=\"")
        .append(GradesCsvRenderer.PATH)
        .append("\">grades (CSV)</a>,");
    if (!dues.isEmpty()) {
      h.append(" <a href=\"")
          .append(DeadlinesIcsRenderer.PATH)
          .append("\">deadlines (iCalendar)</a>,");
    }
    h.append(" <a href=\"")
        .append(XapiStatementsRenderer.PATH)
        .append("\">xAPI statements</a>, and every answer of Coursera's servers byte for byte in")
        .append(" <a href=\"raw/\">raw/</a>. Times are in UTC.</p>\n</footer>\n");
    h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.append(h);
  }

  /** The CSP source of the page's script: its SHA-256 in base64. */
  static String scriptHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void tiles(StringBuilder h, List<Card> cards, long upcoming, LearnerRecord l) {
    long sessionBased = cards.stream().filter(c -> c.id().startsWith("v1-")).count();
    long passed = cards.stream().filter(Card::passed).count();
    long inProgress = cards.stream().filter(Card::inProgress).count();
    int specs =
        Math.max(
            l.specializations().size(),
            l.specializationMemberships().found().map(List::size).orElse(0));
    h.append("<div class=\"tiles\">\n");
    tile(
        h,
        Integer.toString(cards.size()),
        (cards.size() - sessionBased) + " on-demand, " + sessionBased + " session-based courses");
    tile(h, Long.toString(passed), "passed");
    tile(h, Long.toString(inProgress), "in progress");
    tile(h, Long.toString(upcoming), "upcoming deadlines");
    tile(h, Integer.toString(specs), specs == 1 ? "specialization" : "specializations");
    h.append("</div>\n");
  }

  private static void tile(StringBuilder h, String number, String label) {
    h.append("<div class=\"tile\"><b>")
        .append(esc(number))
        .append("</b><span>")
        .append(esc(label))
        .append("</span></div>\n");
  }

  // ---- completeness, in words ----

  private static void completeness(
      StringBuilder h,
      CompletenessReport report,
      LearnerRecord learner,
      Map<CourseId, String> names) {
    h.append("<section id=\"completeness\">\n");
    if (report.complete()) {
      h.append("<div class=\"panel complete\"><h2>Everything was exported</h2>")
          .append("<p>Every part of your record that Coursera offers was fetched and saved.</p>")
          .append("</div>\n</section>\n");
      return;
    }
    int n = report.gaps().size();
    h.append("<div class=\"panel incomplete\"><h2>")
        .append(n)
        .append(n == 1 ? " part" : " parts")
        .append(" of your record could not be exported</h2>\n<p class=\"muted small\">")
        .append("\u201cNot offered\u201d means Coursera answered that the endpoint does not exist")
        .append(" or refuses to answer; running the export again will not change that.")
        .append(" \u201cCould not be fetched\u201d means a request failed even after retrying;")
        .append(" a later export may succeed. Everything else was saved.</p>\n<ul>\n");
    for (CompletenessReport.Gap g : report.gaps()) {
      h.append("<li>").append(gapInWords(g, learner, names)).append("</li>\n");
    }
    h.append("</ul>\n</div>\n</section>\n");
  }

  /** A gap as an escaped sentence. */
  static String gapInWords(
      CompletenessReport.Gap gap, LearnerRecord learner, Map<CourseId, String> names) {
    StringBuilder s = new StringBuilder();
    String what = Views.familyInWords(gap.family());
    String key = gap.key();
    s.append(esc(capitalize(what)));
    if (key.isEmpty()) {
      // a learner-level list
    } else if (gap.family().equals("specializations")) {
      s.append(" \u201c").append(esc(key)).append('\u201d');
    } else if (gap.family().equals("categories")) {
      s.append(' ').append(esc(key));
    } else {
      int space = key.indexOf(' ');
      String courseKey = space < 0 ? key : key.substring(0, space);
      String part = space < 0 ? "" : key.substring(space + 1);
      if (!part.isEmpty()) {
        s.append(' ').append(esc(part));
      }
      String course = courseName(courseKey, names);
      s.append(" of \u201c").append(esc(course)).append('\u201d');
    }
    s.append(' ')
        .append(
            gap.status() == Outcome.Status.UNAVAILABLE
                ? "is not offered by Coursera"
                : "could not be fetched");
    if (!gap.reason().isBlank()) {
      s.append(": <span class=\"muted\">").append(esc(gap.reason())).append("</span>");
    }
    return s.append('.').toString();
  }

  private static String courseName(String courseKey, Map<CourseId, String> names) {
    try {
      return names.getOrDefault(new CourseId(courseKey), "course " + courseKey);
    } catch (IllegalArgumentException notAnId) {
      return "course " + courseKey;
    }
  }

  /** A wire constant in words: {@code PRE_ENROLLED} -> "pre enrolled". */
  private static String words(String constant) {
    return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- deadlines ----

  private static void deadlines(StringBuilder h, List<Due> dues, @Nullable Instant asOf) {
    if (dues.isEmpty()) {
      return;
    }
    h.append("<section id=\"deadlines\">\n<div class=\"panel\">\n");
    if (asOf == null) {
      h.append("<h2>Deadlines</h2>\n");
      dueTable(h, dues);
    } else {
      List<Due> next = dues.stream().filter(d -> d.at().isAfter(asOf)).toList();
      List<Due> past = dues.stream().filter(d -> !d.at().isAfter(asOf)).toList();
      h.append("<h2>Upcoming deadlines</h2>\n<p class=\"muted small\">After ")
          .append(time(asOf, true))
          .append(", the newest activity in this record.</p>\n");
      if (next.isEmpty()) {
        h.append("<p>None.</p>\n");
      } else {
        dueTable(h, next);
      }
      if (!past.isEmpty()) {
        h.append("<details><summary>")
            .append(past.size())
            .append(past.size() == 1 ? " earlier deadline" : " earlier deadlines")
            .append("</summary>\n");
        dueTable(h, past);
        h.append("</details>\n");
      }
    }
    h.append("</div>\n</section>\n");
  }

  private static void dueTable(StringBuilder h, List<Due> dues) {
    h.append("<table><thead><tr><th>Due</th>");
    h.append("<th>Course</th><th>Module</th></tr></thead><tbody>\n");
    for (Due d : dues) {
      h.append("<tr><td>").append(time(d.at(), true)).append("</td>");
      h.append("<td><a href=\"#")
          .append(d.anchor())
          .append("\">")
          .append(esc(d.course()))
          .append("</a></td>");
      h.append("<td>").append(esc(d.module()));
      if (!d.enabled()) {
        h.append(" <span class=\"muted\">(deadlines switched off)</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static void courseDeadlines(StringBuilder h, List<Due> dues, @Nullable Instant asOf) {
    if (dues.isEmpty()) {
      return;
    }
    List<Due> sorted = new ArrayList<>(dues);
    sorted.sort(DUE_ORDER);
    h.append("<h4>Deadlines</h4>\n<table><tbody>\n");
    for (Due d : sorted) {
      boolean past = asOf != null && !d.at().isAfter(asOf);
      h.append(past ? "<tr class=\"past\">" : "<tr>")
          .append("<td>")
          .append(time(d.at(), true))
          .append("</td><td>")
          .append(esc(d.module()))
          .append("</td><td>")
          .append(asOf == null ? "" : past ? "past" : "upcoming")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  // ---- one course ----

  private static Parts parts(CourseRecord record) {
    String name = Views.courseName(record);
    StringBuilder head = new StringBuilder();
    StringBuilder grid = new StringBuilder();
    StringBuilder body = new StringBuilder();
    CourseGrade grade = Views.found(record, CourseFamily.GRADES);
    CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
    CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
    State state = State.of(record);
    boolean passed = state.passed();
    boolean completed = state.completed();
    boolean inProgress = state.inProgress();

    head.append("<h3>").append(esc(name)).append("</h3>\n<p class=\"meta\">");
    head.append(
        record.isSessionBased()
            ? "<span class=\"badge\">Session-based (2012\u20132016 platform)</span>"
            : "<span class=\"badge\">On-demand</span>");
    if (passed) {
      head.append("<span class=\"badge passed\">Passed \u2713</span>");
    } else if (completed) {
      head.append("<span class=\"badge passed\">Completed \u2713</span>");
    } else if (inProgress) {
      head.append("<span class=\"badge progress\">In progress</span>");
    }
    if (!record.completeness().complete()) {
      head.append("<span class=\"badge gap\">Incomplete</span>");
    }
    head.append("<br>");
    List<String> partners = new ArrayList<>();
    record
        .partners()
        .forEach(
            (id, o) -> partners.add(o.found().map(Partner::name).orElse("partner " + id.value())));
    if (!partners.isEmpty()) {
      head.append(esc(String.join(", ", partners)));
    }
    List<String> instructors = new ArrayList<>();
    record
        .instructors()
        .forEach(
            (id, o) ->
                o.found()
                    .map(Instructor::fullName)
                    .filter(n -> !n.isBlank())
                    .ifPresent(instructors::add));
    if (!instructors.isEmpty()) {
      head.append(partners.isEmpty() ? "" : " \u00b7 ")
          .append("taught by ")
          .append(esc(String.join(", ", instructors)));
    }
    head.append("</p>\n");
    dates(head, record);
    Views.courseUrl(record)
        .ifPresent(
            url ->
                head.append("<p class=\"small\"><a href=\"")
                    .append(esc(url))
                    .append("\" rel=\"noopener noreferrer\">Open on Coursera</a></p>\n"));

    if (record.isSessionBased() && record.families().asMap().isEmpty()) {
      grid.append("<p class=\"muted small\">Coursera offers no progress, grades or deadlines of")
          .append(" session-based courses; the enrollment and session above are what there is.")
          .append("</p>\n");
    } else {
      grid.append("<div class=\"grid\">\n<div>\n");
      progress(grid, record, progress);
      grid.append("</div>\n<div>\n");
      grade(grid, record, grade);
      grid.append("</div>\n</div>\n");
    }
    notes(body, record);
    if (events != null && !events.events().isEmpty()) {
      body.append("<h4>Completion</h4>\n<ul class=\"small\">\n");
      for (var e : events.events()) {
        body.append("<li>")
            .append(esc(e.eventType() == null ? "Completed" : capitalize(words(e.eventType()))))
            .append(e.timestamp() == null ? "" : " \u00b7 " + time(e.timestamp(), true))
            .append("</li>\n");
      }
      body.append("</ul>\n");
    }
    var classmates = Views.found(record, CourseFamily.CLASSMATES);
    if (classmates != null && !classmates.classmates().isEmpty()) {
      body.append("<p class=\"small muted\">")
          .append(classmates.classmates().size())
          .append(
              classmates.classmates().size() == 1 ? " classmate profile" : " classmate profiles")
          .append(" saved in the record.</p>\n");
    }
    courseGaps(body, record);
    return new Parts(head.toString(), grid.toString(), body.toString());
  }

  private static void dates(StringBuilder h, CourseRecord record) {
    List<String> lines = new ArrayList<>();
    for (Membership m : record.memberships()) {
      String role = m.role() == null ? "" : " as " + esc(words(m.role()));
      lines.add(
          m.timestamp() == null ? "Member" + role : "Joined " + time(m.timestamp(), false) + role);
    }
    for (Enrollment e : record.enrollments()) {
      StringBuilder s = new StringBuilder("Enrolled");
      if (e.sessionId() != null) {
        s.append(" in session ").append(e.sessionId());
      }
      if (e.start() != null) {
        s.append(", ").append(time(e.start(), false));
        if (e.end() != null) {
          s.append(" \u2013 ").append(time(e.end(), false));
        }
      }
      if (e.signatureTrack()) {
        s.append(" \u00b7 signature track");
      }
      lines.add(s.toString());
    }
    for (Map.Entry<SessionId, Outcome<Session>> s : record.sessions().entrySet()) {
      Session session = s.getValue().found().orElse(null);
      if (session == null) {
        continue;
      }
      StringBuilder line = new StringBuilder("Session ").append(s.getKey());
      if (!session.start().isUnknown()) {
        line.append(" started ").append(esc(partialDate(session.start())));
      }
      if (session.durationString() != null) {
        line.append(" \u00b7 ").append(esc(session.durationString()));
      }
      lines.add(line.toString());
    }
    DeadlineSettings settings = Views.found(record, CourseFamily.DEADLINES);
    if (settings != null && settings.start() != null) {
      lines.add("Schedule started " + time(settings.start(), false));
    }
    if (!lines.isEmpty()) {
      h.append("<p class=\"small\">").append(String.join("<br>", lines)).append("</p>\n");
    }
  }

  /** A partial date in words: "July 2013", "2013", "3 July (year unknown)". */
  static String partialDate(PartialDate d) {
    StringBuilder s = new StringBuilder();
    if (d.day() != null) {
      s.append(d.day()).append(' ');
    }
    if (d.month() != null) {
      s.append(Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
    }
    s.append(d.year() == null ? "(year unknown)" : d.year().toString());
    return s.toString().trim();
  }

  private static void progress(StringBuilder h, CourseRecord record, @Nullable CourseProgress p) {
    h.append("<h4>Progress</h4>\n");
    if (p == null) {
      h.append("<p class=\"muted small\">")
          .append(missing(record, CourseFamily.PROGRESS, "No progress recorded yet."))
          .append("</p>\n");
      return;
    }
    if (p.overall() != null) {
      h.append("<div class=\"overall\">")
          .append(bar(p.overall(), "Overall progress"))
          .append("<span class=\"small muted\">")
          .append(Views.percent(p.overall()))
          .append(" of the course</span></div>\n");
    }
    HomeProgress home = Views.found(record, CourseFamily.HOME_PROGRESS);
    Set<ModuleId> completed = new TreeSet<>(home == null ? List.of() : home.modulesCompleted());
    Set<ModuleId> passedModules = new TreeSet<>(home == null ? List.of() : home.modulesPassed());
    Map<ModuleId, String> labels = moduleLabels(Views.found(record, CourseFamily.SCHEDULE));
    List<ModuleId> order = new ArrayList<>();
    Map<ModuleId, Double> percents = new HashMap<>(p.modules());
    labels.keySet().stream().filter(percents::containsKey).forEach(order::add);
    percents.keySet().stream().sorted().filter(m -> !order.contains(m)).forEach(order::add);
    for (ModuleId m : order) {
      double pct = percents.getOrDefault(m, 0.0);
      String label = labels.getOrDefault(m, "Module " + m.value());
      String flags =
          passedModules.contains(m) ? " \u2713 passed" : completed.contains(m) ? " \u2713" : "";
      h.append("<div class=\"module\"><span>")
          .append(esc(label))
          .append(flags)
          .append("</span>")
          .append(bar(pct, label))
          .append("<span class=\"pct\">")
          .append(Views.percent(pct))
          .append("</span></div>\n");
    }
  }

  /** Each module's label from the schedule: "Week 3 · module 7vAcK", in schedule order. */
  private static Map<ModuleId, String> moduleLabels(@Nullable CourseSchedule schedule) {
    Map<ModuleId, String> labels = new LinkedHashMap<>();
    if (schedule == null) {
      return labels;
    }
    int week = 1;
    for (SchedulePeriod period : schedule.periods()) {
      int weeks = Math.max(1, period.numberOfWeeks());
      String when = weeks == 1 ? "Week " + week : "Weeks " + week + "\u2013" + (week + weeks - 1);
      for (ModuleId m : period.moduleIds()) {
        labels.putIfAbsent(m, when + " \u00b7 module " + m.value());
      }
      week += weeks;
    }
    return labels;
  }

  private static String bar(double pct, String label) {
    long width = Math.max(0, Math.min(100, Math.round(pct)));
    return "<div class=\"bar"
        + (width >= 100 ? " done" : "")
        + "\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\""
        + width
        + "\" aria-label=\""
        + esc(label)
        + "\"><span style=\"width:"
        + width
        + "%\"></span></div>";
  }

  private static void grade(StringBuilder h, CourseRecord record, @Nullable CourseGrade g) {
    h.append("<h4>Grade</h4>\n");
    if (g == null) {
      h.append("<p class=\"muted small\">")
          .append(
              missing(
                  record,
                  CourseFamily.GRADES,
                  record.isSessionBased()
                      ? "Coursera keeps no grades of session-based courses."
                      : "No grade yet."))
          .append("</p>\n");
      return;
    }
    GradeOutcome overall = g.overallOutcome();
    h.append("<p>");
    if (overall != null) {
      h.append("<span class=\"grade\">")
          .append(Views.percentOfFraction(overall.courseGrade()))
          .append("</span> ");
    }
    h.append(
        Views.passed(g.passingState())
            ? "<span class=\"badge passed\">Passed</span>"
            : g.passingState() == null
                ? ""
                : "<span class=\"badge\">" + esc(passingInWords(g.passingState())) + "</span>");
    h.append("<br><span class=\"small muted\">");
    List<String> facts = new ArrayList<>();
    if (overall != null) {
      facts.add(
          overall.passedItemsCount()
              + (g.passableItemsCount() == null ? "" : " of " + g.passableItemsCount())
              + " graded items passed");
    }
    GradeOutcome verified = g.verifiedOutcome();
    if (verified != null) {
      facts.add("verified track " + Views.percentOfFraction(verified.courseGrade()));
    }
    if (g.timestamp() != null) {
      facts.add("as of " + time(g.timestamp(), false));
    }
    h.append(String.join(" \u00b7 ", facts)).append("</span></p>\n");
    if (!g.itemGrades().isEmpty()) {
      h.append("<details><summary>")
          .append(g.itemGrades().size())
          .append(g.itemGrades().size() == 1 ? " graded item" : " graded items")
          .append("</summary>\n<table><thead><tr><th>Item</th><th>Grade</th><th>State</th>")
          .append("</tr></thead><tbody>\n");
      for (Map.Entry<ItemId, ItemGrade> e : g.itemGrades().entrySet()) {
        ItemGrade item = e.getValue();
        h.append("<tr><td>")
            .append(esc(e.getKey().value()))
            .append("</td><td class=\"num\">")
            .append(item.grade() == null ? "\u2013" : Views.percentOfFraction(item.grade()))
            .append("</td><td>")
            .append(item.state() == null ? "" : esc(passingInWords(item.state())))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</details>\n");
    }
  }

  private static String passingInWords(String state) {
    return switch (state) {
      case "passed" -> "passed";
      case "verifiedPassed" -> "passed (verified)";
      case "notPassed" -> "not passed yet";
      case "failed" -> "failed";
      default -> state;
    };
  }

  private static void notes(StringBuilder h, CourseRecord record) {
    InstructorNotes notes = Views.found(record, CourseFamily.INSTRUCTOR_NOTES);
    if (notes == null || notes.notes().isEmpty()) {
      return;
    }
    Map<InstructorId, String> names = new HashMap<>();
    for (Instructor i : notes.instructors()) {
      if (i.fullName() != null) {
        names.put(i.id(), i.fullName());
      }
    }
    record
        .instructors()
        .forEach(
            (id, o) ->
                o.found().map(Instructor::fullName).ifPresent(n -> names.putIfAbsent(id, n)));
    h.append("<h4>From the instructors</h4>\n");
    for (InstructorNote n : notes.notes()) {
      h.append("<div class=\"note\">");
      if (n.title() != null && !n.title().isBlank()) {
        h.append("<b>").append(esc(n.title())).append("</b>");
      }
      if (n.body() != null && !n.body().isBlank()) {
        h.append("<p>").append(esc(n.body())).append("</p>");
      }
      List<String> by = new ArrayList<>();
      n.instructorIds().forEach(id -> by.add(names.getOrDefault(id, "instructor " + id.value())));
      if (!by.isEmpty()) {
        h.append("<span class=\"small muted\">\u2014 ").append(esc(String.join(", ", by)));
        h.append("</span>");
      }
      h.append("</div>\n");
    }
  }

  private static void courseGaps(StringBuilder h, CourseRecord record) {
    List<String> gaps = new ArrayList<>();
    record
        .completeness()
        .parts()
        .forEach(
            (part, p) -> {
              if (p.isGap()) {
                int colon = part.indexOf(':');
                String family = colon < 0 ? part : part.substring(0, colon);
                String id = colon < 0 ? "" : " " + part.substring(colon + 1);
                gaps.add(
                    esc(capitalize(Views.familyInWords(family)) + id)
                        + " "
                        + Views.statusInWords(p.status())
                        + (p.reason().isBlank()
                            ? ""
                            : ": <span class=\"muted\">" + esc(p.reason()) + "</span>"));
              }
            });
    if (!gaps.isEmpty()) {
      h.append("<div class=\"gaps small\"><b>Missing from this course\u2019s record:</b><ul>\n");
      gaps.forEach(g -> h.append("<li>").append(g).append(".</li>\n"));
      h.append("</ul></div>\n");
    }
  }

  /** Why a family has no value, or the fallback when the source simply has none. */
  private static String missing(CourseRecord record, CourseFamily<?> family, String fallback) {
    Outcome<?> o = record.families().get(family);
    if (o == null || !o.isGap()) {
      return esc(fallback);
    }
    return esc(capitalize(Views.familyInWords(family.name())))
        + " "
        + Views.statusInWords(o.status())
        + (o.reason().isBlank() ? "" : ": " + esc(o.reason()))
        + ".";
  }

  private static List<Due> dues(CourseRecord record, String name) {
    DeadlineSettings settings = Views.found(record, CourseFamily.DEADLINES);
    if (settings == null) {
      return List.of();
    }
    Map<ModuleId, String> labels = moduleLabels(Views.found(record, CourseFamily.SCHEDULE));
    List<Due> dues = new ArrayList<>();
    for (ModuleDeadline d : settings.moduleDeadlines()) {
      dues.add(
          new Due(
              d.deadline(),
              name,
              "",
              labels.getOrDefault(d.moduleId(), "Module " + d.moduleId().value()),
              settings.enabled()));
    }
    return dues;
  }

  // ---- specializations and lists ----

  private static void specializations(
      StringBuilder h,
      LearnerRecord learner,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    if (learner.specializations().isEmpty()) {
      return;
    }
    Map<SpecializationId, Instant> joined = new HashMap<>();
    for (SpecializationMembership m :
        learner.specializationMemberships().found().orElse(List.of())) {
      if (m.timestamp() != null) {
        joined.put(m.specializationId(), m.timestamp());
      }
    }
    h.append("<section id=\"specializations\">\n<h2>Specializations</h2>\n");
    for (Map.Entry<SpecializationId, Outcome<Specialization>> e :
        learner.specializations().entrySet()) {
      Specialization s = e.getValue().found().orElse(null);
      h.append("<div class=\"panel\">");
      if (s == null) {
        h.append("<h3>Specialization ")
            .append(esc(e.getKey().value()))
            .append("</h3><p class=\"gaps small\">Its details ")
            .append(Views.statusInWords(e.getValue().status()));
        if (!e.getValue().reason().isBlank()) {
          h.append(": ").append(esc(e.getValue().reason()));
        }
        h.append(".</p></div>\n");
        continue;
      }
      h.append("<h3>").append(esc(s.name())).append("</h3>\n");
      if (s.tagline() != null && !s.tagline().isBlank()) {
        h.append("<p><i>").append(esc(s.tagline())).append("</i></p>\n");
      }
      Instant since = joined.get(e.getKey());
      if (since != null) {
        h.append("<p class=\"small muted\">Joined ").append(time(since, false)).append("</p>\n");
      }
      if (s.description() != null && !s.description().isBlank()) {
        h.append("<p>").append(esc(s.description())).append("</p>\n");
      }
      courseLinks(h, s.courseIds(), anchors, names);
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void courseLists(
      StringBuilder h,
      LearnerRecord learner,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    List<CourseList> lists = learner.courseLists().found().orElse(List.of());
    if (lists.isEmpty()) {
      return;
    }
    h.append("<section id=\"lists\">\n<h2>Your course lists</h2>\n");
    for (CourseList list : lists) {
      h.append("<div class=\"panel\"><h3>")
          .append(esc(list.name() == null || list.name().isBlank() ? list.id() : list.name()))
          .append("</h3>\n");
      courseLinks(h, list.courseIds(), anchors, names);
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void courseLinks(
      StringBuilder h,
      List<CourseId> ids,
      Map<String, String> anchors,
      Map<CourseId, String> names) {
    if (ids.isEmpty()) {
      return;
    }
    h.append("<ul>\n");
    for (CourseId id : ids) {
      String anchor = anchors.get(id.value());
      String name = names.getOrDefault(id, "Course " + id.value());
      h.append("<li>");
      if (anchor != null) {
        h.append("<a href=\"#").append(anchor).append("\">").append(esc(name)).append("</a>");
      } else {
        h.append(esc(name)).append(" <span class=\"muted small\">(not in your record)</span>");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n");
  }

  // ---- small things ----

  private static String time(Instant instant, boolean withTime) {
    return "<time datetime=\""
        + instant
        + "\">"
        + (withTime ? Views.dateTime(instant) : Views.date(instant))
        + "</time>";
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
