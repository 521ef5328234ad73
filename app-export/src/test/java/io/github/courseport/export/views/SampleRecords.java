package io.github.courseport.export.views;

import io.github.courseport.core.domain.AssessmentAttempts;
import io.github.courseport.core.domain.AssignmentGroupGrade;
import io.github.courseport.core.domain.AttemptSubmission;
import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.Classmates;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.CompletionEvents;
import io.github.courseport.core.domain.Course;
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
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.GradeOverride;
import io.github.courseport.core.domain.HomeExperiment;
import io.github.courseport.core.domain.HomeExperiments;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemGroupGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.LessonId;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.OutlineItem;
import io.github.courseport.core.domain.OutlineLesson;
import io.github.courseport.core.domain.OutlineModule;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.PeerAssignmentWork;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.PeerWork;
import io.github.courseport.core.domain.SchedulePeriod;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SocialProfile;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.TrackAttainment;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.domain.WorkPart;
import io.github.courseport.core.port.ExportedRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built learning records for the renderer tests: a demo-like learner with every family of
 * every kind of outcome (v1 and v2 courses, found, absent, unavailable and failed parts), and a
 * hostile one whose server strings try to break out of every format.
 */
final class SampleRecords {
  static final UserId USER = new UserId(3060151);
  static final CourseId POSTMODERN = new CourseId("s5sEkwAHEeW9ISIACxWDhA");
  static final CourseId MACHINE_LEARNING = new CourseId("Gtv4Xb1-EeS-ViIACwYKVQ");
  static final CourseId DATA_SCIENCE = new CourseId("QgmoVdT2EeSlhSIACx2EBw");
  static final CourseId NEURAL_NETWORKS = CourseId.sessionBased(77);
  static final SpecializationId IOS_SPEC = new SpecializationId("-ajvNEeXEeWSIg6yKjoojw");

  static final String XSS_IMG = "<img src=x onerror=alert(1)>";

  private SampleRecords() {}

  static SourceRef ref(String resource) {
    return new SourceRef(resource, "0".repeat(63) + Math.floorMod(resource.hashCode(), 10));
  }

  static Instant t(String iso) {
    return Instant.parse(iso);
  }

  static <K extends Comparable<K>, V> SortedMap<K, V> sorted(Map<K, V> map) {
    return new TreeMap<>(map);
  }

  /**
   * A finished export as renderers see it, counting how often its courses are iterated and looked
   * up one by one.
   */
  static final class Exported implements ExportedRecord {
    private final LearnerRecord learner;
    private final CompletenessReport report;
    private final List<CourseRecord> courses;
    final AtomicInteger iterations = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();

    Exported(LearnerRecord learner, CompletenessReport report, List<CourseRecord> courses) {
      this.learner = learner;
      this.report = report;
      this.courses =
          courses.stream().sorted((a, b) -> a.id().compareTo(b.id())).collect(Collectors.toList());
    }

    @Override
    public LearnerRecord learner() {
      return learner;
    }

    @Override
    public CompletenessReport report() {
      return report;
    }

    @Override
    public Iterable<CourseRecord> courses() {
      return () -> {
        iterations.incrementAndGet();
        Iterator<CourseRecord> it = courses.iterator();
        return it;
      };
    }

    @Override
    public Optional<CourseRecord> course(CourseId id) {
      lookups.incrementAndGet();
      return courses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    List<CourseRecord> courseList() {
      return courses;
    }
  }

  /**
   * The demo learner's on-demand courses copied under new ids until there are {@code count}
   * courses: a record whose views run to megabytes.
   */
  static Exported many(int count) {
    List<CourseRecord> originals =
        demo().courseList().stream().filter(c -> !c.isSessionBased()).toList();
    List<CourseRecord> courses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CourseRecord c = originals.get(i % originals.size());
      String copy = "-" + i;
      CourseId id = new CourseId(c.id().value() + copy);
      Outcome<Course> course =
          c.course()
              .map(
                  o ->
                      o instanceof OnDemandCourse d
                          ? new OnDemandCourse(
                              id,
                              d.slug() + copy,
                              d.name() + copy,
                              d.partnerIds(),
                              d.instructorIds(),
                              d.photoUrl(),
                              d.description(),
                              d.partnerLogo(),
                              d.certificatePartnerLogo(),
                              d.extras())
                          : o);
      courses.add(
          new CourseRecord(
              id,
              course,
              c.memberships(),
              c.enrollments(),
              c.sessions(),
              c.partners(),
              c.instructors(),
              c.specializations(),
              c.families()));
    }
    LearnerRecord learner = demoLearner(courses);
    return new Exported(learner, report(learner, courses), courses);
  }

  // ---- the demo learner ----

  static Exported demo() {
    List<CourseRecord> courses =
        List.of(postmodern(), machineLearning(), dataScience(), neuralNetworks());
    LearnerRecord learner = demoLearner(courses);
    return new Exported(learner, report(learner, courses), courses);
  }

  static CompletenessReport report(LearnerRecord learner, List<CourseRecord> courses) {
    CompletenessReport.Builder b = CompletenessReport.builder();
    b.add("identity", "", Outcome.found(USER)).transport("identity", "fixtures");
    b.add("profile", "", learner.profile());
    b.add("memberships", "", learner.memberships());
    b.add("enrollments", "", learner.enrollments());
    b.add("specializationMemberships", "", learner.specializationMemberships());
    b.add("courseLists", "", learner.courseLists());
    learner.specializations().forEach((id, o) -> b.add("specializations", id.value(), o));
    learner.categories().forEach((id, o) -> b.add("categories", id.value(), o));
    courses.forEach(c -> b.addCourse(c.completeness()));
    return b.build();
  }

  static LearnerRecord demoLearner(List<CourseRecord> courses) {
    LearnerProfile profile =
        new LearnerProfile(
            USER,
            "Ada Lovelace",
            "Europe/London",
            "en_GB",
            "public",
            new ExternalUserId("6e7e36c1748d9150056fbfae2f769217"),
            Extras.none());
    List<Membership> memberships = new ArrayList<>();
    courses.forEach(c -> memberships.addAll(c.memberships()));
    List<Enrollment> enrollments = new ArrayList<>();
    courses.forEach(c -> enrollments.addAll(c.enrollments()));
    Specialization ios =
        new Specialization(
            IOS_SPEC,
            "ios-development",
            "iOS Development for Creative Entrepreneurs",
            "",
            "This Specialization focuses on the basics of iOS application development.",
            List.of(POSTMODERN, DATA_SCIENCE),
            List.of(new PartnerId("34")),
            Extras.none());
    SortedMap<SpecializationId, Outcome<Specialization>> specs = new TreeMap<>();
    specs.put(IOS_SPEC, Outcome.found(ios, ref("onDemandSpecializations.v1")));
    specs.put(
        new SpecializationId("jhu-data-science"),
        Outcome.failed("HTTP 503 from the server after 3 tries"));
    SortedMap<CategoryId, Outcome<Category>> cats = new TreeMap<>();
    cats.put(
        new CategoryId("12"),
        Outcome.found(
            new Category(
                new CategoryId("12"),
                "Computer Science",
                "cs",
                "Computer science courses",
                Extras.none()),
            ref("catalog.v1/categories")));
    return new LearnerRecord(
        USER,
        "memberships.v1",
        Outcome.found(profile, ref("externalBasicProfiles.v1")),
        Outcome.found(memberships, ref("memberships.v1")),
        Outcome.found(enrollments, ref("users/v1/me/enrollments")),
        Outcome.found(
            List.of(
                new SpecializationMembership(
                    "3060151~-ajvNEeXEeWSIg6yKjoojw",
                    USER,
                    IOS_SPEC,
                    "LEARNER",
                    t("2016-02-28T10:00:00Z"),
                    Extras.none())),
            ref("onDemandSpecializationMemberships.v1")),
        Outcome.found(
            List.of(
                new CourseList(
                    "saved", "Saved for later", List.of(DATA_SCIENCE), Extras.of(Map.of()))),
            ref("courseLists.v1")),
        specs,
        cats,
        courses.stream()
            .map(
                c ->
                    new CourseSummary(
                        c.id(),
                        c.id().isSessionBased() ? "v1.session" : "v2.ondemand",
                        c.course().found().map(Course::slug).orElse(null),
                        c.course().found().map(Course::name).orElse(null)))
            .toList());
  }

  private static Partner wesleyan() {
    return new Partner(
        new PartnerId("34"),
        "wesleyan",
        "Wesleyan University",
        "https://example.invalid/wesleyan.gif",
        null,
        "Middletown, CT",
        Extras.none());
  }

  private static Instructor instructor(String id, String name) {
    return new Instructor(
        new InstructorId(id), name, "Professor", "Letters", null, null, Extras.none());
  }

  static CourseRecord postmodern() {
    CourseId id = POSTMODERN;
    List<ModuleId> modules =
        List.of(
            new ModuleId("SkoZT"),
            new ModuleId("yd8Xq"),
            new ModuleId("7vAcK"),
            new ModuleId("HPSDs"),
            new ModuleId("Q2mVb"),
            new ModuleId("pL9tr"));
    Course course =
        new OnDemandCourse(
            id,
            "modern-postmodern-2",
            "The Modern and the Postmodern (Part 2)",
            List.of(new PartnerId("34")),
            List.of(new InstructorId("roth")),
            "https://example.invalid/photo.png",
            "Philosophy and literature from the late 19th century to today.",
            null,
            null,
            Extras.of(Map.of("workload", "\"4-6 hours/week\"")));
    SortedMap<ModuleId, Double> modPct = new TreeMap<>();
    double[] pct = {100, 100, 60, 10, 0, 0};
    for (int i = 0; i < modules.size(); i++) {
      modPct.put(modules.get(i), pct[i]);
    }
    SortedMap<ItemId, ItemProgress> items = new TreeMap<>();
    items.put(
        new ItemId("JguqW"),
        new ItemProgress("Completed", t("2016-03-01T18:42:21.520Z"), Extras.none()));
    items.put(
        new ItemId("ENg6D"),
        new ItemProgress("Completed", t("2016-03-08T19:02:15.116Z"), Extras.none()));
    items.put(
        new ItemId("mqOt5"), new ItemProgress("Started", t("2016-03-12T09:15:00Z"), Extras.none()));
    items.put(new ItemId("zz9Qa"), new ItemProgress("NotStarted", null, Extras.none()));
    CourseProgress progress =
        new CourseProgress(
            id,
            42.0,
            modPct,
            sorted(Map.of(new LessonId("slr3c"), 100.0, new LessonId("f9Zs8"), 0.0)),
            items,
            new ItemId("mqOt5"),
            Extras.none());
    List<ModuleDeadline> deadlines = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      deadlines.add(
          new ModuleDeadline(
              modules.get(i),
              t("2016-03-06T23:59:59.181Z").plusSeconds(7L * 24 * 3600 * i),
              Extras.none()));
    }
    SortedMap<ItemId, ItemGrade> itemGrades = new TreeMap<>();
    itemGrades.put(new ItemId("quiz1"), new ItemGrade(0.9, "passed", Extras.none()));
    itemGrades.put(new ItemId("quiz2"), new ItemGrade(0.4, "notPassed", Extras.none()));
    itemGrades.put(new ItemId("essay1"), new ItemGrade(null, "pending", Extras.none()));
    CourseGrade grade =
        new CourseGrade(
            id,
            t("2016-03-12T09:20:00Z"),
            "notPassed",
            itemGrades,
            5,
            new GradeOutcome(1, 0.26, Extras.none()),
            new GradeOutcome(0, 0, Extras.none()),
            Extras.none());
    // the outline names five of the six modules: pL9tr appears by id
    CourseOutline outline =
        new CourseOutline(
            id,
            List.of(
                module(
                    "SkoZT",
                    "Week 1: Nietzsche and the Death of God",
                    "Nietzsche's critique of morality.",
                    lesson(
                        "slr3c",
                        "Beyond Good and Evil",
                        item("JguqW", "Who was Nietzsche?", "lecture", 12),
                        item("ENg6D", "The genealogy of morals", "lecture", 15),
                        item("quiz1", "Week 1 quiz", "exam", 20))),
                module(
                    "yd8Xq",
                    "Week 2: Freud and the Unconscious",
                    null,
                    lesson(
                        "f9Zs8",
                        "The Interpretation of Dreams",
                        item("mqOt5", "Dream work", "lecture", 11),
                        item("quiz2", "Week 2 quiz", "exam", 20))),
                module(
                    "7vAcK",
                    "Week 3: Modernism in Literature",
                    null,
                    lesson(
                        "vw3Ls",
                        "Virginia Woolf",
                        item("essay1", "Essay: a modernist city", "phasedPeer", 90))),
                module("HPSDs", "Week 4: The Avant-Garde", null),
                module(
                    "Q2mVb",
                    "Week 5: Foucault and Power",
                    null,
                    lesson(
                        "fo5Ls",
                        "Discipline and Punish",
                        locked(item("lock1", null, "", 30)),
                        item("holo1", "Hologram lecture", "holographicLecture", 8)))),
            List.of(),
            Extras.none());
    InstructorNotes notes =
        new InstructorNotes(
            id,
            List.of(
                new InstructorNote(
                    "note-1",
                    List.of(new InstructorId("roth")),
                    "Welcome to Part 2",
                    "We start with Nietzsche.\nRead the first essay before week 1.",
                    false,
                    Extras.none())),
            List.of(instructor("roth", "Michael S. Roth")));
    Classmate mate =
        new Classmate(
            new ExternalUserId("0123456789abcdef0123456789abcdef"),
            new UserId(13364170),
            35.0,
            false,
            2,
            1,
            new SocialProfile(new UserId(13364170), "Grace Hopper", null, "LEARNER", Extras.none()),
            Extras.none());
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(CourseFamily.PROGRESS, Outcome.found(progress, ref("onDemandCoursesProgress.v1")))
            .put(
                CourseFamily.SCHEDULE,
                Outcome.found(
                    new CourseSchedule(
                        id,
                        List.of(
                            new SchedulePeriod(modules.subList(0, 1), 1, Extras.none()),
                            new SchedulePeriod(modules.subList(1, 2), 1, Extras.none()),
                            new SchedulePeriod(modules.subList(2, 4), 2, Extras.none()),
                            new SchedulePeriod(modules.subList(4, 6), 2, Extras.none())),
                        Extras.none()),
                    ref("onDemandCourseSchedules.v1")))
            .put(
                CourseFamily.DEADLINES,
                Outcome.found(
                    new DeadlineSettings(
                        id, t("2016-02-29T10:00:00.181Z"), true, deadlines, Extras.none()),
                    ref("onDemandDeadlineSettings.v1")))
            .put(
                CourseFamily.HOME_PROGRESS,
                Outcome.found(
                    new HomeProgress(
                        id, modules.subList(0, 2), modules.subList(0, 1), Extras.none()),
                    ref("onDemandHomeProgress.v1")))
            .put(CourseFamily.GRADES, Outcome.found(grade, ref("onDemandCourseGrades.v1")))
            .put(
                CourseFamily.INSTRUCTOR_NOTES,
                Outcome.found(notes, ref("onDemandInstructorNotes.v1")))
            .put(
                CourseFamily.CLASSMATES,
                Outcome.found(
                    new Classmates(id, List.of(mate), "classmates whose external ids are unknown"),
                    ref("onDemandClassmateProfiles.v1")))
            .put(
                CourseFamily.EXPERIMENTS,
                Outcome.found(
                    new HomeExperiments(
                        id,
                        List.of(
                            new HomeExperiment("exp-1", Extras.of(Map.of("variant", "\"B\""))))),
                    ref("onDemandHomeExperiments.v1")))
            .put(
                CourseFamily.COMPLETION_EVENTS,
                Outcome.unavailable("HTTP 404: the endpoint does not exist for this course"))
            .put(CourseFamily.OUTLINE, Outcome.found(outline, ref("onDemandCourseMaterials.v2")))
            .build();
    return new CourseRecord(
        id,
        Outcome.found(course, ref("courses.v1")),
        List.of(
            new Membership(
                "3060151~" + id.value(),
                USER,
                id,
                "LEARNER",
                t("2016-02-29T09:58:12.151Z"),
                Extras.none())),
        List.of(),
        new TreeMap<>(),
        sorted(Map.of(new PartnerId("34"), Outcome.found(wesleyan(), ref("partners.v1")))),
        sorted(
            Map.of(
                new InstructorId("roth"),
                Outcome.found(instructor("roth", "Michael S. Roth"), ref("instructors.v1")))),
        new TreeSet<>(List.of(IOS_SPEC)),
        families);
  }

  static CourseRecord machineLearning() {
    CourseId id = MACHINE_LEARNING;
    Course course =
        new OnDemandCourse(
            id,
            "machine-learning",
            "Machine Learning",
            List.of(new PartnerId("1")),
            List.of(new InstructorId("ng")),
            null,
            "Learn about the most effective machine learning techniques.",
            null,
            null,
            Extras.none());
    Partner stanford =
        new Partner(
            new PartnerId("1"), "stanford", "Stanford University", null, null, null, Extras.none());
    List<ModuleId> modules = List.of(new ModuleId("mlW01"), new ModuleId("mlW02"));
    CourseProgress progress =
        new CourseProgress(
            id,
            100.0,
            sorted(Map.of(modules.get(0), 100.0, modules.get(1), 100.0)),
            new TreeMap<>(),
            sorted(
                Map.of(
                    new ItemId("ex8"),
                    new ItemProgress("Completed", t("2015-12-01T20:00:00Z"), Extras.none()))),
            null,
            Extras.none());
    CourseGrade grade =
        new CourseGrade(
            id,
            t("2015-12-02T08:00:00Z"),
            "passed",
            sorted(Map.of(new ItemId("ex8"), new ItemGrade(1.0, "passed", Extras.none()))),
            8,
            new GradeOutcome(8, 0.975, Extras.none()),
            new GradeOutcome(8, 0.975, Extras.none()),
            Extras.none());
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(CourseFamily.PROGRESS, Outcome.found(progress, ref("onDemandCoursesProgress.v1")))
            .put(CourseFamily.SCHEDULE, Outcome.absent(ref("onDemandCourseSchedules.v1")))
            .put(
                CourseFamily.DEADLINES,
                Outcome.found(
                    new DeadlineSettings(
                        id,
                        t("2015-10-01T00:00:00Z"),
                        true,
                        List.of(
                            new ModuleDeadline(
                                modules.get(0), t("2015-10-11T06:59:59Z"), Extras.none()),
                            new ModuleDeadline(
                                modules.get(1), t("2015-10-18T06:59:59Z"), Extras.none())),
                        Extras.none()),
                    ref("onDemandDeadlineSettings.v1")))
            .put(
                CourseFamily.HOME_PROGRESS,
                Outcome.found(
                    new HomeProgress(id, modules, modules, Extras.none()),
                    ref("onDemandHomeProgress.v1")))
            .put(CourseFamily.GRADES, Outcome.found(grade, ref("onDemandCourseGrades.v1")))
            .put(
                CourseFamily.INSTRUCTOR_NOTES,
                Outcome.found(
                    new InstructorNotes(id, List.of(), List.of()),
                    ref("onDemandInstructorNotes.v1")))
            .put(
                CourseFamily.CLASSMATES,
                Outcome.found(new Classmates(id, List.of(), ""), ref("onDemandClassmates.v1")))
            .put(
                CourseFamily.EXPERIMENTS,
                Outcome.found(new HomeExperiments(id, List.of()), ref("experiments")))
            .put(
                CourseFamily.COMPLETION_EVENTS,
                Outcome.found(
                    new CompletionEvents(
                        id,
                        List.of(
                            new CompletionEvent(
                                "ce-1",
                                "COURSE_COMPLETED",
                                t("2015-12-02T08:00:01Z"),
                                Extras.none()))),
                    ref("onDemandCompletionEvents.v1")))
            .build();
    return new CourseRecord(
        id,
        Outcome.found(course, ref("courses.v1")),
        List.of(
            new Membership(
                "3060151~" + id.value(),
                USER,
                id,
                "LEARNER",
                t("2015-09-28T12:00:00Z"),
                Extras.none())),
        List.of(),
        new TreeMap<>(),
        sorted(Map.of(new PartnerId("1"), Outcome.found(stanford, ref("partners.v1")))),
        sorted(
            Map.of(
                new InstructorId("ng"),
                Outcome.found(instructor("ng", "Andrew Ng"), ref("instructors.v1")))),
        new TreeSet<>(),
        families);
  }

  /** A course where almost everything went wrong. */
  static CourseRecord dataScience() {
    CourseId id = DATA_SCIENCE;
    Course course =
        new OnDemandCourse(
            id,
            "data-scientists-tools",
            "The Data Scientist's Toolbox",
            List.of(new PartnerId("jhu")),
            List.of(),
            null,
            null,
            null,
            null,
            Extras.none());
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(CourseFamily.PROGRESS, Outcome.absent(ref("onDemandCoursesProgress.v1")))
            .put(CourseFamily.SCHEDULE, Outcome.failed("connection reset after 3 tries"))
            .put(CourseFamily.DEADLINES, Outcome.absent())
            .put(CourseFamily.HOME_PROGRESS, Outcome.absent())
            .put(CourseFamily.GRADES, Outcome.failed("HTTP 503 from the server after 3 tries"))
            .put(
                CourseFamily.INSTRUCTOR_NOTES,
                Outcome.unavailable("HTTP 405: the endpoint refuses this finder"))
            .put(CourseFamily.CLASSMATES, Outcome.absent())
            .put(CourseFamily.EXPERIMENTS, Outcome.absent())
            .put(CourseFamily.COMPLETION_EVENTS, Outcome.absent())
            .build();
    return new CourseRecord(
        id,
        Outcome.found(course, ref("courses.v1")),
        List.of(
            new Membership("3060151~" + id.value(), USER, id, "PRE_ENROLLED", null, Extras.none())),
        List.of(),
        new TreeMap<>(),
        sorted(Map.of(new PartnerId("jhu"), Outcome.failed("HTTP 500 from the server"))),
        new TreeMap<>(),
        new TreeSet<>(List.of(IOS_SPEC)),
        families);
  }

  static CourseRecord neuralNetworks() {
    CourseId id = NEURAL_NETWORKS;
    SessionId session = new SessionId(970603);
    Course course =
        new SessionCourse(
            id,
            "neuralnets",
            "Neural Networks for Machine Learning",
            List.of(new PartnerId("13")),
            List.of(new InstructorId("hinton")),
            List.of(new CategoryId("12")),
            List.of(session),
            "https://example.invalid/neuralnets.png",
            null,
            "Learn about artificial neural networks and how they're being used for machine"
                + " learning.",
            Extras.none());
    Partner toronto =
        new Partner(
            new PartnerId("13"),
            "utoronto",
            "University of Toronto",
            null,
            null,
            "Toronto",
            Extras.none());
    Enrollment enrollment =
        new Enrollment(
            19160093,
            id,
            session,
            t("2013-07-29T20:00:00Z"),
            t("2013-10-06T00:00:00Z"),
            "Past",
            false,
            false,
            Extras.none());
    return new CourseRecord(
        id,
        Outcome.found(course, ref("catalog.v1/courses")),
        List.of(),
        List.of(enrollment),
        sorted(
            Map.of(
                session,
                Outcome.found(
                    new Session(
                        session,
                        id,
                        new PartialDate(2013, 7, null),
                        "10 weeks",
                        "https://class.coursera.org/neuralnets-2012-001/",
                        false,
                        Extras.none()),
                    ref("catalog.v1/sessions")))),
        sorted(Map.of(new PartnerId("13"), Outcome.found(toronto, ref("catalog.v1/universities")))),
        sorted(
            Map.of(
                new InstructorId("hinton"),
                Outcome.found(
                    instructor("hinton", "Geoffrey Hinton"), ref("catalog.v1/instructors")))),
        new TreeSet<>(),
        FamilyOutcomes.none());
  }

  // ---- outlines ----

  static OutlineItem item(String id, @Nullable String name, String type, long minutes) {
    return new OutlineItem(
        new ItemId(id),
        name,
        name == null ? null : name.toLowerCase(Locale.ROOT).replace(' ', '-'),
        null,
        type,
        minutes * 60_000,
        null,
        false,
        null,
        null,
        null,
        null,
        Extras.none());
  }

  static OutlineItem locked(OutlineItem i) {
    return new OutlineItem(
        i.id(),
        i.name(),
        i.slug(),
        i.description(),
        i.typeName(),
        i.timeCommitmentMillis(),
        i.optional(),
        true,
        "ENROLLMENT_PREVIEW",
        i.gradingWeight(),
        i.requiredForPassing(),
        i.trackId(),
        i.extras());
  }

  static OutlineLesson lesson(String id, String name, OutlineItem... items) {
    long time = 0;
    for (OutlineItem i : items) {
      time += i.timeCommitmentMillis() == null ? 0 : i.timeCommitmentMillis();
    }
    return new OutlineLesson(
        new LessonId(id), name, null, time, null, null, List.of(items), Extras.none());
  }

  static OutlineModule module(
      String id, String name, @Nullable String description, OutlineLesson... lessons) {
    long time = 0;
    for (OutlineLesson l : lessons) {
      time += l.timeCommitmentMillis() == null ? 0 : l.timeCommitmentMillis();
    }
    return new OutlineModule(
        new ModuleId(id),
        name,
        null,
        description,
        time,
        null,
        List.of(),
        List.of(lessons),
        Extras.none());
  }

  // ---- today's learner: today's grades, an outline route gone, memberships as they are ----

  static final CourseId SWIFT = new CourseId("GdeNrll1EeSROyIACtiVvg");
  static final CourseId RETIRED = new CourseId("Rt7pQwUiEeWretiredRoute");
  static final CourseId LISTED = new CourseId("Xk2mJq9TEeWkaQ7Hh3Tz4A");
  static final SpecializationId LEFT_SPEC = new SpecializationId("Zx9pLmQ2EeWbcD4kR7Ttqw");
  static final CourseId LEFT_SPEC_COURSE = new CourseId("Mq3rTs0CEeWn1Q5dX8Yzpw");
  static final String OVERRIDE_EXPLANATION =
      "Question 4 had two correct answers; regraded for everyone.";
  static final String OUTLINE_GONE =
      "onDemandCourseMaterials.v2: gone for this run: HTTP 200 with an HTML page instead of JSON";

  /**
   * A learner as today's API answers: a course with its outline and today's grades (an override
   * with its explanation, a track, an item group, an assignment group that dropped an item); a
   * course whose outline route answered HTML; a course only a joined specialization holds; and a
   * specialization the learner did not join ({@code NOT_ENROLLED}), whose courses are not theirs.
   */
  static Exported today() {
    List<CourseRecord> courses = List.of(swift(), retired(), listedOnly());
    Specialization ios =
        new Specialization(
            IOS_SPEC,
            "ios-development",
            "iOS Development for Creative Entrepreneurs",
            "",
            null,
            List.of(SWIFT, LISTED),
            List.of(),
            Extras.none());
    Specialization left =
        new Specialization(
            LEFT_SPEC,
            "ml-foundations",
            "Machine Learning Foundations",
            "",
            null,
            List.of(LEFT_SPEC_COURSE),
            List.of(),
            Extras.none());
    SortedMap<SpecializationId, Outcome<Specialization>> specs = new TreeMap<>();
    specs.put(IOS_SPEC, Outcome.found(ios, ref("onDemandSpecializations.v1")));
    specs.put(LEFT_SPEC, Outcome.found(left, ref("onDemandSpecializations.v1")));
    List<Membership> memberships = new ArrayList<>();
    courses.forEach(c -> memberships.addAll(c.memberships()));
    LearnerRecord learner =
        new LearnerRecord(
            USER,
            "memberships.v1",
            Outcome.unavailable("externalBasicProfiles.v1: gone for this run"),
            Outcome.found(memberships, ref("memberships.v1")),
            Outcome.unavailable("users/v1/me/enrollments: gone for this run"),
            Outcome.found(
                List.of(
                    new SpecializationMembership(
                        "3060151~" + IOS_SPEC.value(),
                        USER,
                        IOS_SPEC,
                        "LEARNER",
                        t("2015-11-01T00:00:00Z"),
                        Extras.none()),
                    new SpecializationMembership(
                        "3060151~" + LEFT_SPEC.value(),
                        USER,
                        LEFT_SPEC,
                        SpecializationMembership.NOT_ENROLLED,
                        null,
                        Extras.none())),
                ref("onDemandSpecializationMemberships.v1")),
            Outcome.unavailable("courseLists.v1: gone for this run"),
            specs,
            new TreeMap<>(),
            List.of(
                new CourseSummary(
                    SWIFT,
                    "v2.ondemand",
                    "swift-programming",
                    "Introduction to Swift Programming",
                    List.of("memberships.v1", "specialization " + IOS_SPEC.value()),
                    true),
                new CourseSummary(
                    RETIRED,
                    "v2.ondemand",
                    "data-visualization",
                    "Data Visualization",
                    List.of("memberships.v1"),
                    true),
                new CourseSummary(
                    LISTED,
                    "v2.ondemand",
                    "swift-apps",
                    "Building Swift Apps",
                    List.of("specialization " + IOS_SPEC.value()),
                    false)));
    return new Exported(learner, report(learner, courses), courses);
  }

  static final List<String> SWIFT_MODULES =
      List.of("Week 1: Values and Types", "Week 2: Control Flow", "Week 3: Optionals and Classes");
  static final List<String> SWIFT_LESSONS =
      List.of("Getting started", "Decisions and loops", "Optionals");
  static final List<String> SWIFT_ITEMS =
      List.of(
          "Welcome to Swift",
          "Playgrounds",
          "if, guard and switch",
          "Control flow quiz",
          "Programming assignment: a bank account",
          "locked item Fo5cc",
          "Hologram lecture");

  static CourseRecord swift() {
    CourseId id = SWIFT;
    ModuleId w1 = new ModuleId("Ab3Kd");
    ModuleId w2 = new ModuleId("Tq7Ws");
    ModuleId w3 = new ModuleId("Lo9Xu");
    CourseOutline outline =
        new CourseOutline(
            id,
            List.of(
                module(
                    w1.value(),
                    SWIFT_MODULES.get(0),
                    "Constants, variables and Swift's type inference.",
                    lesson(
                        "aa1Lx",
                        SWIFT_LESSONS.get(0),
                        item("qZ1aa", SWIFT_ITEMS.get(0), "lecture", 9),
                        item("qZ1ab", SWIFT_ITEMS.get(1), "ungradedLab", 25))),
                module(
                    w2.value(),
                    SWIFT_MODULES.get(1),
                    null,
                    lesson(
                        "bb2Ly",
                        SWIFT_LESSONS.get(1),
                        item("qZ2ba", SWIFT_ITEMS.get(2), "lecture", 13),
                        item("qZ2bb", SWIFT_ITEMS.get(3), "quiz", 15))),
                module(
                    w3.value(),
                    SWIFT_MODULES.get(2),
                    null,
                    lesson(
                        "dd4La",
                        SWIFT_LESSONS.get(2),
                        item("qZ4dd", SWIFT_ITEMS.get(4), "gradedProgramming", 120),
                        locked(item("Fo5cc", null, "", 10)),
                        item("Po6bb", SWIFT_ITEMS.get(6), "holographicLecture", 8)))),
            List.of(),
            Extras.none());
    CourseProgress progress =
        new CourseProgress(
            id,
            60.0,
            sorted(Map.of(w1, 100.0, w2, 100.0, w3, 20.0)),
            new TreeMap<>(),
            sorted(
                Map.of(
                    new ItemId("qZ1aa"),
                    new ItemProgress("Completed", t("2015-11-02T10:00:00Z"), Extras.none()),
                    new ItemId("qZ2bb"),
                    new ItemProgress("Completed", t("2015-11-09T10:00:00Z"), Extras.none()),
                    new ItemId("qZ4dd"),
                    new ItemProgress("Started", t("2015-11-16T10:00:00Z"), Extras.none()))),
            null,
            Extras.none());
    SortedMap<ItemId, ItemGrade> items = new TreeMap<>();
    items.put(
        new ItemId("qZ2bb"),
        new ItemGrade(
            0.9,
            "passed",
            Extras.none(),
            true,
            new GradeOverride(
                0.95,
                true,
                OVERRIDE_EXPLANATION,
                t("2015-11-18T00:00:00Z"),
                "1451227",
                Extras.none())));
    items.put(new ItemId("qZ4dd"), new ItemGrade(0.4, "notPassed", Extras.none(), false, null));
    CourseGrade grade =
        new CourseGrade(
            id,
            null,
            "passed",
            items,
            null,
            null,
            null,
            Extras.none(),
            0.95,
            0.9,
            List.of(new TrackAttainment("core", "passed", 2, 1, Extras.none())),
            List.of(new ItemGroupGrade("labs", "passed", 1, 0.8, Extras.none())),
            List.of(
                new AssignmentGroupGrade(
                    "assignments",
                    "Graded assignments",
                    0.975,
                    List.of(new ItemId("qZ2ba")),
                    Extras.none())));
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(CourseFamily.PROGRESS, Outcome.found(progress, ref("onDemandCoursesProgress.v1")))
            .put(
                CourseFamily.SCHEDULE,
                Outcome.found(
                    new CourseSchedule(
                        id,
                        List.of(
                            new SchedulePeriod(List.of(w1), 1, Extras.none()),
                            new SchedulePeriod(List.of(w2), 1, Extras.none()),
                            new SchedulePeriod(List.of(w3), 2, Extras.none())),
                        Extras.none()),
                    ref("onDemandCourseSchedules.v1")))
            .put(
                CourseFamily.DEADLINES,
                Outcome.found(
                    new DeadlineSettings(
                        id,
                        t("2015-11-01T00:00:00Z"),
                        true,
                        List.of(
                            new ModuleDeadline(w1, t("2015-11-08T23:59:59Z"), Extras.none()),
                            new ModuleDeadline(w2, t("2015-11-15T23:59:59Z"), Extras.none()),
                            new ModuleDeadline(w3, t("2015-11-29T23:59:59Z"), Extras.none())),
                        Extras.none()),
                    ref("onDemandDeadlineSettings.v1")))
            .put(
                CourseFamily.HOME_PROGRESS,
                Outcome.found(
                    new HomeProgress(id, List.of(w1, w2), List.of(w2), Extras.none()),
                    ref("onDemandHomeProgress.v1")))
            .put(CourseFamily.GRADES, Outcome.found(grade, ref("onDemandCourseViewGrades.v1")))
            .put(CourseFamily.OUTLINE, Outcome.found(outline, ref("onDemandCourseMaterials.v2")))
            .build();
    return new CourseRecord(
        id,
        Outcome.found(
            new OnDemandCourse(
                id,
                "swift-programming",
                "Introduction to Swift Programming",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                Extras.none()),
            ref("courses.v1")),
        List.of(
            new Membership(
                "3060151~" + id.value(),
                USER,
                id,
                "LEARNER",
                t("2015-11-01T00:00:00Z"),
                Extras.none())),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeSet<>(List.of(IOS_SPEC)),
        families);
  }

  /** A course whose outline route answered the web app's page: its modules appear by id. */
  static CourseRecord retired() {
    CourseId id = RETIRED;
    ModuleId m = new ModuleId("dv1Mo");
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(
                CourseFamily.PROGRESS,
                Outcome.found(
                    new CourseProgress(
                        id,
                        10.0,
                        sorted(Map.of(m, 50.0)),
                        new TreeMap<>(),
                        sorted(
                            Map.of(
                                new ItemId("dv1It"),
                                new ItemProgress(
                                    "Completed", t("2015-11-03T10:00:00Z"), Extras.none()))),
                        null,
                        Extras.none()),
                    ref("onDemandCoursesProgress.v1")))
            .put(
                CourseFamily.DEADLINES,
                Outcome.found(
                    new DeadlineSettings(
                        id,
                        null,
                        true,
                        List.of(new ModuleDeadline(m, t("2015-11-22T23:59:59Z"), Extras.none())),
                        Extras.none()),
                    ref("onDemandDeadlineSettings.v1")))
            .put(CourseFamily.OUTLINE, Outcome.unavailable(OUTLINE_GONE))
            .build();
    return new CourseRecord(
        id,
        Outcome.found(
            new OnDemandCourse(
                id,
                "data-visualization",
                "Data Visualization",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                Extras.none()),
            ref("courses.v1")),
        List.of(
            new Membership(
                "3060151~" + id.value(),
                USER,
                id,
                "LEARNER",
                t("2015-11-02T00:00:00Z"),
                Extras.none())),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeSet<>(),
        families);
  }

  /** A course that only the specialization the learner joined holds: listed, not joined. */
  static CourseRecord listedOnly() {
    return new CourseRecord(
        LISTED,
        Outcome.found(
            new OnDemandCourse(
                LISTED,
                "swift-apps",
                "Building Swift Apps",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                Extras.none()),
            ref("courses.v1")),
        List.of(),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeSet<>(List.of(IOS_SPEC)),
        FamilyOutcomes.none());
  }

  // ---- the hostile learner ----

  /** Text that tries to break out of HTML, CSV, iCalendar and JSON. */
  static final String HOSTILE =
      "\"quoted\", comma; semi\\colon\r\nnew line </script><script>document.body.dataset.pwned"
          + "='script'</script> & <b>bold</b> ' \" `back` 🎓 学习 עברית \u2028 e\u0301 \u0007bell";

  static final String LONG = "Very long text ".repeat(4_000) + "🎓";

  /** Names that try path tricks: they must stay text, never become a path or a link. */
  static final String PATHS = "../../etc/passwd\\..\\boot.ini/%2e%2e/<x>?a=b#c";

  /** A description of more than 5 MB, with markup at its start. */
  static final String HUGE =
      "<script>document.body.dataset.pwned='huge'</script>" + "Long description ".repeat(310_000);

  /** A name of 100,000 characters without a space, to wrap (and be shortened) on the page. */
  static final String UNBROKEN = "W".repeat(100_000);

  static final String HOSTILE_MODULE =
      "<img src=x onerror=\"document.body.dataset.pwned='module'\">" + PATHS;
  static final String HOSTILE_LESSON =
      "</details></article><script>document.body.dataset.pwned='lesson'</script>";
  static final String HOSTILE_ITEM = "<iframe src=javascript:alert(5)></iframe>" + PATHS;

  /** Attempts at the hostile outline's item: hostile feedback, scores past their most. */
  static AssessmentAttempts hostileAttempts(CourseId course) {
    return new AssessmentAttempts(
        course,
        List.of(
            new ItemAttempts(
                new ItemId("item\"<x>"),
                null,
                2,
                null,
                List.of(
                    new AttemptSubmission(
                        "<s1>", t("2020-01-05T00:00:00Z"), 3.0, 10.0, Extras.none()),
                    new AttemptSubmission(
                        null, t("2020-01-06T00:00:00Z"), 12.0, 10.0, Extras.none())),
                0.7,
                false,
                null,
                null,
                12.0,
                12.0,
                10.0,
                HOSTILE,
                List.of("<img src=x onerror=\"document.body.dataset.pwned='problem'\">"),
                Extras.none())));
  }

  /** A peer submission and its review, every text of them hostile or huge. */
  static PeerWork hostilePeerWork(CourseId course) {
    WorkPart answer =
        new WorkPart(
            "p<1>",
            HOSTILE_LESSON,
            "richText",
            "<co-content><text>" + HOSTILE + "</text></co-content>" + LONG,
            "javascript:document.body.dataset.pwned='link'",
            null,
            null,
            Extras.none());
    PeerReview review =
        new PeerReview(
            "r\"1",
            null,
            "<img src=x onerror=\"document.body.dataset.pwned='reviewer'\">",
            t("2020-01-08T00:00:00Z"),
            7.0,
            10.0,
            List.of(
                new WorkPart(
                    "c1", HOSTILE_ITEM, "plainText", HOSTILE, null, 2.0, 3.0, Extras.none())),
            Extras.none());
    return new PeerWork(
        course,
        List.of(
            new PeerAssignmentWork(
                new ItemId("peer</b>"),
                null,
                List.of(
                    new PeerSubmission(
                        "s\"<1>",
                        t("2020-01-06T00:00:00Z"),
                        t("2020-01-07T00:00:00Z"),
                        false,
                        "</details><script>document.body.dataset.pwned='title'</script>",
                        List.of(answer),
                        List.of(review),
                        Extras.none())))));
  }

  /** The hostile course's outline: markup, path characters, megabytes, in every text it has. */
  static CourseOutline hostileOutline(CourseId course, ModuleId module) {
    OutlineItem named =
        new OutlineItem(
            new ItemId("item\"<x>"),
            HOSTILE_ITEM,
            PATHS,
            HUGE,
            "<b>bold</b>type",
            -5L,
            true,
            true,
            "<svg onload=document.body.dataset.pwned='lock'>",
            -1.0,
            true,
            "<track>",
            Extras.none());
    OutlineItem long1 =
        new OutlineItem(
            new ItemId("long1"),
            UNBROKEN,
            null,
            null,
            "lecture",
            Long.MAX_VALUE,
            null,
            null,
            null,
            null,
            null,
            null,
            Extras.none());
    OutlineItem formula = item("q,1 \"x\";", "=HYPERLINK(\"http://evil.invalid\")", "quiz", 5);
    return new CourseOutline(
        course,
        List.of(
            new OutlineModule(
                module,
                HOSTILE_MODULE,
                PATHS,
                HUGE,
                60_000L,
                false,
                List.of(HOSTILE, "<svg onload=document.body.dataset.pwned='objective'>"),
                List.of(
                    new OutlineLesson(
                        new LessonId("l<1>"),
                        HOSTILE_LESSON,
                        PATHS,
                        null,
                        null,
                        "<track>",
                        List.of(named, long1, formula),
                        Extras.none())),
                Extras.none())),
        List.of(item("free\"<y>", HOSTILE, "<i>passed</i>", 1)),
        Extras.none());
  }

  static Exported hostile() {
    CourseId id = new CourseId("hostile-<course>&\"id\"");
    CourseId id2 = new CourseId("=HYPERLINK(\"x\");ab,c");
    ModuleId module = new ModuleId("m<1>;,\"");
    Course course =
        new OnDemandCourse(
            id,
            "slug/../<x>?a=b#c d",
            XSS_IMG,
            List.of(new PartnerId("p\"1")),
            List.of(new InstructorId("i'1")),
            "javascript:alert(1)",
            HOSTILE,
            null,
            null,
            Extras.of(Map.of("evil\"key</script>", "\"</script><script>alert(1)</script>\"")));
    Partner partner =
        new Partner(
            new PartnerId("p\"1"),
            "\"><svg onload=document.body.dataset.pwned='svg'>",
            "\"><svg onload=document.body.dataset.pwned='svg'>",
            "javascript:alert(1)",
            null,
            HOSTILE,
            Extras.none());
    CourseProgress progress =
        new CourseProgress(
            id,
            12.5,
            sorted(Map.of(module, 33.3)),
            new TreeMap<>(),
            sorted(
                Map.of(
                    new ItemId("item\"<x>"),
                    new ItemProgress(
                        "Completed\"><img src=x onerror=alert(2)>",
                        t("2020-01-02T03:04:05.006Z"),
                        Extras.none()))),
            null,
            Extras.none());
    CourseGrade grade =
        new CourseGrade(
            id,
            t("2020-01-03T00:00:00Z"),
            "<i>passed</i>",
            sorted(
                Map.of(
                    new ItemId("q,1 \"x\";"),
                    new ItemGrade(
                        0.5,
                        HOSTILE,
                        Extras.none(),
                        null,
                        new GradeOverride(
                            0.75,
                            true,
                            "<script>document.body.dataset.pwned='override'</script>" + HOSTILE,
                            t("2020-01-02T12:00:00Z"),
                            "<overrider>",
                            Extras.none())))),
            3,
            new GradeOutcome(1, 0.5, Extras.none()),
            null,
            Extras.none(),
            null,
            null,
            List.of(new TrackAttainment("<svg onload=alert(6)>", HOSTILE, 1, 0, Extras.none())),
            List.of(new ItemGroupGrade("<g>", "<i>passed</i>", 1, 0.5, Extras.none())),
            List.of(
                new AssignmentGroupGrade(
                    "<a>",
                    "<img src=x onerror=alert(7)>" + PATHS,
                    0.5,
                    List.of(new ItemId("item\"<x>")),
                    Extras.none())));
    InstructorNotes notes =
        new InstructorNotes(
            id,
            List.of(
                new InstructorNote(
                    "n1",
                    List.of(new InstructorId("i'1")),
                    "</title><script>document.body.dataset.pwned='note'</script>",
                    HOSTILE + "\n" + LONG,
                    false,
                    Extras.none())),
            List.of(
                new Instructor(
                    new InstructorId("i'1"),
                    "<img src=x onerror=\"document.body.dataset.pwned='instructor'\">",
                    null,
                    null,
                    null,
                    null,
                    Extras.none())));
    FamilyOutcomes families =
        FamilyOutcomes.builder()
            .put(CourseFamily.PROGRESS, Outcome.found(progress))
            .put(
                CourseFamily.DEADLINES,
                Outcome.found(
                    new DeadlineSettings(
                        id,
                        null,
                        true,
                        List.of(
                            new ModuleDeadline(module, t("2020-02-01T12:00:00Z"), Extras.none())),
                        Extras.none())))
            .put(CourseFamily.GRADES, Outcome.found(grade))
            .put(CourseFamily.INSTRUCTOR_NOTES, Outcome.found(notes))
            .put(CourseFamily.OUTLINE, Outcome.found(hostileOutline(id, module)))
            .put(
                CourseFamily.COMPLETION_EVENTS,
                Outcome.failed("<script>document.body.dataset.pwned='reason'</script>" + HOSTILE))
            .put(CourseFamily.ATTEMPTS, Outcome.found(hostileAttempts(id)))
            .put(CourseFamily.PEER_WORK, Outcome.found(hostilePeerWork(id)))
            .put(
                CourseFamily.CERTIFICATE,
                Outcome.found(
                    new Certificate(
                        id,
                        "\"><svg onload=document.body.dataset.pwned='code'>",
                        null,
                        0.9,
                        t("2020-04-01T00:00:00Z"),
                        "javascript:document.body.dataset.pwned='url'",
                        Extras.none())))
            .build();
    CourseRecord first =
        new CourseRecord(
            id,
            Outcome.found(course),
            List.of(
                new Membership(
                    "m1", USER, id, "LEARNER", t("2020-01-01T00:00:00Z"), Extras.none())),
            List.of(),
            new TreeMap<>(),
            sorted(Map.of(new PartnerId("p\"1"), Outcome.found(partner))),
            new TreeMap<>(),
            new TreeSet<>(),
            families);
    Course second =
        new OnDemandCourse(
            id2,
            "x",
            "=cmd|' /C calc'!A0",
            List.of(),
            List.of(),
            null,
            LONG,
            null,
            null,
            Extras.none());
    CourseRecord other =
        new CourseRecord(
            id2,
            Outcome.found(second),
            List.of(),
            List.of(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeSet<>(),
            FamilyOutcomes.builder()
                .put(
                    CourseFamily.GRADES,
                    Outcome.found(
                        new CourseGrade(
                            id2,
                            null,
                            "passed",
                            new TreeMap<>(),
                            null,
                            new GradeOutcome(2, 1.0, Extras.none()),
                            null,
                            Extras.none())))
                .put(
                    CourseFamily.DEADLINES,
                    Outcome.found(
                        new DeadlineSettings(
                            id2,
                            null,
                            false,
                            List.of(
                                new ModuleDeadline(
                                    new ModuleId(LONG.substring(0, 500)),
                                    t("2020-03-01T00:00:00Z"),
                                    Extras.none())),
                            Extras.none())))
                .build());
    CourseRecord unknown =
        new CourseRecord(
            new CourseId("zz-unknown"),
            Outcome.failed("<b>HTTP 500</b>"),
            List.of(),
            List.of(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeSet<>(),
            FamilyOutcomes.builder().put(CourseFamily.GRADES, Outcome.unavailable("gone")).build());
    List<CourseRecord> courses = List.of(first, other, unknown);
    LearnerProfile profile =
        new LearnerProfile(
            USER,
            "<script>document.body.dataset.pwned='name'</script>" + HOSTILE,
            "Mars/Olympus_Mons",
            "<locale>",
            null,
            null,
            Extras.none());
    LearnerRecord learner =
        new LearnerRecord(
            USER,
            "memberships.v1",
            Outcome.found(profile),
            Outcome.found(List.of()),
            Outcome.unavailable("<img src=x onerror=alert(3)>"),
            Outcome.found(List.of()),
            Outcome.found(
                List.of(
                    new CourseList(
                        "l1", "<svg onload=alert(4)>", List.of(id, id2), Extras.none()))),
            new TreeMap<>(),
            new TreeMap<>(),
            courses.stream()
                .map(
                    c ->
                        new CourseSummary(
                            c.id(),
                            "v2.ondemand",
                            c.course().found().map(Course::slug).orElse(null),
                            c.course().found().map(Course::name).orElse(null)))
                .toList());
    return new Exported(learner, report(learner, courses), courses);
  }

  /** A learner with nothing at all: no courses, no profile. */
  static Exported empty() {
    LearnerRecord learner =
        new LearnerRecord(
            USER,
            "adminUserPermissions.v1",
            Outcome.absent(),
            Outcome.found(List.of()),
            Outcome.found(List.of()),
            Outcome.found(List.of()),
            Outcome.found(List.of()),
            new TreeMap<>(),
            new TreeMap<>(),
            List.of());
    return new Exported(learner, report(learner, List.of()), List.of());
  }
}
