package io.github.courseport.export.diff;

import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Compares two records in the learner's words: courses joined, left or completed; grade changes of
 * courses and items; modules and items newly completed; deadlines added, moved or removed; new
 * instructor notes; profile changes; and in the learner's own work ({@link WorkDiff}) new attempts,
 * grade changes of attempts, new submissions, new reviews and a new certificate. Modules and items
 * are named from the courses' outlines (by id without one); an outline, or the learner's work, that
 * only one archive has is new information, counted once in the totals, never a change. Courses are
 * walked in id order and each is read, compared and handed to the sink before the next is read, so
 * memory holds one course of each archive.
 *
 * <p>A part of a course is compared only when both archives hold it or know it is absent: when one
 * archive could not export it (a gap), the change says so instead of inventing differences.
 */
public final class RecordDiff {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RecordDiff() {}

  /**
   * Compares two archives' records and hands every change to the sink.
   *
   * @param progress told how many courses were compared so far, now and then
   * @return the totals
   */
  public static DiffSummary run(
      ArchiveRecord old, ArchiveRecord now, DiffSink sink, IntConsumer progress)
      throws IOException {
    List<CourseSummary> a = old.learner().courses();
    List<CourseSummary> b = now.learner().courses();
    List<Change> profile = profile(old.learner(), now.learner());
    sink.profile(profile);
    int changes = profile.size();
    int courses = 0;
    int added = 0;
    int dropped = 0;
    int compared = 0;
    int newOutlines = 0;
    int newWork = 0;
    int workLeftOut = 0;
    int i = 0;
    int j = 0;
    int steps = 0;
    while (i < a.size() || j < b.size()) {
      CourseSummary sa = i < a.size() ? a.get(i) : null;
      CourseSummary sb = j < b.size() ? b.get(j) : null;
      int order = sa == null ? 1 : sb == null ? -1 : sa.id().value().compareTo(sb.id().value());
      CourseChanges found;
      if (order < 0) {
        found = dropped(Objects.requireNonNull(sa));
        dropped++;
        i++;
      } else if (order > 0) {
        found = added(Objects.requireNonNull(sb));
        added++;
        j++;
      } else {
        CourseSummary both = Objects.requireNonNull(sb);
        CourseRecord was = old.course(both.id());
        CourseRecord is = now.course(both.id());
        List<Change> c = course(was, is);
        if (outline(is) != null && outline(was) == null) {
          newOutlines++;
        }
        if (WorkDiff.askedOnlyIn(is, was)) {
          newWork++;
        }
        if (WorkDiff.askedOnlyIn(was, is)) {
          workLeftOut++;
        }
        found =
            c.isEmpty()
                ? null
                : new CourseChanges(
                    both.id().value(),
                    both.name() != null ? both.name() : Objects.requireNonNull(sa).name(),
                    both.slug(),
                    "changed",
                    c);
        compared++;
        i++;
        j++;
      }
      if (found != null) {
        sink.course(found);
        changes += found.changes().size();
        courses++;
      }
      if (++steps % 500 == 0) {
        progress.accept(Math.max(i, j));
      }
    }
    DiffSummary summary =
        new DiffSummary(
            changes, courses, added, dropped, compared, newOutlines, newWork, workLeftOut);
    sink.end(summary);
    return summary;
  }

  private static CourseChanges added(CourseSummary s) {
    boolean v1 = s.id().isSessionBased();
    return new CourseChanges(
        s.id().value(),
        s.name(),
        s.slug(),
        "added",
        List.of(
            Change.of(
                Change.Kind.COURSE_ADDED,
                v1 ? "You enrolled in this course." : "You joined this course.")));
  }

  private static CourseChanges dropped(CourseSummary s) {
    return new CourseChanges(
        s.id().value(),
        s.name(),
        s.slug(),
        "dropped",
        List.of(
            Change.of(
                Change.Kind.COURSE_DROPPED,
                "This course is no longer in your record: you left it, or Coursera removed it.")));
  }

  // ---- the profile ----

  static List<Change> profile(LearnerRecord a, LearnerRecord b) {
    List<Change> out = new ArrayList<>();
    Optional<LearnerProfile> pa = a.profile().found();
    Optional<LearnerProfile> pb = b.profile().found();
    if (pa.isEmpty() || pb.isEmpty()) {
      if (a.profile().isGap() != b.profile().isGap()) {
        out.add(notCompared("profile", "your profile", a.profile(), b.profile()));
      }
      return out;
    }
    field(out, "fullName", "Name", pa.get().fullName(), pb.get().fullName());
    field(out, "timezone", "Time zone", pa.get().timezone(), pb.get().timezone());
    field(out, "locale", "Language", pa.get().locale(), pb.get().locale());
    field(out, "privacy", "Profile privacy", pa.get().privacy(), pb.get().privacy());
    return out;
  }

  private static void field(
      List<Change> out, String name, String words, @Nullable String a, @Nullable String b) {
    if (!Objects.equals(a, b)) {
      out.add(
          Change.of(
              Change.Kind.PROFILE_CHANGED,
              words + ": " + quoted(a) + " -> " + quoted(b),
              "field",
              name,
              "old",
              a,
              "new",
              b));
    }
  }

  // ---- one course ----

  static List<Change> course(CourseRecord a, CourseRecord b) {
    List<Change> out = new ArrayList<>();
    Names names = new Names(outline(b), outline(a));
    if (!completed(a) && completed(b)) {
      Optional<CourseGrade> g = found(b, CourseFamily.GRADES);
      String state = g.map(CourseGrade::passingState).orElse(null);
      out.add(
          Change.of(
              Change.Kind.COURSE_COMPLETED,
              "You completed this course" + (state == null ? "." : " (" + state + ")."),
              "passingState",
              state));
    }
    if (comparable(out, a, b, CourseFamily.GRADES, "your grades")) {
      grades(out, found(a, CourseFamily.GRADES), found(b, CourseFamily.GRADES), names);
    }
    boolean progress = comparable(out, a, b, CourseFamily.PROGRESS, "your progress");
    boolean home = comparable(out, a, b, CourseFamily.HOME_PROGRESS, "your completed modules");
    if (progress && home) {
      modules(out, a, b, names);
    }
    if (progress) {
      items(out, found(a, CourseFamily.PROGRESS), found(b, CourseFamily.PROGRESS), names);
    }
    if (comparable(out, a, b, CourseFamily.DEADLINES, "your deadlines")) {
      deadlines(out, found(a, CourseFamily.DEADLINES), found(b, CourseFamily.DEADLINES), names);
    }
    if (comparable(out, a, b, CourseFamily.INSTRUCTOR_NOTES, "the instructors' notes")) {
      notes(out, found(a, CourseFamily.INSTRUCTOR_NOTES), found(b, CourseFamily.INSTRUCTOR_NOTES));
    }
    WorkDiff.compare(out, a, b, names);
    return out;
  }

  /** Passed (by the grade's passing state) or completed (by a completion event). */
  private static boolean completed(CourseRecord r) {
    boolean passed =
        found(r, CourseFamily.GRADES)
            .map(
                g -> "passed".equals(g.passingState()) || "verifiedPassed".equals(g.passingState()))
            .orElse(false);
    boolean event =
        found(r, CourseFamily.COMPLETION_EVENTS)
            .map(CompletionEvents::events)
            .map(e -> !e.isEmpty())
            .orElse(false);
    return passed || event;
  }

  /** A record's outline, when it has one (an archive of an earlier Courseport has none). */
  private static @Nullable CourseOutline outline(CourseRecord r) {
    return found(r, CourseFamily.OUTLINE).orElse(null);
  }

  /**
   * Modules and items as the changes name them: by name from the newer record's outline (the
   * older's for what the newer one lacks), by id when neither names them.
   */
  record Names(@Nullable CourseOutline now, @Nullable CourseOutline old) {
    @Nullable String module(String id) {
      ModuleId m = new ModuleId(id);
      return named(
          now == null ? null : now.module(m).map(OutlineModule::name).orElse(null),
          old == null ? null : old.module(m).map(OutlineModule::name).orElse(null));
    }

    @Nullable String item(ItemId id) {
      return named(
          now == null ? null : now.item(id).map(OutlineItem::name).orElse(null),
          old == null ? null : old.item(id).map(OutlineItem::name).orElse(null));
    }

    private static @Nullable String named(@Nullable String a, @Nullable String b) {
      return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    /** {@code module "Week 2: Control Flow"}, or {@code module yd8Xq}. */
    String moduleRef(String id) {
      String name = module(id);
      return "module " + (name == null ? id : quoted(clip(name)));
    }

    /** {@code item "Control flow quiz"}, or {@code item qZ2bb}. */
    String itemRef(ItemId id) {
      String name = item(id);
      return "item " + (name == null ? id.value() : quoted(clip(name)));
    }
  }

  static <V> Optional<V> found(CourseRecord r, CourseFamily<V> family) {
    Outcome<V> o = r.families().get(family);
    return o == null ? Optional.empty() : o.found();
  }

  /**
   * Whether a family can be compared: neither side is a gap or not carried by its source. When
   * exactly one side is, that is said once (a part that could not be exported, or that one
   * archive's source does not hold, is not a change of the record).
   */
  static boolean comparable(
      List<Change> out, CourseRecord a, CourseRecord b, CourseFamily<?> family, String words) {
    Outcome<?> oa = a.families().get(family);
    Outcome<?> ob = b.families().get(family);
    boolean gapA = oa != null && lacks(oa);
    boolean gapB = ob != null && lacks(ob);
    if (gapA || gapB) {
      if (gapA != gapB && oa != null && ob != null) {
        out.add(notCompared(family.name(), words, oa, ob));
      }
      return false;
    }
    return true;
  }

  /** Whether an archive lacks a part: a gap, or a source that does not carry it. */
  private static boolean lacks(Outcome<?> o) {
    return o.isGap() || o.status() == Outcome.Status.NOT_CARRIED;
  }

  private static Change notCompared(String part, String words, Outcome<?> a, Outcome<?> b) {
    boolean inOld = lacks(a);
    Outcome<?> gap = inOld ? a : b;
    String which = inOld ? "older" : "newer";
    String reason = gap.reason();
    return Change.of(
        Change.Kind.NOT_COMPARED,
        capital(words)
            + " could not be compared: the "
            + which
            + " archive lacks them ("
            + gap.status().name().toLowerCase(Locale.ROOT)
            + (reason.isEmpty() ? "" : ": " + reason)
            + ").",
        "part",
        part,
        "missingIn",
        inOld ? "old" : "new",
        "reason",
        reason);
  }

  private static void grades(
      List<Change> out, Optional<CourseGrade> a, Optional<CourseGrade> b, Names names) {
    Double ga = a.flatMap(CourseGrade::grade).orElse(null);
    Double gb = b.flatMap(CourseGrade::grade).orElse(null);
    Integer ia = a.flatMap(CourseGrade::passedItems).orElse(null);
    Integer ib = b.flatMap(CourseGrade::passedItems).orElse(null);
    String sa = a.map(CourseGrade::passingState).orElse(null);
    String sb = b.map(CourseGrade::passingState).orElse(null);
    Integer passable = b.map(CourseGrade::passableItemsCount).orElse(null);
    if (!Objects.equals(ga, gb) || !Objects.equals(ia, ib) || !Objects.equals(sa, sb)) {
      StringBuilder text =
          new StringBuilder("Course grade: ")
              .append(percent(ga))
              .append(" -> ")
              .append(percent(gb));
      if (!Objects.equals(ia, ib)) {
        text.append(", items passed: ")
            .append(ia == null ? "none" : ia)
            .append(" -> ")
            .append(ib == null ? "none" : ib)
            .append(passable == null ? "" : " of " + passable);
      }
      if (!Objects.equals(sa, sb)) {
        text.append(", ").append(sa == null ? "no state" : sa).append(" -> ");
        text.append(sb == null ? "no state" : sb);
      } else if (sb != null) {
        text.append(" (").append(sb).append(')');
      }
      out.add(
          Change.of(
              Change.Kind.GRADE_CHANGED,
              text.toString(),
              "old",
              percentValue(ga),
              "new",
              percentValue(gb),
              "oldPassedItems",
              ia,
              "newPassedItems",
              ib,
              "passableItems",
              passable,
              "oldPassingState",
              sa,
              "newPassingState",
              sb));
    }
    SortedMap<ItemId, ItemGrade> ma = a.map(CourseGrade::itemGrades).orElse(new TreeMap<>());
    SortedMap<ItemId, ItemGrade> mb = b.map(CourseGrade::itemGrades).orElse(new TreeMap<>());
    TreeSet<ItemId> ids = new TreeSet<>(ma.keySet());
    ids.addAll(mb.keySet());
    for (ItemId id : ids) {
      ItemGrade x = ma.get(id);
      ItemGrade y = mb.get(id);
      // the grade that counts: an instructor's override's, when there is one
      Double xa = x == null ? null : x.effectiveGrade();
      Double yb = y == null ? null : y.effectiveGrade();
      String xs = x == null ? null : x.state();
      String ys = y == null ? null : y.state();
      if (Objects.equals(xa, yb) && Objects.equals(xs, ys)) {
        continue;
      }
      String item = names.itemRef(id);
      String text =
          x == null
              ? capital(item) + " graded: " + itemGrade(yb, ys)
              : y == null
                  ? "Grade of " + item + " removed (was " + itemGrade(xa, xs) + ")"
                  : "Grade of " + item + ": " + itemGrade(xa, xs) + " -> " + itemGrade(yb, ys);
      GradeOverride o = y == null ? null : y.override();
      if (o != null
          && o.explanation() != null
          && !o.explanation().isBlank()
          && (x == null || !Objects.equals(x.override(), o))) {
        text += ", overridden by an instructor: " + quoted(clip(o.explanation()));
      }
      out.add(
          Change.of(
              Change.Kind.ITEM_GRADE_CHANGED,
              text,
              "itemId",
              id.value(),
              "itemName",
              names.item(id),
              "old",
              percentValue(xa),
              "new",
              percentValue(yb),
              "oldState",
              xs,
              "newState",
              ys));
    }
  }

  private static void modules(List<Change> out, CourseRecord a, CourseRecord b, Names names) {
    java.util.Set<String> before = completedModules(a);
    for (String m : completedModules(b)) {
      if (!before.contains(m)) {
        out.add(
            Change.of(
                Change.Kind.MODULE_COMPLETED,
                capital(names.moduleRef(m)) + " completed.",
                "moduleId",
                m,
                "moduleName",
                names.module(m)));
      }
    }
  }

  /** Modules that home progress calls completed, or whose progress is 100 %. */
  private static java.util.Set<String> completedModules(CourseRecord r) {
    TreeSet<String> out = new TreeSet<>();
    found(r, CourseFamily.HOME_PROGRESS)
        .map(HomeProgress::modulesCompleted)
        .ifPresent(l -> l.forEach(m -> out.add(m.value())));
    found(r, CourseFamily.PROGRESS)
        .map(CourseProgress::modules)
        .ifPresent(
            ms -> {
              for (Map.Entry<ModuleId, Double> e : ms.entrySet()) {
                if (e.getValue() != null && e.getValue() >= 100) {
                  out.add(e.getKey().value());
                }
              }
            });
    return out;
  }

  private static void items(
      List<Change> out, Optional<CourseProgress> a, Optional<CourseProgress> b, Names names) {
    SortedMap<ItemId, ItemProgress> before = a.map(CourseProgress::items).orElse(new TreeMap<>());
    SortedMap<ItemId, ItemProgress> after = b.map(CourseProgress::items).orElse(new TreeMap<>());
    for (Map.Entry<ItemId, ItemProgress> e : after.entrySet()) {
      ItemProgress was = before.get(e.getKey());
      if (isCompleted(e.getValue()) && (was == null || !isCompleted(was))) {
        Instant at = e.getValue().timestamp();
        out.add(
            Change.of(
                Change.Kind.ITEM_COMPLETED,
                capital(names.itemRef(e.getKey()))
                    + " completed"
                    + (at == null ? "." : " on " + DAY.format(at) + "."),
                "itemId",
                e.getKey().value(),
                "itemName",
                names.item(e.getKey()),
                "at",
                at == null ? null : at.toString()));
      }
    }
  }

  private static boolean isCompleted(ItemProgress p) {
    return "Completed".equalsIgnoreCase(p.progressState());
  }

  private static void deadlines(
      List<Change> out, Optional<DeadlineSettings> a, Optional<DeadlineSettings> b, Names names) {
    Map<String, Instant> before = deadlinesByModule(a);
    Map<String, Instant> after = deadlinesByModule(b);
    TreeSet<String> modules = new TreeSet<>(before.keySet());
    modules.addAll(after.keySet());
    for (String m : modules) {
      Instant x = before.get(m);
      Instant y = after.get(m);
      if (Objects.equals(x, y)) {
        continue;
      }
      if (x == null) {
        out.add(
            Change.of(
                Change.Kind.DEADLINE_ADDED,
                "New deadline for " + names.moduleRef(m) + ": " + WHEN.format(y) + ".",
                "moduleId",
                m,
                "moduleName",
                names.module(m),
                "old",
                null,
                "new",
                Objects.requireNonNull(y).toString()));
      } else if (y == null) {
        out.add(
            Change.of(
                Change.Kind.DEADLINE_REMOVED,
                "Deadline of " + names.moduleRef(m) + " removed (it was " + WHEN.format(x) + ").",
                "moduleId",
                m,
                "moduleName",
                names.module(m),
                "old",
                x.toString(),
                "new",
                null));
      } else {
        out.add(
            Change.of(
                Change.Kind.DEADLINE_MOVED,
                "Deadline of "
                    + names.moduleRef(m)
                    + " moved: "
                    + WHEN.format(x)
                    + " -> "
                    + WHEN.format(y)
                    + " ("
                    + shift(Duration.between(x, y))
                    + ").",
                "moduleId",
                m,
                "moduleName",
                names.module(m),
                "old",
                x.toString(),
                "new",
                y.toString()));
      }
    }
  }

  private static Map<String, Instant> deadlinesByModule(Optional<DeadlineSettings> s) {
    Map<String, Instant> out = new TreeMap<>();
    s.map(DeadlineSettings::moduleDeadlines)
        .ifPresent(
            l -> {
              for (ModuleDeadline d : l) {
                out.put(d.moduleId().value(), d.deadline());
              }
            });
    return out;
  }

  private static void notes(
      List<Change> out, Optional<InstructorNotes> a, Optional<InstructorNotes> b) {
    TreeSet<String> before = new TreeSet<>();
    a.map(InstructorNotes::notes).ifPresent(l -> l.forEach(n -> before.add(n.id())));
    for (InstructorNote n : b.map(InstructorNotes::notes).orElse(List.of())) {
      if (!before.contains(n.id())) {
        String title = n.title() != null && !n.title().isBlank() ? n.title() : n.body();
        out.add(
            Change.of(
                Change.Kind.NOTE_ADDED,
                "New instructor note" + (title == null ? "." : ": " + quoted(clip(title)) + "."),
                "noteId",
                n.id(),
                "title",
                n.title()));
      }
    }
  }

  // ---- words ----

  private static String shift(Duration d) {
    long hours = Math.abs(d.toHours());
    String amount =
        hours % 24 == 0 ? hours / 24 + (hours == 24 ? " day" : " days") : hours + " hours";
    return amount + (d.isNegative() ? " earlier" : " later");
  }

  static String percent(@Nullable Double fraction) {
    BigDecimal p = percentValue(fraction);
    return p == null ? "none" : p.toPlainString() + "%";
  }

  static @Nullable BigDecimal percentValue(@Nullable Double fraction) {
    if (fraction == null || fraction.isNaN() || fraction.isInfinite()) {
      return null;
    }
    BigDecimal p = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  private static String itemGrade(@Nullable Double grade, @Nullable String state) {
    return percent(grade) + (state == null ? "" : " (" + state + ")");
  }

  static String quoted(@Nullable String s) {
    return s == null ? "none" : "\"" + s + "\"";
  }

  static String clip(String s) {
    String line = s.strip().replaceAll("\\s+", " ");
    return line.length() <= 80 ? line : line.substring(0, 79) + "…";
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
