package io.github.courseport.adapters.http.naptime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Quote;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.CompletionEvent;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.HomeExperiment;
import io.github.courseport.core.domain.HomeProgress;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.ItemGrade;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.ItemProgress;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LessonId;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleDeadline;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SchedulePeriod;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SocialProfile;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.V1Enrollments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps wire elements (see {@code docs/endpoints.md}) to core domain values. Pure functions of the
 * JSON: the same element always gives the same value. Fields a mapping does not understand end up
 * in the value's extras as raw JSON text. Every method throws {@link InvalidDataException} when a
 * required part (an id, a name) is missing or unusable.
 */
public final class WireMapper {
  private WireMapper() {}

  // ---- identity and lists ----

  /** The user id a {@code memberships.v1} element names ({@code userId}), if any. */
  public static @Nullable UserId userIdOfMembership(ObjectNode element) {
    Long id = WireElement.of(element).integer("userId");
    return id == null ? null : new UserId(id);
  }

  /** The user id an {@code adminUserPermissions.v1} element names (its integer {@code id}). */
  public static @Nullable UserId userIdOfPermissions(ObjectNode element) {
    Long id = WireElement.of(element).integer("id");
    return id == null ? null : new UserId(id);
  }

  /** A {@code memberships.v1} or {@code openCourseMemberships.v1} element. */
  public static Membership membership(ObjectNode element) {
    return read(
        "membership",
        () -> {
          WireElement e = WireElement.of(element);
          Long user = e.integer("userId");
          if (user == null) {
            throw new InvalidDataException("A membership has no user id.");
          }
          String course = e.requiredText("courseId");
          String id = e.text("id");
          String role = e.text("role");
          if (role == null) {
            role = e.text("courseRole");
          }
          Instant timestamp = e.epochMillis("timestamp");
          return new Membership(
              id == null ? user + "~" + course : id,
              new UserId(user),
              new CourseId(course),
              role,
              timestamp,
              e.extras());
        });
  }

  /**
   * A membership completed by what another answer says of it (role and timestamp where the first
   * has none; unknown fields of both, the first's winning; the lists of both).
   */
  public static Membership enrich(Membership base, Membership more) {
    Map<String, String> extras = new TreeMap<>(more.extras().fields());
    extras.putAll(base.extras().fields());
    return new Membership(
        base.id(),
        base.userId(),
        base.courseId(),
        base.role() != null ? base.role() : more.role(),
        base.timestamp() != null ? base.timestamp() : more.timestamp(),
        Extras.of(extras),
        union(base.listedBy(), more.listedBy()));
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** An {@code onDemandSpecializationMemberships.v1} element. */
  public static SpecializationMembership specializationMembership(ObjectNode element) {
    return read(
        "specialization membership",
        () -> {
          WireElement e = WireElement.of(element);
          String s12n = e.requiredText("s12nId");
          Long user = e.integer("userId");
          if (user == null) {
            throw new InvalidDataException("A specialization membership has no user id.");
          }
          String id = e.text("id");
          return new SpecializationMembership(
              id == null ? user + "~" + s12n : id,
              new UserId(user),
              new SpecializationId(s12n),
              e.text("role"),
              e.epochMillis("timestamp"),
              e.extras());
        });
  }

  /** A {@code courseLists.v1} element. */
  public static CourseList courseList(ObjectNode element) {
    return read(
        "course list",
        () -> {
          WireElement e = WireElement.of(element);
          return new CourseList(
              e.id(), e.text("name"), ids(e.texts("courseIds"), CourseId::new), e.extras());
        });
  }

  /** An {@code externalBasicProfiles.v1} element; {@code asked} when it names no user. */
  public static LearnerProfile profile(ObjectNode element, UserId asked) {
    return read(
        "profile",
        () -> {
          WireElement e = WireElement.of(element);
          Long user = e.integer("userId");
          if (user == null) {
            user = e.integer("id");
          } else {
            e.ignore("id");
          }
          String external = e.text("externalId");
          return new LearnerProfile(
              user == null ? asked : new UserId(user),
              e.text("fullName"),
              e.text("timezone"),
              e.text("locale"),
              e.text("privacy"),
              external == null ? null : new ExternalUserId(external),
              e.extras());
        });
  }

  /**
   * The bare {@code users/v1/me/enrollments} answer: enrollments (dates in epoch seconds) and the
   * courses they refer to, joined on the course id (the two lists are not in the same order).
   */
  public static V1Enrollments v1Enrollments(JsonNode root) {
    return read(
        "v1 enrollments",
        () -> {
          WireElement r = WireElement.of(root);
          if (!r.has("enrollments") && !r.has("courses")) {
            throw new InvalidDataException(
                "The v1 enrollments answer has neither \"enrollments\" nor \"courses\".");
          }
          List<Enrollment> enrollments = new ArrayList<>();
          for (WireElement e : r.objects("enrollments")) {
            enrollments.add(enrollment(e));
          }
          Map<CourseId, SessionCourse> byId = new LinkedHashMap<>();
          for (WireElement c : r.objects("courses")) {
            SessionCourse course = v1EnrollmentCourse(c);
            byId.putIfAbsent(course.id(), course);
          }
          List<SessionCourse> courses = new ArrayList<>();
          for (Enrollment e : enrollments) {
            SessionCourse c = byId.remove(e.courseId());
            if (c != null) {
              courses.add(c);
            }
          }
          courses.addAll(byId.values());
          return new V1Enrollments(enrollments, courses);
        });
  }

  private static Enrollment enrollment(WireElement e) {
    Long id = e.integer("id");
    Long course = e.integer("courseId");
    if (id == null || course == null) {
      throw new InvalidDataException("An enrollment has no numeric id or course id.");
    }
    Long session = e.integer("sessionId");
    Boolean sig = e.bool("isSigTrack");
    Boolean active = e.bool("active");
    return new Enrollment(
        id,
        CourseId.sessionBased(course),
        session == null ? null : new SessionId(session),
        e.epochSeconds("startDate"),
        e.epochSeconds("endDate"),
        e.text("startStatus"),
        sig != null && sig,
        active != null && active,
        e.extras());
  }

  private static SessionCourse v1EnrollmentCourse(WireElement c) {
    Long id = c.integer("id");
    if (id == null) {
      throw new InvalidDataException("A v1 course has no numeric id.");
    }
    String slug = c.text("shortName");
    return new SessionCourse(
        CourseId.sessionBased(id),
        slug == null ? "" : slug,
        c.requiredText("name"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        c.text("photo"),
        c.text("smallIconHover"),
        c.text("shortDescription"),
        c.extras());
  }

  // ---- catalog ----

  /** A {@code courses.v1} element as an on-demand course. */
  public static OnDemandCourse onDemandCourse(ObjectNode element) {
    return read(
        "course",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("courseType");
          String slug = e.text("slug");
          return new OnDemandCourse(
              new CourseId(e.id()),
              slug == null ? "" : slug,
              e.requiredText("name"),
              ids(e.texts("partnerIds"), PartnerId::new),
              ids(e.texts("instructorIds"), InstructorId::new),
              e.text("photoUrl"),
              e.text("description"),
              e.text("partnerLogo"),
              e.text("certificatePartnerLogo"),
              e.extras());
        });
  }

  /**
   * A {@code courses.v1} element of type {@code v1.session} (id {@code v1-<n>}) as a session-based
   * course, for when catalog.v1 cannot answer; it names no categories nor sessions.
   */
  public static SessionCourse sessionCourseFromCoursesV1(ObjectNode element) {
    return read(
        "course",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("courseType");
          String slug = e.text("slug");
          return new SessionCourse(
              new CourseId(e.id()),
              slug == null ? "" : slug,
              e.requiredText("name"),
              ids(e.texts("partnerIds"), PartnerId::new),
              ids(e.texts("instructorIds"), InstructorId::new),
              List.of(),
              List.of(),
              e.text("photoUrl"),
              null,
              e.text("description"),
              e.extras());
        });
  }

  /**
   * A {@code courses.v1} element of either generation: {@code courses.v1} also holds session-based
   * courses ({@code courseType: "v1.session"}, ids {@code v1-<n>}).
   */
  public static Course courseFromCoursesV1(ObjectNode element) {
    JsonNode type = element.get("courseType");
    JsonNode id = element.get("id");
    boolean session =
        (type != null && "v1.session".equals(type.asText()))
            || (id != null && id.asText().startsWith("v1-"));
    return session ? sessionCourseFromCoursesV1(element) : onDemandCourse(element);
  }

  /** A {@code catalog.v1/courses} element (integer id {@code n}, course {@code v1-n}). */
  public static SessionCourse catalogV1Course(ObjectNode element) {
    return read(
        "v1 course",
        () -> {
          WireElement e = WireElement.of(element);
          Long id = e.integer("id");
          if (id == null) {
            throw new InvalidDataException("A catalog.v1 course has no numeric id.");
          }
          List<String> universities = List.of();
          List<String> instructors = List.of();
          List<String> categories = List.of();
          List<String> sessions = List.of();
          Map<String, String> more = new TreeMap<>();
          WireElement links = e.object("links");
          if (links != null) {
            universities = links.texts("universities");
            instructors = links.texts("instructors");
            categories = links.texts("categories");
            sessions = links.texts("sessions");
            links.extras().fields().forEach((k, v) -> more.put("links." + k, v));
          }
          List<SessionId> sessionIds = new ArrayList<>();
          for (String s : sessions) {
            sessionIds.add(SessionId.parse(s));
          }
          String slug = e.text("shortName");
          return new SessionCourse(
              CourseId.sessionBased(id),
              slug == null ? "" : slug,
              e.requiredText("name"),
              ids(universities, PartnerId::new),
              ids(instructors, InstructorId::new),
              ids(categories, CategoryId::new),
              sessionIds,
              e.text("photo"),
              e.text("smallIconHover"),
              e.text("shortDescription"),
              e.extrasWith(more));
        });
  }

  /** A {@code partners.v1} element or a {@code catalog.v1/universities} one. */
  public static Partner partner(ObjectNode element) {
    return read(
        "partner",
        () -> {
          WireElement e = WireElement.of(element);
          return new Partner(
              new PartnerId(e.id()),
              e.text("shortName"),
              e.requiredText("name"),
              e.text("logo"),
              e.text("classLogo"),
              e.text("location"),
              e.extras());
        });
  }

  /**
   * An {@code instructors.v1} element or a {@code catalog.v1/instructors} one (whose {@code
   * fullName} may be missing: then it is made of {@code firstName} and {@code lastName}).
   */
  public static Instructor instructor(ObjectNode element) {
    return read(
        "instructor",
        () -> {
          WireElement e = WireElement.of(element);
          String fullName = e.text("fullName");
          if (fullName == null) {
            String first = e.text("firstName");
            String last = e.text("lastName");
            String joined =
                ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
            fullName = joined.isEmpty() ? null : joined;
          }
          String photo = e.text("photo");
          if (photo == null) {
            photo = e.text("photoUrl");
          }
          return new Instructor(
              new InstructorId(e.id()),
              fullName,
              e.text("title"),
              e.text("department"),
              photo,
              e.text("bio"),
              e.extras());
        });
  }

  /**
   * A {@code catalog.v1/sessions} element. Any of {@code startYear}, {@code startMonth}, {@code
   * startDay} may be missing; a combination that is no date stays in the extras, unread.
   */
  public static Session session(ObjectNode element) {
    return read(
        "session",
        () -> {
          WireElement e = WireElement.of(element);
          Long id = e.integer("id");
          if (id == null) {
            throw new InvalidDataException("A session has no numeric id.");
          }
          Long course = e.integer("courseId");
          PartialDate start;
          Integer year = e.smallInteger("startYear");
          Integer month = e.smallInteger("startMonth");
          Integer day = e.smallInteger("startDay");
          try {
            start = new PartialDate(year, month, day);
          } catch (RuntimeException notADate) {
            start = PartialDate.unknown();
            e.keep("startYear");
            e.keep("startMonth");
            e.keep("startDay");
          }
          return new Session(
              new SessionId(id),
              course == null ? null : CourseId.sessionBased(course),
              start,
              e.text("durationString"),
              e.text("homeLink"),
              e.bool("active"),
              e.extras());
        });
  }

  /** An {@code onDemandSpecializations.v1} element ({@code tagline: ""} is none). */
  public static Specialization specialization(ObjectNode element) {
    return read(
        "specialization",
        () -> {
          WireElement e = WireElement.of(element);
          String slug = e.text("slug");
          return new Specialization(
              new SpecializationId(e.id()),
              slug == null ? "" : slug,
              e.requiredText("name"),
              e.text("tagline"),
              e.text("description"),
              ids(e.texts("courseIds"), CourseId::new),
              ids(e.texts("partnerIds"), PartnerId::new),
              e.extras());
        });
  }

  /** A {@code catalog.v1/categories} element. */
  public static Category category(ObjectNode element) {
    return read(
        "category",
        () -> {
          WireElement e = WireElement.of(element);
          return new Category(
              new CategoryId(e.id()),
              e.requiredText("name"),
              e.text("shortName"),
              e.text("description"),
              e.extras());
        });
  }

  // ---- per-course families ----

  /** An {@code onDemandCoursesProgress.v1} element or the bare {@code opencourse.v1} object. */
  public static CourseProgress progress(CourseId course, ObjectNode element) {
    return read(
        "progress",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("id", "userId", "courseId");
          SortedMap<ModuleId, Double> modules = percentages(e, "modules", ModuleId::new);
          SortedMap<LessonId, Double> lessons = percentages(e, "lessons", LessonId::new);
          SortedMap<ItemId, ItemProgress> items = new TreeMap<>();
          boolean allItems = true;
          for (Map.Entry<String, JsonNode> x : e.entries("items").entrySet()) {
            if (!x.getValue().isObject()) {
              allItems = false;
              continue;
            }
            WireElement item = WireElement.of(x.getValue());
            String state = item.text("progressState");
            items.put(
                new ItemId(x.getKey()),
                new ItemProgress(
                    state == null ? "" : state, item.epochMillis("timestamp"), item.extras()));
          }
          if (!allItems) {
            e.keep("items");
          }
          String next = e.text("nextItem");
          return new CourseProgress(
              course,
              e.number("overall"),
              modules,
              lessons,
              items,
              next == null ? null : new ItemId(next),
              e.extras());
        });
  }

  /** An {@code onDemandCourseSchedules.v1} element. */
  public static CourseSchedule schedule(CourseId course, ObjectNode element) {
    return read(
        "schedule",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("id");
          List<SchedulePeriod> periods = new ArrayList<>();
          Map<String, String> more = new TreeMap<>();
          WireElement schedule = e.object("defaultSchedule");
          if (schedule != null) {
            for (WireElement p : schedule.objects("periods")) {
              Integer weeks = p.smallInteger("numberOfWeeks");
              periods.add(
                  new SchedulePeriod(
                      ids(p.texts("moduleIds"), ModuleId::new),
                      weeks == null ? 0 : weeks,
                      p.extras()));
            }
            schedule.extras().fields().forEach((k, v) -> more.put("defaultSchedule." + k, v));
          }
          return new CourseSchedule(course, periods, e.extrasWith(more));
        });
  }

  /** An {@code onDemandDeadlineSettings.v1} element. */
  public static DeadlineSettings deadlines(CourseId course, ObjectNode element) {
    return read(
        "deadlines",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("id", "userId", "courseId");
          List<ModuleDeadline> deadlines = new ArrayList<>();
          for (WireElement d : e.objects("moduleDeadlines")) {
            String module = d.requiredText("moduleId");
            Instant at = d.epochMillis("deadline");
            if (at == null) {
              throw new InvalidDataException(
                  "The deadline of module " + Quote.of(module) + " has no time.");
            }
            deadlines.add(new ModuleDeadline(new ModuleId(module), at, d.extras()));
          }
          Boolean enabled = e.bool("isEnabled");
          return new DeadlineSettings(
              course, e.epochMillis("start"), enabled != null && enabled, deadlines, e.extras());
        });
  }

  /** An {@code onDemandHomeProgress.v1} element. */
  public static HomeProgress homeProgress(CourseId course, ObjectNode element) {
    return read(
        "home progress",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("id", "userId", "courseId");
          return new HomeProgress(
              course,
              ids(e.texts("modulesCompleted"), ModuleId::new),
              ids(e.texts("modulesPassed"), ModuleId::new),
              e.extras());
        });
  }

  /** An {@code onDemandCourseGrades.v1} element. */
  public static CourseGrade grade(CourseId course, ObjectNode element) {
    return read(
        "grades",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("id");
          SortedMap<ItemId, ItemGrade> items = new TreeMap<>();
          boolean all = true;
          for (Map.Entry<String, JsonNode> x : e.entries("itemGrades").entrySet()) {
            JsonNode v = x.getValue();
            if (v.isObject()) {
              WireElement g = WireElement.of(v);
              items.put(
                  new ItemId(x.getKey()),
                  new ItemGrade(g.number("grade"), g.text("state"), g.extras()));
            } else if (v.isNumber()) {
              items.put(
                  new ItemId(x.getKey()), new ItemGrade(v.doubleValue(), null, Extras.none()));
            } else {
              all = false;
            }
          }
          if (!all) {
            e.keep("itemGrades");
          }
          return new CourseGrade(
              course,
              e.epochMillis("timestamp"),
              e.text("passingState"),
              items,
              e.smallInteger("passableItemsCount"),
              gradeOutcome(e.object("overallOutcome")),
              gradeOutcome(e.object("verifiedOutcome")),
              e.extras());
        });
  }

  private static @Nullable GradeOutcome gradeOutcome(@Nullable WireElement o) {
    if (o == null) {
      return null;
    }
    Integer passed = o.smallInteger("passedItemsCount");
    Double grade = o.number("courseGrade");
    return new GradeOutcome(passed == null ? 0 : passed, grade == null ? 0 : grade, o.extras());
  }

  /** An element of {@code onDemandInstructorNotes.v1} or of its default form. */
  public static InstructorNote instructorNote(ObjectNode element, boolean isDefault) {
    return read(
        "instructor note",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("courseId");
          return new InstructorNote(
              e.id(),
              ids(e.texts("instructorIds"), InstructorId::new),
              e.text("title"),
              e.text("body"),
              isDefault,
              e.extras());
        });
  }

  /** A linked {@code onDemandSocialProfiles.v1} element ({@code photoUrl: ""} is none). */
  public static SocialProfile socialProfile(ObjectNode element) {
    return read(
        "social profile",
        () -> {
          WireElement e = WireElement.of(element);
          Long id = e.integer("id");
          if (id == null) {
            throw new InvalidDataException("A social profile has no numeric id.");
          }
          return new SocialProfile(
              new UserId(id),
              e.text("fullName"),
              e.text("photoUrl"),
              e.text("courseRole"),
              e.extras());
        });
  }

  /** An {@code onDemandClassmateProfiles.v1} element, with its social profile when linked. */
  public static Classmate classmate(ObjectNode element, Map<UserId, SocialProfile> profiles) {
    return read(
        "classmate",
        () -> {
          WireElement e = WireElement.of(element);
          Long user = e.integer("userId");
          UserId userId = user == null ? null : new UserId(user);
          return new Classmate(
              new ExternalUserId(e.id()),
              userId,
              e.number("courseProgressPercentage"),
              e.bool("isCourseCompleted"),
              e.smallInteger("postsCount"),
              e.smallInteger("votesReceivedCount"),
              userId == null ? null : profiles.get(userId),
              e.extras());
        });
  }

  /** An {@code onDemandHomeExperiments.v1} element (its shape is unknown: all of it is kept). */
  public static HomeExperiment experiment(ObjectNode element) {
    return read(
        "experiment",
        () -> {
          WireElement e = WireElement.of(element);
          String id = e.text("id");
          return new HomeExperiment(id == null ? "" : id, e.extras());
        });
  }

  /** An {@code onDemandCompletionEvents.v1} element. */
  public static CompletionEvent completionEvent(ObjectNode element) {
    return read(
        "completion event",
        () -> {
          WireElement e = WireElement.of(element);
          e.ignore("courseId");
          String id = e.text("id");
          return new CompletionEvent(
              id == null ? "" : id, e.text("eventType"), e.epochMillis("timestamp"), e.extras());
        });
  }

  // ---- helpers ----

  private static <K extends Comparable<? super K>> SortedMap<K, Double> percentages(
      WireElement e, String field, Function<String, K> key) {
    SortedMap<K, Double> out = new TreeMap<>();
    boolean all = true;
    for (Map.Entry<String, JsonNode> x : e.entries(field).entrySet()) {
      if (x.getValue().isNumber()) {
        out.put(key.apply(x.getKey()), x.getValue().doubleValue());
      } else {
        all = false;
      }
    }
    if (!all) {
      e.keep(field);
    }
    return out;
  }

  private static <T> List<T> ids(List<String> texts, Function<String, T> make) {
    List<T> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(make.apply(t));
    }
    return out;
  }

  /** Runs a mapping, turning the domain's validation errors into invalid data. */
  private static <T> T read(String what, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (InvalidDataException e) {
      throw e;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      String m = e.getMessage();
      throw new InvalidDataException(
          "The " + what + " cannot be read: " + (m == null ? "invalid value" : Quote.clip(m, 160)));
    }
  }
}
