package io.github.courseport.adapters.batch;

import feign.Client;
import feign.Feign;
import feign.Response;
import feign.Retryer;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Fields;
import io.github.courseport.adapters.http.naptime.api.CatalogV1Api;
import io.github.courseport.adapters.http.naptime.api.CourseListsApi;
import io.github.courseport.adapters.http.naptime.api.CoursesApi;
import io.github.courseport.adapters.http.naptime.api.CourseworkApi;
import io.github.courseport.adapters.http.naptime.api.InstructorNotesApi;
import io.github.courseport.adapters.http.naptime.api.LearnerActivityApi;
import io.github.courseport.adapters.http.naptime.api.MembershipsApi;
import io.github.courseport.adapters.http.naptime.api.ProgressApi;
import io.github.courseport.adapters.http.naptime.api.PublicApi;
import io.github.courseport.adapters.http.naptime.api.SpecializationsApi;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.Host;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every request the adapter makes, built exactly as the HTTP adapter builds it: through the same
 * Feign interfaces of {@code naptime.api} with the same parameters (fields, includes, page size).
 * The URL of a sub-request is what Feign makes of the call, captured by a client that sends
 * nothing, so the two transports cannot drift apart in encoding or parameter order; the same
 * request therefore gets the same answer, byte for byte, in a batch or on its own.
 *
 * <p>The {@code fields}/{@code includes} values below mirror the HTTP adapter's (which keeps them
 * in package-private classes); {@code SameRequestsAsHttpTest} checks that both send the same URLs
 * and get the same bytes.
 */
final class Requests {
  // resources, as the HTTP adapter and the fake server name them
  static final String MEMBERSHIPS = "memberships.v1";
  static final String PERMISSIONS = "adminUserPermissions.v1";
  static final String PROFILES = "externalBasicProfiles.v1";
  static final String OPEN_MEMBERSHIPS = "openCourseMemberships.v1";
  static final String ENROLLMENTS = "users/v1/me/enrollments";
  static final String SPECIALIZATION_MEMBERSHIPS = "onDemandSpecializationMemberships.v1";
  static final String COURSE_LISTS = "courseLists.v1";
  static final String COURSES = "courses.v1";
  static final String PARTNERS = "partners.v1";
  static final String INSTRUCTORS = "instructors.v1";
  static final String SPECIALIZATIONS = "onDemandSpecializations.v1";
  static final String V1_COURSES = "catalog.v1/courses";
  static final String V1_UNIVERSITIES = "catalog.v1/universities";
  static final String V1_CATEGORIES = "catalog.v1/categories";
  static final String V1_INSTRUCTORS = "catalog.v1/instructors";
  static final String V1_SESSIONS = "catalog.v1/sessions";
  static final String PROGRESS = "onDemandCoursesProgress.v1";
  static final String OPENCOURSE = "opencourse.v1";
  static final String SCHEDULES = "onDemandCourseSchedules.v1";
  static final String DEADLINES = "onDemandDeadlineSettings.v1";
  static final String HOME_PROGRESS = "onDemandHomeProgress.v1";
  static final String GRADES = "onDemandCourseGrades.v1";
  static final String NOTES = "onDemandInstructorNotes.v1";
  static final String DEFAULT_NOTES = "onDemandDefaultInstructorNotes.v1";
  static final String CLASSMATES = "onDemandClassmateProfiles.v1";
  static final String SOCIAL_PROFILES = "onDemandSocialProfiles.v1";
  static final String EXPERIMENTS = "onDemandHomeExperiments.v1";
  static final String COMPLETION_EVENTS = "onDemandCompletionEvents.v1";

  // request shapes (the HTTP adapter's values)
  static final String MEMBERSHIP_INCLUDES = "courseId,courses.v1";
  static final String MEMBERSHIP_FIELDS =
      Fields.of("userId", "courseId", "role", "timestamp")
          .with("courses.v1", "slug", "name", "courseType")
          .toString();
  static final String MEMBERSHIP_FILTER = "current,preEnrolled";
  static final String PROFILE_FIELDS = Fields.of("timezone", "locale", "privacy").toString();
  static final String PARTNER_FIELDS =
      Fields.of("shortName", "name", "logo", "classLogo", "location").toString();
  static final String INSTRUCTOR_FIELDS =
      Fields.of("fullName", "title", "department", "photo", "bio").toString();
  static final String COURSE_FIELDS =
      Fields.of(
              "slug",
              "name",
              "courseType",
              "partnerIds",
              "instructorIds",
              "photoUrl",
              "description",
              "partnerLogo",
              "certificatePartnerLogo")
          .with("partners.v1", "shortName", "name", "logo", "classLogo", "location")
          .with("instructors.v1", "fullName", "title", "department", "photo", "bio")
          .toString();
  static final String COURSE_INCLUDES = "partnerIds,instructorIds";
  static final String V1_COURSE_FIELDS =
      Fields.of("shortName", "name", "photo", "smallIconHover", "shortDescription").toString();
  static final String V1_COURSE_INCLUDES = "universities,instructors,categories,sessions";
  static final String SPECIALIZATION_FIELDS =
      Fields.of("slug", "name", "tagline", "description", "courseIds", "partnerIds").toString();
  static final String SCHEDULE_FIELDS = "defaultSchedule";
  static final String HOME_PROGRESS_FIELDS =
      Fields.of("modulesCompleted", "modulesPassed").toString();
  static final String NOTES_INCLUDES = "instructorIds";
  static final String NOTES_FIELDS = Fields.of().with("instructors.v1", "fullName").toString();
  static final String CLASSMATES_INCLUDES = "userId,_links";

  private static final String CAPTURE_BASE = "http://capture.invalid";

  /** Answers every request at once without sending it: only the URL Feign built matters. */
  private static final Client CAPTURE =
      (request, options) ->
          Response.builder()
              .status(204)
              .reason("captured")
              .request(request)
              .headers(Map.of())
              .build();

  private final CourseraHttp http;
  private final int pageSize;
  private final Map<Class<?>, Object> capturing = new ConcurrentHashMap<>();

  Requests(CourseraHttp http, int pageSize) {
    this.http = http;
    this.pageSize = pageSize;
  }

  /** A request through one of the {@code naptime.api} interfaces. */
  <A> SubRequest of(
      String resource, Expect expect, Class<A> api, Host host, Function<A, Response> call) {
    return new SubRequest(
        resource, expect, host, urlOf(api, call), () -> call.apply(http.api(api, host)));
  }

  private <A> String urlOf(Class<A> api, Function<A, Response> call) {
    A client =
        api.cast(
            capturing.computeIfAbsent(
                api,
                t ->
                    Feign.builder()
                        .client(CAPTURE)
                        .retryer(Retryer.NEVER_RETRY)
                        .target(api, CAPTURE_BASE)));
    try (Response r = call.apply(client)) {
      return pathAndQuery(r.request().url());
    }
  }

  /** The path and query of a URL, as the HTTP adapter records its requests. */
  static String pathAndQuery(String url) {
    URI u = URI.create(url);
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
  }

  // ---- identity ----

  SubRequest whoAmIByMemberships() {
    return of(
        MEMBERSHIPS,
        Expect.COLLECTION,
        MembershipsApi.class,
        Host.WWW,
        a -> a.me(null, null, "true", null, null, 1));
  }

  SubRequest whoAmIByPermissions() {
    return of(
        PERMISSIONS,
        Expect.COLLECTION,
        MembershipsApi.class,
        Host.WWW,
        MembershipsApi::myPermissions);
  }

  SubRequest profile() {
    return of(
        PROFILES, Expect.COLLECTION, PublicApi.class, Host.API, a -> a.profile(PROFILE_FIELDS));
  }

  // ---- lists ----

  SubRequest memberships(@Nullable String start) {
    return of(
        MEMBERSHIPS,
        Expect.COLLECTION,
        MembershipsApi.class,
        Host.WWW,
        a ->
            a.me(
                MEMBERSHIP_INCLUDES,
                MEMBERSHIP_FIELDS,
                "true",
                MEMBERSHIP_FILTER,
                start,
                pageSize));
  }

  SubRequest openMemberships(String user, @Nullable String start) {
    return of(
        OPEN_MEMBERSHIPS,
        Expect.COLLECTION,
        MembershipsApi.class,
        Host.WWW,
        a -> a.findByUser(user, start, null));
  }

  SubRequest enrollments() {
    return of(ENROLLMENTS, Expect.COLLECTION, PublicApi.class, Host.API, PublicApi::enrollments);
  }

  SubRequest specializationMemberships(@Nullable String start) {
    return of(
        SPECIALIZATION_MEMBERSHIPS,
        Expect.COLLECTION,
        SpecializationsApi.class,
        Host.WWW,
        a -> a.memberships("s12nId", start, pageSize));
  }

  SubRequest courseLists(@Nullable String start) {
    return of(
        COURSE_LISTS,
        Expect.COLLECTION,
        CourseListsApi.class,
        Host.WWW,
        a -> a.me(null, start, pageSize));
  }

  // ---- catalog (each takes an ids= value) ----

  SubRequest courses(String ids) {
    return of(
        COURSES,
        Expect.COLLECTION,
        CoursesApi.class,
        Host.WWW,
        a -> a.courses(ids, COURSE_FIELDS, COURSE_INCLUDES));
  }

  SubRequest v1Courses(String ids) {
    return of(
        V1_COURSES,
        Expect.COLLECTION,
        CatalogV1Api.class,
        Host.API,
        a -> a.courses(ids, V1_COURSE_FIELDS, V1_COURSE_INCLUDES));
  }

  SubRequest v1Sessions(String ids) {
    return of(
        V1_SESSIONS, Expect.COLLECTION, CatalogV1Api.class, Host.API, a -> a.sessions(ids, null));
  }

  SubRequest partners(String ids) {
    return of(
        PARTNERS,
        Expect.COLLECTION,
        CoursesApi.class,
        Host.WWW,
        a -> a.partners(ids, PARTNER_FIELDS));
  }

  SubRequest v1Universities(String ids) {
    return of(
        V1_UNIVERSITIES,
        Expect.COLLECTION,
        CatalogV1Api.class,
        Host.API,
        a -> a.universities(ids, null));
  }

  SubRequest instructors(String ids) {
    return of(
        INSTRUCTORS,
        Expect.COLLECTION,
        CoursesApi.class,
        Host.WWW,
        a -> a.instructors(ids, INSTRUCTOR_FIELDS));
  }

  SubRequest v1Instructors(String ids) {
    return of(
        V1_INSTRUCTORS,
        Expect.COLLECTION,
        CatalogV1Api.class,
        Host.API,
        a -> a.instructors(ids, null));
  }

  SubRequest specializations(String ids) {
    return of(
        SPECIALIZATIONS,
        Expect.COLLECTION,
        SpecializationsApi.class,
        Host.WWW,
        a -> a.byIds(ids, SPECIALIZATION_FIELDS));
  }

  SubRequest v1Categories(String ids) {
    return of(
        V1_CATEGORIES,
        Expect.COLLECTION,
        CatalogV1Api.class,
        Host.API,
        a -> a.categories(ids, null));
  }

  // ---- per-course families ----

  SubRequest progressByIds(String ids) {
    return of(PROGRESS, Expect.COLLECTION, ProgressApi.class, Host.WWW, a -> a.progressByIds(ids));
  }

  SubRequest progress(String userTildeCourse) {
    return of(
        PROGRESS, Expect.ELEMENT, ProgressApi.class, Host.WWW, a -> a.progress(userTildeCourse));
  }

  SubRequest opencourse(String user, String slug) {
    return of(
        OPENCOURSE, Expect.ELEMENT, ProgressApi.class, Host.WWW, a -> a.opencourse(user, slug));
  }

  SubRequest schedulesByIds(String ids) {
    return of(
        SCHEDULES,
        Expect.COLLECTION,
        CourseworkApi.class,
        Host.WWW,
        a -> a.schedulesByIds(ids, SCHEDULE_FIELDS));
  }

  SubRequest schedule(String course) {
    return of(
        SCHEDULES,
        Expect.ELEMENT,
        CourseworkApi.class,
        Host.WWW,
        a -> a.schedule(course, SCHEDULE_FIELDS));
  }

  SubRequest homeProgressByIds(String ids) {
    return of(
        HOME_PROGRESS,
        Expect.COLLECTION,
        ProgressApi.class,
        Host.WWW,
        a -> a.homeProgressByIds(ids, HOME_PROGRESS_FIELDS));
  }

  SubRequest homeProgress(String userTildeCourse) {
    return of(
        HOME_PROGRESS,
        Expect.ELEMENT,
        ProgressApi.class,
        Host.WWW,
        a -> a.homeProgress(userTildeCourse, HOME_PROGRESS_FIELDS));
  }

  SubRequest gradesByIds(String ids) {
    return of(GRADES, Expect.COLLECTION, CourseworkApi.class, Host.WWW, a -> a.gradesByIds(ids));
  }

  SubRequest grades(String course) {
    return of(GRADES, Expect.ELEMENT, CourseworkApi.class, Host.WWW, a -> a.grades(course));
  }

  SubRequest deadlines(String user, String course, @Nullable String start) {
    return of(
        DEADLINES,
        Expect.COLLECTION,
        CourseworkApi.class,
        Host.WWW,
        a -> a.deadlines(user, course, start));
  }

  SubRequest notes(String course, @Nullable String start) {
    return of(
        NOTES,
        Expect.COLLECTION,
        InstructorNotesApi.class,
        Host.WWW,
        a -> a.notes(course, NOTES_INCLUDES, NOTES_FIELDS, start));
  }

  SubRequest defaultNotes(String course, @Nullable String start) {
    return of(
        DEFAULT_NOTES,
        Expect.COLLECTION,
        InstructorNotesApi.class,
        Host.WWW,
        a -> a.defaultNotes(course, NOTES_INCLUDES, NOTES_FIELDS, start));
  }

  SubRequest classmates(String course, String externalIds, @Nullable String start) {
    return of(
        CLASSMATES,
        Expect.COLLECTION,
        LearnerActivityApi.class,
        Host.WWW,
        a -> a.classmates(course, externalIds, CLASSMATES_INCLUDES, start));
  }

  SubRequest experiments(String user, String slug, @Nullable String start) {
    return of(
        EXPERIMENTS,
        Expect.COLLECTION,
        LearnerActivityApi.class,
        Host.WWW,
        a -> a.experiments(user, slug, start));
  }

  SubRequest completionEvents(String user, String course, @Nullable String start) {
    return of(
        COMPLETION_EVENTS,
        Expect.COLLECTION,
        LearnerActivityApi.class,
        Host.WWW,
        a -> a.completionEvents(user, course, start));
  }
}
