package io.github.courseport.export.views;

import io.github.courseport.core.domain.AssignmentGroupGrade;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.Classmates;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemGroupGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SchedulePeriod;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SocialProfile;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.TrackAttainment;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RawResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Fills an empty SQLite database with the tables of {@link RecordDatabaseSchema} from a record: the
 * learner-level lists first, then each course as the feed hands it over (one course in memory at a
 * time), then the completeness report and the raw index. Rows go in a fixed order (courses by id,
 * their parts by id), so the file comes out the same for the same record.
 */
final class RecordDatabaseWriter {
  /** UTC, always with milliseconds: text order is time order, SQLite's date functions read it. */
  static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** A local time with its offset, e.g. 2015-10-11T07:59:59.000+01:00. */
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT);

  private final Connection db;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final RecordDatabaseWorkWriter work = new RecordDatabaseWorkWriter(this);

  RecordDatabaseWriter(Connection db) {
    this.db = db;
  }

  /** Creates the tables and writes the whole record in one transaction. */
  void write(ExportedRecord record) throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      for (RecordDatabaseSchema.Table t : RecordDatabaseSchema.TABLES) {
        s.execute(t.create());
      }
      s.execute("PRAGMA user_version = " + RecordDatabaseSchema.VERSION);
      s.execute("PRAGMA application_id = " + RecordDatabaseSchema.APPLICATION_ID);
    }
    for (RecordDatabaseSchema.Column row : RecordDatabaseSchema.readme()) {
      insert("INSERT INTO readme VALUES (?, ?)", row.name(), row.comment());
    }
    LearnerRecord learner = record.learner();
    @Nullable ZoneId zone = learner(learner);
    Map<CourseId, Boolean> members = Views.members(learner);
    for (CourseRecord course : record.courses()) {
      course(course, Views.member(course, members), zone);
    }
    for (CourseSummary summary : learner.courses()) {
      for (String list : summary.listedBy()) {
        insert("INSERT INTO course_listed_by VALUES (?, ?)", summary.id().value(), list);
      }
    }
    report(record.report());
    work.notAsked(record.report().notAsked());
    for (RawResponse r : record.rawResponses()) {
      insert(
          "INSERT OR IGNORE INTO raw_response VALUES (?, ?, ?, ?, ?, ?)",
          r.resource(),
          r.request(),
          r.sha256(),
          r.status(),
          r.contentType(),
          r.bytes());
    }
    try (Statement s = db.createStatement()) {
      for (RecordDatabaseSchema.Table t : RecordDatabaseSchema.TABLES) {
        for (String index : t.createIndexes()) {
          s.execute(index);
        }
      }
    }
    db.commit();
    for (PreparedStatement p : statements.values()) {
      p.close();
    }
    statements.clear();
    db.setAutoCommit(true); // VACUUM runs outside a transaction
  }

  // ---- the learner ----

  /** Writes the learner's rows; returns the time zone of their profile, when it is a valid one. */
  private @Nullable ZoneId learner(LearnerRecord learner) throws SQLException {
    Outcome<LearnerProfile> profile = learner.profile();
    LearnerProfile p = profile.found().orElse(null);
    insert(
        "INSERT INTO learner VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        String.valueOf(learner.userId().value()),
        learner.identifiedBy(),
        p == null ? null : p.fullName(),
        p == null ? null : p.timezone(),
        p == null ? null : p.locale(),
        p == null ? null : p.privacy(),
        p == null || p.externalId() == null ? null : p.externalId().value(),
        status(profile),
        profile.reason());
    for (Map.Entry<SpecializationId, Outcome<Specialization>> e :
        learner.specializations().entrySet()) {
      Specialization s = e.getValue().found().orElse(null);
      insert(
          "INSERT INTO specialization VALUES (?, ?, ?, ?, ?, ?)",
          e.getKey().value(),
          s == null ? null : s.slug(),
          s == null ? null : s.name(),
          s == null ? null : s.tagline(),
          status(e.getValue()),
          e.getValue().reason());
      if (s != null) {
        for (int i = 0; i < s.courseIds().size(); i++) {
          insert(
              "INSERT OR IGNORE INTO specialization_course VALUES (?, ?, ?)",
              e.getKey().value(),
              s.courseIds().get(i).value(),
              i);
        }
      }
    }
    for (SpecializationMembership m :
        learner.specializationMemberships().received().orElse(List.of())) {
      insert(
          "INSERT OR IGNORE INTO specialization_membership VALUES (?, ?, ?, ?, ?)",
          m.id(),
          m.specializationId().value(),
          m.role(),
          m.timestamp(),
          m.joined());
    }
    for (CourseList list : learner.courseLists().received().orElse(List.of())) {
      insert("INSERT OR IGNORE INTO course_list VALUES (?, ?)", list.id(), list.name());
      for (int i = 0; i < list.courseIds().size(); i++) {
        insert(
            "INSERT INTO course_list_course VALUES (?, ?, ?)",
            list.id(),
            i,
            list.courseIds().get(i).value());
      }
    }
    return zone(p == null ? null : p.timezone());
  }

  private static @Nullable ZoneId zone(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      return null; // not a zone Java knows: the local column stays empty
    }
  }

  // ---- one course ----

  private void course(CourseRecord record, boolean member, @Nullable ZoneId zone)
      throws SQLException {
    String id = record.id().value();
    Course c = record.course().found().orElse(null);
    Instant joined = null;
    Instant left = null;
    for (Membership m : record.memberships()) {
      joined = earlier(joined, m.timestamp());
    }
    for (Enrollment e : record.enrollments()) {
      joined = earlier(joined, e.start());
      left = Views.later(left, e.end());
    }
    CourseProgress progress = Views.found(record, CourseFamily.PROGRESS);
    insert(
        "INSERT INTO course VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        record.isSessionBased() ? "v1" : "v2",
        c == null ? null : c.slug(),
        c == null ? null : c.name(),
        c == null ? null : Views.courseUrl(c).orElse(null),
        description(c),
        joined,
        left,
        progress == null ? null : progress.overall(),
        Views.newestActivity(record),
        status(record.course()),
        record.course().reason(),
        member);

    for (Map.Entry<PartnerId, Outcome<Partner>> e : record.partners().entrySet()) {
      Partner p = e.getValue().found().orElse(null);
      insert(
          "INSERT INTO partner VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partner_id) DO UPDATE SET"
              + " name = excluded.name, short_name = excluded.short_name,"
              + " location = excluded.location, status = excluded.status, reason = excluded.reason"
              + " WHERE partner.status <> 'found' AND excluded.status = 'found'",
          e.getKey().value(),
          p == null ? null : p.name(),
          p == null ? null : p.shortName(),
          p == null ? null : p.location(),
          status(e.getValue()),
          e.getValue().reason());
    }
    for (Map.Entry<InstructorId, Outcome<Instructor>> e : record.instructors().entrySet()) {
      instructor(e.getKey(), e.getValue());
    }
    // the links: every partner and instructor the record has an outcome for, at its place in the
    // catalog's list (null when the list does not name it)
    List<PartnerId> partnerOrder = c == null ? List.of() : c.partnerIds();
    for (PartnerId p : record.partners().keySet()) {
      int at = partnerOrder.indexOf(p);
      insert("INSERT INTO course_partner VALUES (?, ?, ?)", id, p.value(), at < 0 ? null : at);
    }
    List<InstructorId> instructorOrder = c == null ? List.of() : c.instructorIds();
    for (InstructorId i : record.instructors().keySet()) {
      int at = instructorOrder.indexOf(i);
      insert("INSERT INTO course_instructor VALUES (?, ?, ?)", id, i.value(), at < 0 ? null : at);
    }
    for (var e : record.sessions().entrySet()) {
      Session s = e.getValue().found().orElse(null);
      insert(
          "INSERT OR IGNORE INTO session VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          String.valueOf(e.getKey().value()),
          id,
          s == null ? null : s.start().year(),
          s == null ? null : s.start().month(),
          s == null ? null : s.start().day(),
          s == null ? null : s.start().toLocalDate().map(Object::toString).orElse(null),
          s == null ? null : s.durationString(),
          s == null ? null : s.homeLink(),
          s == null ? null : s.active(),
          status(e.getValue()),
          e.getValue().reason());
    }
    for (Membership m : record.memberships()) {
      insert(
          "INSERT OR IGNORE INTO membership VALUES (?, ?, ?, ?)",
          m.id(),
          id,
          m.role(),
          m.timestamp());
    }
    for (Enrollment e : record.enrollments()) {
      insert(
          "INSERT OR IGNORE INTO enrollment VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          e.id(),
          id,
          e.sessionId() == null ? null : String.valueOf(e.sessionId().value()),
          e.start(),
          e.end(),
          e.startStatus(),
          e.signatureTrack(),
          e.active());
    }
    for (SpecializationId s : record.specializations()) {
      insert("INSERT OR IGNORE INTO specialization_course VALUES (?, ?, NULL)", s.value(), id);
    }
    modulesAndItems(record, progress, zone);
    grades(record);
    notes(record);
    classmates(record);
    completionEvents(record);
    work.write(record);
    for (Map.Entry<String, CourseCompleteness.Part> part :
        record.completeness().parts().entrySet()) {
      insert(
          "INSERT INTO course_part VALUES (?, ?, ?, ?)",
          id,
          part.getKey(),
          part.getValue().status().name().toLowerCase(Locale.ROOT),
          part.getValue().reason());
    }
  }

  private static @Nullable String description(@Nullable Course c) {
    if (c instanceof OnDemandCourse d) {
      return d.description();
    }
    if (c instanceof SessionCourse s) {
      return s.description();
    }
    return null;
  }

  private void instructor(InstructorId id, Outcome<Instructor> outcome) throws SQLException {
    Instructor i = outcome.found().orElse(null);
    insert(
        "INSERT INTO instructor VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (instructor_id) DO UPDATE"
            + " SET full_name = excluded.full_name, title = excluded.title,"
            + " department = excluded.department, status = excluded.status,"
            + " reason = excluded.reason"
            + " WHERE instructor.status <> 'found' AND excluded.status = 'found'",
        id.value(),
        i == null ? null : i.fullName(),
        i == null ? null : i.title(),
        i == null ? null : i.department(),
        status(outcome),
        outcome.reason());
  }

  /** What the record knows about one module, gathered from five answers. */
  private static final class ModuleRow {
    @Nullable Double percent;
    @Nullable Boolean completed;
    @Nullable Boolean passed;
    @Nullable Integer firstWeek;
    @Nullable Integer weeks;
    @Nullable OutlineModule outlined;
    @Nullable Integer position;
  }

  /** What the record knows about one lesson: its progress and its place in the outline. */
  private static final class LessonRow {
    @Nullable Double percent;
    @Nullable OutlineLesson outlined;
    @Nullable String moduleId;
    @Nullable Integer position;
  }

  private void modulesAndItems(
      CourseRecord record, @Nullable CourseProgress progress, @Nullable ZoneId zone)
      throws SQLException {
    String id = record.id().value();
    CourseOutline outline = Views.found(record, CourseFamily.OUTLINE);
    TreeMap<String, ModuleRow> modules = new TreeMap<>();
    TreeMap<String, LessonRow> lessons = new TreeMap<>();
    Map<ItemId, Integer> itemPositions = new HashMap<>();
    Map<ItemId, OutlineItem> outlinedItems = new HashMap<>();
    Map<ItemId, String[]> placed = new HashMap<>(); // module id, lesson id
    if (outline != null) {
      for (int i = 0; i < outline.modules().size(); i++) {
        OutlineModule m = outline.modules().get(i);
        ModuleRow row = module(modules, m.id());
        if (row.outlined == null) {
          row.outlined = m;
          row.position = i;
        }
        for (int j = 0; j < m.lessons().size(); j++) {
          OutlineLesson l = m.lessons().get(j);
          LessonRow lesson = lessons.computeIfAbsent(l.id().value(), k -> new LessonRow());
          if (lesson.outlined == null) {
            lesson.outlined = l;
            lesson.moduleId = m.id().value();
            lesson.position = j;
          }
          for (int k = 0; k < l.items().size(); k++) {
            OutlineItem item = l.items().get(k);
            if (outlinedItems.putIfAbsent(item.id(), item) == null) {
              itemPositions.put(item.id(), k);
              placed.put(item.id(), new String[] {m.id().value(), l.id().value()});
            }
          }
        }
      }
      for (int k = 0; k < outline.items().size(); k++) {
        OutlineItem item = outline.items().get(k);
        if (outlinedItems.putIfAbsent(item.id(), item) == null) {
          itemPositions.put(item.id(), k);
        }
      }
    }
    if (progress != null) {
      progress.modules().forEach((m, pct) -> module(modules, m).percent = pct);
    }
    HomeProgress home = Views.found(record, CourseFamily.HOME_PROGRESS);
    if (home != null) {
      home.modulesCompleted().forEach(m -> module(modules, m).completed = true);
      home.modulesPassed().forEach(m -> module(modules, m).passed = true);
    }
    CourseSchedule schedule = Views.found(record, CourseFamily.SCHEDULE);
    if (schedule != null) {
      int week = 1;
      for (SchedulePeriod period : schedule.periods()) {
        for (ModuleId m : period.moduleIds()) {
          ModuleRow row = module(modules, m);
          if (row.firstWeek == null) {
            row.firstWeek = week;
            row.weeks = period.numberOfWeeks();
          }
        }
        week += Math.max(0, period.numberOfWeeks());
      }
    }
    DeadlineSettings deadlines = Views.found(record, CourseFamily.DEADLINES);
    if (deadlines != null) {
      deadlines.moduleDeadlines().forEach(d -> module(modules, d.moduleId()));
    }
    RecordDatabaseWorkWriter.modules(record).forEach(m -> module(modules, m));
    if (home != null) {
      for (ModuleRow row : modules.values()) {
        row.completed = row.completed != null && row.completed;
        row.passed = row.passed != null && row.passed;
      }
    }
    for (Map.Entry<String, ModuleRow> e : modules.entrySet()) {
      ModuleRow row = e.getValue();
      OutlineModule m = row.outlined;
      insert(
          "INSERT INTO module VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          e.getKey(),
          row.percent,
          row.completed,
          row.passed,
          row.firstWeek,
          row.weeks,
          m == null ? null : m.name(),
          m == null ? null : m.slug(),
          m == null ? null : m.description(),
          row.position,
          m == null ? null : m.timeCommitmentMillis(),
          m == null ? null : m.optional());
    }
    if (progress != null) {
      progress
          .lessons()
          .forEach(
              (l, pct) -> lessons.computeIfAbsent(l.value(), k -> new LessonRow()).percent = pct);
    }
    for (Map.Entry<String, LessonRow> e : lessons.entrySet()) {
      LessonRow row = e.getValue();
      OutlineLesson l = row.outlined;
      insert(
          "INSERT INTO lesson VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          e.getKey(),
          row.percent,
          row.moduleId,
          l == null ? null : l.name(),
          l == null ? null : l.slug(),
          row.position,
          l == null ? null : l.timeCommitmentMillis(),
          l == null ? null : l.optional(),
          l == null ? null : l.trackId());
    }
    TreeSet<ItemId> items = new TreeSet<>(outlinedItems.keySet());
    if (progress != null) {
      items.addAll(progress.items().keySet());
    }
    CourseGrade grade = Views.found(record, CourseFamily.GRADES);
    if (grade != null) {
      items.addAll(grade.itemGrades().keySet());
      grade.assignmentGroups().forEach(g -> items.addAll(g.droppedItemIds()));
    }
    items.addAll(RecordDatabaseWorkWriter.items(record));
    for (ItemId item : items) {
      ItemProgress p = progress == null ? null : progress.items().get(item);
      OutlineItem o = outlinedItems.get(item);
      String[] where = placed.get(item);
      insert(
          "INSERT INTO item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          item.value(),
          p == null ? null : p.progressState(),
          p == null ? null : p.timestamp(),
          where == null ? null : where[0],
          where == null ? null : where[1],
          o == null ? null : o.name(),
          o == null ? null : o.slug(),
          o == null ? null : o.typeName(),
          o == null ? null : o.kind().name().toLowerCase(Locale.ROOT),
          itemPositions.get(item),
          o == null ? null : o.timeCommitmentMillis(),
          o == null ? null : o.optional(),
          o == null ? null : o.locked(),
          o == null ? null : o.lockedReason(),
          o == null ? null : o.gradingWeight(),
          o == null ? null : o.requiredForPassing(),
          o == null ? null : o.trackId(),
          o == null ? null : o.description());
    }
    if (deadlines != null) {
      TreeMap<String, ModuleDeadline> byModule = new TreeMap<>();
      deadlines.moduleDeadlines().forEach(d -> byModule.putIfAbsent(d.moduleId().value(), d));
      for (ModuleDeadline d : byModule.values()) {
        insert(
            "INSERT INTO deadline VALUES (?, ?, ?, ?, ?, ?)",
            id,
            d.moduleId().value(),
            d.deadline(),
            zone == null ? null : LOCAL.format(d.deadline().atZone(zone)),
            zone == null ? null : zone.getId(),
            deadlines.enabled());
      }
    }
  }

  private static ModuleRow module(Map<String, ModuleRow> modules, ModuleId id) {
    return modules.computeIfAbsent(id.value(), k -> new ModuleRow());
  }

  private void grades(CourseRecord record) throws SQLException {
    CourseGrade g = Views.found(record, CourseFamily.GRADES);
    if (g == null) {
      return;
    }
    String id = record.id().value();
    insert(
        "INSERT INTO course_grade VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        g.passingState(),
        g.grade().orElse(null),
        g.passedItems().orElse(null),
        g.passableItemsCount(),
        Views.verifiedGrade(g),
        Views.verifiedPassedItems(g),
        g.timestamp());
    for (var e : g.itemGrades().entrySet()) {
      ItemGrade item = e.getValue();
      GradeOverride o = item.override();
      insert(
          "INSERT INTO item_grade VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          e.getKey().value(),
          item.grade(),
          item.state(),
          g.timestamp(),
          Views.itemPassed(item),
          o == null ? null : o.grade(),
          o == null ? null : o.passed(),
          o == null ? null : o.explanation(),
          o == null ? null : o.overriddenAt(),
          o == null ? null : o.overriderId());
    }
    for (TrackAttainment t : g.tracks()) {
      insert(
          "INSERT OR IGNORE INTO track_attainment VALUES (?, ?, ?, ?, ?)",
          id,
          t.trackId(),
          t.passingState(),
          t.overallPassedCount(),
          t.verifiedPassedCount());
    }
    for (ItemGroupGrade ig : g.itemGroups()) {
      insert(
          "INSERT OR IGNORE INTO item_group_grade VALUES (?, ?, ?, ?, ?)",
          id,
          ig.groupId(),
          ig.passingState(),
          ig.overallPassedCount(),
          ig.overallGrade());
    }
    for (AssignmentGroupGrade a : g.assignmentGroups()) {
      insert(
          "INSERT OR IGNORE INTO assignment_group_grade VALUES (?, ?, ?, ?)",
          id,
          a.groupId(),
          a.name(),
          a.grade());
      for (ItemId dropped : a.droppedItemIds()) {
        insert(
            "INSERT OR IGNORE INTO assignment_group_dropped_item VALUES (?, ?, ?)",
            id,
            a.groupId(),
            dropped.value());
      }
    }
  }

  private void notes(CourseRecord record) throws SQLException {
    InstructorNotes notes = Views.found(record, CourseFamily.INSTRUCTOR_NOTES);
    if (notes == null) {
      return;
    }
    String id = record.id().value();
    for (Instructor i : notes.instructors()) {
      instructor(i.id(), Outcome.found(i));
    }
    for (InstructorNote n : notes.notes()) {
      insert(
          "INSERT OR IGNORE INTO instructor_note VALUES (?, ?, ?, ?, ?)",
          id,
          n.id(),
          n.title(),
          n.body(),
          n.isDefault());
      for (int i = 0; i < n.instructorIds().size(); i++) {
        insert(
            "INSERT OR IGNORE INTO instructor_note_author VALUES (?, ?, ?, ?)",
            id,
            n.id(),
            n.instructorIds().get(i).value(),
            i);
      }
    }
  }

  private void classmates(CourseRecord record) throws SQLException {
    Classmates mates = Views.found(record, CourseFamily.CLASSMATES);
    if (mates == null) {
      return;
    }
    for (Classmate m : mates.classmates()) {
      SocialProfile social = m.socialProfile();
      insert(
          "INSERT OR IGNORE INTO classmate VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          record.id().value(),
          m.id().value(),
          m.userId() == null ? null : String.valueOf(m.userId().value()),
          social == null ? null : social.fullName(),
          social == null ? null : social.courseRole(),
          m.courseProgressPercentage(),
          m.courseCompleted(),
          m.postsCount(),
          m.votesReceivedCount());
    }
  }

  private void completionEvents(CourseRecord record) throws SQLException {
    CompletionEvents events = Views.found(record, CourseFamily.COMPLETION_EVENTS);
    if (events == null) {
      return;
    }
    for (CompletionEvent e : events.events()) {
      insert(
          "INSERT OR IGNORE INTO completion_event VALUES (?, ?, ?, ?)",
          record.id().value(),
          e.id(),
          e.eventType(),
          e.timestamp());
    }
  }

  // ---- completeness ----

  private void report(CompletenessReport report) throws SQLException {
    for (Map.Entry<String, CompletenessReport.Tally> e : report.families().entrySet()) {
      CompletenessReport.Tally t = e.getValue();
      insert(
          "INSERT INTO completeness_family VALUES (?, ?, ?, ?, ?, ?)",
          e.getKey(),
          t.asked(),
          t.found(),
          t.absent(),
          t.unavailable(),
          t.failed());
    }
    for (CompletenessReport.Gap gap : report.gaps()) {
      String key = gap.key();
      int space = key.indexOf(' ');
      String course = space < 0 ? key : key.substring(0, space);
      insert(
          "INSERT INTO gap VALUES (?, ?, (SELECT course_id FROM course WHERE course_id = ?), ?, ?)",
          gap.family(),
          key,
          course,
          gap.status().name().toLowerCase(Locale.ROOT),
          gap.reason());
    }
  }

  // ---- rows ----

  private static String status(Outcome<?> outcome) {
    return outcome.status().name().toLowerCase(Locale.ROOT);
  }

  private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /**
   * Runs one prepared statement (kept for reuse) with these values: text, whole numbers, reals,
   * booleans (as 0 or 1), instants (as UTC text) or null.
   */
  void insert(String sql, @Nullable Object... values) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = db.prepareStatement(sql);
      statements.put(sql, p);
    }
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      int at = i + 1;
      if (v == null) {
        p.setNull(at, Types.NULL);
      } else if (v instanceof String s) {
        p.setString(at, s);
      } else if (v instanceof Integer n) {
        p.setLong(at, n);
      } else if (v instanceof Long n) {
        p.setLong(at, n);
      } else if (v instanceof Double d) {
        if (d.isNaN()) {
          p.setNull(at, Types.NULL);
        } else {
          p.setDouble(at, d);
        }
      } else if (v instanceof Boolean b) {
        p.setInt(at, b ? 1 : 0);
      } else if (v instanceof Instant t) {
        p.setString(at, UTC.format(t));
      } else {
        throw new IllegalArgumentException("no column type for " + v.getClass());
      }
    }
    p.executeUpdate();
  }
}
