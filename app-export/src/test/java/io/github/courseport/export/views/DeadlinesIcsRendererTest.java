package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.ModuleId;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class DeadlinesIcsRendererTest {
  static byte[] render(SampleRecords.Exported record) {
    return MemoryTarget.render(new DeadlinesIcsRenderer(), record).bytes(DeadlinesIcsRenderer.PATH);
  }

  /** Parses with ical4j, an independent RFC 5545 reader (it unfolds and unescapes). */
  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  static String value(VEvent event, String property) {
    return event.<Property>getRequiredProperty(property).getValue();
  }

  static Instant instant(VEvent event, String property) {
    DateProperty<?> p = event.getRequiredProperty(property);
    return Instant.from((Temporal) p.getDate());
  }

  @Test
  void oneEventPerModuleDeadlineAtItsUtcInstant() throws Exception {
    SampleRecords.Exported demo = SampleRecords.demo();
    byte[] ics = render(demo);
    Calendar calendar = parse(ics);
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    assertThat(calendar.<Property>getRequiredProperty("PRODID").getValue())
        .isEqualTo(DeadlinesIcsRenderer.PRODID);
    assertThat(calendar.<Property>getRequiredProperty("VERSION").getValue()).isEqualTo("2.0");
    assertThat(calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue())
        .isEqualTo("Coursera deadlines of Ada Lovelace");

    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(8);
    Map<String, Instant> expected = new TreeMap<>();
    for (CourseRecord c : demo.courseList()) {
      var settings = Views.found(c, io.github.courseport.core.domain.CourseFamily.DEADLINES);
      if (settings != null) {
        settings
            .moduleDeadlines()
            .forEach(
                d ->
                    expected.put(
                        DeadlinesIcsRenderer.uid(SampleRecords.USER, c, d.moduleId()),
                        d.deadline().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
      }
    }
    Map<String, Instant> actual = new TreeMap<>();
    List<Instant> order = new ArrayList<>();
    for (VEvent e : events) {
      actual.put(value(e, "UID"), instant(e, "DTSTART"));
      order.add(instant(e, "DTSTART"));
      // DTSTAMP is the newest activity of the record, not the time of the export
      assertThat(instant(e, "DTSTAMP")).isEqualTo(Instant.parse("2016-03-12T09:20:00Z"));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(order).isSorted();

    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\nDTSTART:20160306T235959Z\r\n");

    // named from the course's outline (it was "module SkoZT (week 1)" before outlines)
    VEvent first = events.get(2);
    assertThat(value(first, "SUMMARY"))
        .isEqualTo(
            "Due: The Modern and the Postmodern (Part 2) \u2013 Week 1: Nietzsche and the Death"
                + " of God");
    assertThat(value(first, "DESCRIPTION"))
        .startsWith(
            "Deadline of \"Week 1: Nietzsche and the Death of God\" (module SkoZT, week 1) in the"
                + " Coursera course \"The Modern and the Postmodern (Part 2)\".\n"
                + "https://www.coursera.org/learn/modern-postmodern-2");
    assertThat(value(first, "URL")).isEqualTo("https://www.coursera.org/learn/modern-postmodern-2");
    assertThat(value(first, "STATUS")).isEqualTo("CONFIRMED");
  }

  @Test
  void modulesWithoutAnOutlineKeepTheirIdAndTheEventSaysWhy() throws Exception {
    List<VEvent> events = parse(render(SampleRecords.today())).getComponents("VEVENT");
    assertThat(events)
        .extracting(e -> value(e, "SUMMARY"))
        .containsExactly(
            "Due: Introduction to Swift Programming \u2013 Week 1: Values and Types",
            "Due: Introduction to Swift Programming \u2013 Week 2: Control Flow",
            "Due: Data Visualization \u2013 module dv1Mo",
            "Due: Introduction to Swift Programming \u2013 Week 3: Optionals and Classes");
    assertThat(value(events.get(2), "DESCRIPTION"))
        .startsWith(
            "Deadline of module dv1Mo in the Coursera course \"Data Visualization\".\nThe"
                + " module's name is not in this record: the course outline is not offered by"
                + " Coursera: "
                + SampleRecords.OUTLINE_GONE
                + ".\n");
    // the demo's Machine Learning record has no outline family at all (an earlier export)
    List<VEvent> demo = parse(render(SampleRecords.demo())).getComponents("VEVENT");
    assertThat(demo)
        .filteredOn(e -> value(e, "SUMMARY").contains("module mlW01"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(value(e, "DESCRIPTION"))
                    .contains("it was exported before Courseport fetched course outlines."));
  }

  @Test
  void uidsAreStablePerLearnerCourseAndModule() {
    CourseRecord course = SampleRecords.postmodern();
    String uid = DeadlinesIcsRenderer.uid(SampleRecords.USER, course, new ModuleId("SkoZT"));
    assertThat(
            DeadlinesIcsRenderer.uid(
                SampleRecords.USER, SampleRecords.postmodern(), new ModuleId("SkoZT")))
        .isEqualTo(uid);
    assertThat(DeadlinesIcsRenderer.uid(SampleRecords.USER, course, new ModuleId("yd8Xq")))
        .isNotEqualTo(uid);
    assertThat(
            DeadlinesIcsRenderer.uid(
                new io.github.courseport.core.domain.UserId(1), course, new ModuleId("SkoZT")))
        .isNotEqualTo(uid);
    assertThat(uid).isEqualTo("52e7461a-0876-57cf-a390-02de7bdac8e7");
  }

  @Test
  void linesAreCrlfFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() throws Exception {
    byte[] ics = render(SampleRecords.hostile());
    decodeStrictly(ics);
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text).endsWith("END:VCALENDAR\r\n");
    String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
    int folded = 0;
    for (String line : lines) {
      assertThat(line).doesNotContain("\r", "\n");
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      if (line.startsWith(" ")) {
        folded++;
      }
      assertThat(line.chars().allMatch(c -> (c >= 0x20 && c != 0x7f) || c == '\t'))
          .as("control character in " + line)
          .isTrue();
    }
    assertThat(folded).isGreaterThan(10);
  }

  @Test
  void hostileTextIsEscapedAndComesBackUnchanged() throws Exception {
    byte[] ics = render(SampleRecords.hostile());
    Calendar calendar = parse(ics);
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    assertThat(calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue())
        .isEqualTo(
            "Coursera deadlines of <script>document.body.dataset.pwned='name'</script>"
                + DeadlinesIcsRenderer.text(SampleRecords.HOSTILE));
    assertThat(DeadlinesIcsRenderer.text(SampleRecords.HOSTILE))
        .contains("\"quoted\", comma; semi\\colon\nnew line", "🎓 学习 עברית \u2028 e\u0301 bell")
        .doesNotContain("\r", "\u0007");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(value(events.get(0), "SUMMARY"))
        .isEqualTo("Due: " + SampleRecords.XSS_IMG + " \u2013 " + SampleRecords.HOSTILE_MODULE);
    assertThat(value(events.get(0), "URL"))
        .isEqualTo("https://www.coursera.org/learn/slug%2F..%2F%3Cx%3E%3Fa%3Db%23c%20d");
    VEvent off = events.get(1);
    String summary =
        "Due: =cmd|' /C calc'!A0 \u2013 module " + SampleRecords.LONG.substring(0, 500);
    // ical4j's reader drops trailing white space; the file itself keeps it
    assertThat(value(off, "SUMMARY")).isEqualTo(summary.stripTrailing());
    assertThat(new String(ics, StandardCharsets.UTF_8).replace("\r\n ", ""))
        .contains("\r\nSUMMARY:" + summary + "\r\n");
    assertThat(value(off, "STATUS")).isEqualTo("TENTATIVE");
    assertThat(value(off, "DESCRIPTION")).contains("Deadlines are switched off for this course.");
    // no activity time in the second course: DTSTAMP still comes from the record
    assertThat(instant(off, "DTSTAMP")).isEqualTo(Instant.parse("2020-01-03T00:00:00Z"));
  }

  @Test
  void foldingIsByOctetsAndUnfoldsToTheOriginal() {
    String line = "SUMMARY:" + "é".repeat(50) + "🎓".repeat(30) + "x".repeat(80);
    String folded = DeadlinesIcsRenderer.fold(line + "\r\n");
    for (String physical : folded.split("\r\n", -1)) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
  }

  @Test
  void aRecordWithoutDeadlinesWritesNoCalendar() {
    assertThat(MemoryTarget.render(new DeadlinesIcsRenderer(), SampleRecords.empty()).files)
        .isEmpty();
  }

  private static void decodeStrictly(byte[] bytes) throws CharacterCodingException {
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes));
  }
}
