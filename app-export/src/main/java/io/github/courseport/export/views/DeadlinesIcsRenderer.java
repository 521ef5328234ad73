package io.github.courseport.export.views;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.SchedulePeriod;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code exports/deadlines.ics}: an RFC 5545 calendar with one event per module deadline, at
 * the deadline's UTC instant, named by the module's name from the course's outline (by its id, and
 * why, when the record has no outline). Each event's UID is a UUIDv5 of learner, course and module,
 * so importing a later export updates the events instead of adding copies; DTSTAMP is the newest
 * activity in the record, never the wall clock. ical4j builds and escapes the content; lines are
 * folded here, by octets (RFC 5545 section 3.1: at most 75 octets, never inside a UTF-8 sequence),
 * because ical4j folds by UTF-16 characters. A record without deadlines writes no calendar (RFC
 * 5545 requires at least one component).
 */
public final class DeadlinesIcsRenderer implements RecordRenderer {
  /** The file this renderer writes, relative to {@code data/}. */
  public static final String PATH = "exports/deadlines.ics";

  static final String PRODID = "-//Courseport//Coursera deadlines//EN";
  private static final int MAX_OCTETS = 75;

  public DeadlinesIcsRenderer() {}

  @Override
  public String name() {
    return "deadlines-ics";
  }

  @Override
  public String description() {
    return "exports/deadlines.ics: module deadlines for a calendar (RFC 5545)";
  }

  /** One deadline, with what its event says. */
  private record Entry(
      String uid,
      Instant due,
      String summary,
      String description,
      @Nullable String url,
      boolean enabled) {}

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    UserId user = record.learner().userId();
    List<Entry> entries = new ArrayList<>();
    Instant newest = Views.newestActivity(record.learner());
    Instant latestDeadline = null;
    for (CourseRecord course : record.courses()) {
      newest = Views.later(newest, Views.newestActivity(course));
      DeadlineSettings settings = Views.found(course, CourseFamily.DEADLINES);
      if (settings == null) {
        continue;
      }
      Map<ModuleId, Integer> weeks = weeks(Views.found(course, CourseFamily.SCHEDULE));
      OutlineIndex names = OutlineIndex.of(course);
      String name = Views.courseName(course);
      String url = Views.courseUrl(course).orElse(null);
      for (ModuleDeadline d : settings.moduleDeadlines()) {
        latestDeadline = Views.later(latestDeadline, d.deadline());
        Integer week = weeks.get(d.moduleId());
        String id = "module " + d.moduleId().value();
        boolean named = names.knows(d.moduleId());
        String module =
            named
                ? Views.clip(names.module(d.moduleId()), Views.NAME_LIMIT)
                : id + (week == null ? "" : " (week " + week + ")");
        StringBuilder description = new StringBuilder("Deadline of ");
        if (named) {
          description.append('"').append(module).append("\" (").append(id);
          description.append(week == null ? "" : ", week " + week).append(')');
        } else {
          description.append(module);
        }
        description.append(" in the Coursera course \"").append(name).append("\".");
        if (!named && !names.missing().isEmpty()) {
          description.append("\nThe module's name is not in this record: ");
          description.append(names.missing()).append('.');
        }
        if (!settings.enabled()) {
          description.append("\nDeadlines are switched off for this course.");
        }
        if (url != null) {
          description.append('\n').append(url);
        }
        description.append("\nExported by Courseport.");
        entries.add(
            new Entry(
                uid(user, course, d.moduleId()),
                d.deadline(),
                "Due: " + name + " \u2013 " + module,
                description.toString(),
                url,
                settings.enabled()));
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    entries.sort(Comparator.comparing(Entry::due).thenComparing(Entry::uid));
    Instant stamp = newest != null ? newest : latestDeadline;
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(target.open(PATH), StandardCharsets.UTF_8), 1 << 16)) {
      calendar(record, entries, stamp, out);
    }
  }

  /** The stable UID of a module's deadline. */
  static String uid(UserId user, CourseRecord course, ModuleId module) {
    return Uuids.v5(
            Uuids.COURSEPORT,
            "deadline\n" + user.value() + "\n" + course.id().value() + "\n" + module.value())
        .toString();
  }

  /**
   * Writes the calendar a component at a time (what {@link Calendar#toString()} would give for the
   * whole, without holding it): a record of thousands of courses has tens of thousands of events.
   */
  private static void calendar(
      ExportedRecord record, List<Entry> entries, @Nullable Instant stamp, Writer out)
      throws IOException {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    LearnerProfile profile = record.learner().profile().found().orElse(null);
    String who =
        profile != null && profile.fullName() != null && !profile.fullName().isBlank()
            ? profile.fullName()
            : "Coursera user " + record.learner().userId();
    calendar.add(new XProperty("X-WR-CALNAME", text("Coursera deadlines of " + who)));
    out.write("BEGIN:VCALENDAR\r\n");
    out.write(fold(calendar.getPropertyList().toString()));
    for (Entry e : entries) {
      VEvent event = new VEvent(false);
      event.add(new Uid(e.uid()));
      event.add(new DtStamp(stamp == null ? e.due() : stamp));
      event.add(new DtStart<>(e.due()));
      event.add(new Summary(text(e.summary())));
      event.add(new Description(text(e.description())));
      if (e.url() != null) {
        event.add(new Url(URI.create(e.url())));
      }
      event.add(new Categories(new TextList("Coursera")));
      event.add(e.enabled() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
      event.add(ImmutableTransp.TRANSPARENT);
      out.write(fold(event.toString()));
    }
    out.write("END:VCALENDAR\r\n");
  }

  /** The week of each module in the default schedule, counting from 1. */
  private static Map<ModuleId, Integer> weeks(@Nullable CourseSchedule schedule) {
    Map<ModuleId, Integer> weeks = new HashMap<>();
    if (schedule == null) {
      return weeks;
    }
    int week = 1;
    for (SchedulePeriod p : schedule.periods()) {
      for (ModuleId m : p.moduleIds()) {
        weeks.putIfAbsent(m, week);
      }
      week += Math.max(1, p.numberOfWeeks());
    }
    return weeks;
  }

  /**
   * Server text made fit for an iCalendar TEXT value: line breaks become line feeds (which ical4j
   * escapes as {@code \n}), other control characters are dropped (RFC 5545 allows none), and an
   * unpaired surrogate becomes U+FFFD.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c < 0x20 || c == 0x7f) {
        // dropped: RFC 5545 allows no other control character in TEXT
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Folds content lines (RFC 5545 section 3.1): a line longer than 75 octets is broken before a
   * code point so that no physical line exceeds 75 octets, continuing with CRLF and one space.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue; // only after the final CRLF
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = utf8Length(cp);
        if (octets + size > MAX_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
