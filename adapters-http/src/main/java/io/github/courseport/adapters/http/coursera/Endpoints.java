package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Fields;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint table: every resource of Coursera's API the record needs, with its name, host, path,
 * finder, fields, includes and paging, in one place. Each method builds the one request of a shape;
 * every transport sends it as it is, so the same request gets the same answer, byte for byte,
 * whichever way it travels. Parameters keep the order the API documentation gives them, and a
 * parameter without a value is left out.
 */
final class Endpoints {
  // resources, as Coursera names them
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
  // what catalog.v1/courses brings linked (the v1 catalog names its includes without versions)
  static final String V1_LINKED_UNIVERSITIES = "universities";
  static final String V1_LINKED_INSTRUCTORS = "instructors";
  static final String V1_LINKED_CATEGORIES = "categories";
  static final String PROGRESS = "onDemandCoursesProgress.v1";
  static final String OPENCOURSE = "opencourse.v1";
  static final String SCHEDULES = "onDemandCourseSchedules.v1";
  static final String DEADLINES = "onDemandDeadlineSettings.v1";
  static final String HOME_PROGRESS = "onDemandHomeProgress.v1";
  static final String GRADES = "onDemandCourseGrades.v1";
  static final String VIEW_GRADES = "onDemandCourseViewGrades.v1";
  static final String VIEW_ITEM_GRADES = "onDemandCourseViewItemGrades.v1";
  static final String ITEM_OVERRIDES = "onDemandCourseGradeItemOutcomeOverrides.v1";
  static final String TRACK_ATTAINMENTS = "onDemandCourseViewTrackAttainments.v1";
  static final String ASSIGNMENT_GROUP_GRADES = "onDemandCourseViewGradedAssignmentGroupGrades.v1";
  static final String ITEM_GROUP_GRADES = "onDemandCourseViewPassableItemGroupGrades.v1";
  static final String MATERIALS = "onDemandCourseMaterials.v2";
  static final String MATERIAL_MODULES = "onDemandCourseMaterialModules.v1";
  static final String MATERIAL_LESSONS = "onDemandCourseMaterialLessons.v1";
  static final String MATERIAL_ITEMS = "onDemandCourseMaterialItems.v2";
  static final String MATERIAL_PASSABLE_ELEMENTS =
      "onDemandCourseMaterialPassableLessonElements.v1";
  static final String MATERIAL_TRACKS = "onDemandCourseMaterialTracks.v1";
  static final String GRADING_PARAMETERS = "onDemandGradingParameters.v1";
  static final String NOTES = "onDemandInstructorNotes.v1";
  static final String DEFAULT_NOTES = "onDemandDefaultInstructorNotes.v1";
  static final String CLASSMATES = "onDemandClassmateProfiles.v1";
  static final String SOCIAL_PROFILES = "onDemandSocialProfiles.v1";
  static final String EXPERIMENTS = "onDemandHomeExperiments.v1";
  static final String COMPLETION_EVENTS = "onDemandCompletionEvents.v1";

  // request shapes
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
          .with(PARTNERS, "shortName", "name", "logo", "classLogo", "location")
          .with(INSTRUCTORS, "fullName", "title", "department", "photo", "bio")
          .toString();
  static final String COURSE_INCLUDES = "partnerIds,instructorIds";
  static final String V1_COURSE_FIELDS =
      Fields.of("shortName", "name", "photo", "smallIconHover", "shortDescription").toString();
  static final String V1_COURSE_INCLUDES =
      String.join(
          ",", V1_LINKED_UNIVERSITIES, V1_LINKED_INSTRUCTORS, V1_LINKED_CATEGORIES, "sessions");
  static final String SPECIALIZATION_FIELDS =
      Fields.of("slug", "name", "tagline", "description", "courseIds", "partnerIds").toString();
  static final String SCHEDULE_FIELDS = "defaultSchedule";
  static final String HOME_PROGRESS_FIELDS =
      Fields.of("modulesCompleted", "modulesPassed").toString();
  static final String NOTES_INCLUDES = "instructorIds";
  static final String NOTES_FIELDS = Fields.of().with(INSTRUCTORS, "fullName").toString();
  static final String CLASSMATES_INCLUDES = "userId,_links";
  static final String VIEW_GRADES_INCLUDES =
      "items,tracks,itemOutcomeOverrides,passableItemGroups,gradedAssignmentGroupGrades";
  static final String VIEW_GRADES_FIELDS =
      Fields.of("passingState", "overallGrade", "verifiedGrade")
          .with(VIEW_ITEM_GRADES, "overallOutcome")
          .with(ITEM_OVERRIDES, "grade", "isPassed", "explanation", "overridenAt", "overriderId")
          .with(TRACK_ATTAINMENTS, "passingState", "overallPassedCount", "verifiedPassedCount")
          .with(ASSIGNMENT_GROUP_GRADES, "droppedItemIds", "grade", "gradedAssignmentGroup")
          .with(ITEM_GROUP_GRADES, "passingState", "overallPassedCount", "overallGrade")
          .toString();
  static final String MATERIALS_INCLUDES =
      "modules,lessons,passableItemGroups,passableItemGroupChoices,passableLessonElements,items,"
          + "tracks,gradePolicy,gradingParameters";
  static final String MATERIALS_FIELDS =
      Fields.of("moduleIds")
          .with(
              MATERIAL_MODULES,
              "name",
              "slug",
              "description",
              "timeCommitment",
              "lessonIds",
              "optional",
              "learningObjectives")
          .with(
              MATERIAL_LESSONS,
              "name",
              "slug",
              "timeCommitment",
              "elementIds",
              "optional",
              "trackId")
          .with(
              MATERIAL_ITEMS,
              "name",
              "originalName",
              "slug",
              "timeCommitment",
              "contentSummary",
              "isLocked",
              "lockableByItem",
              "itemLockedReasonCode",
              "trackId",
              "lockedStatus",
              "itemLockSummary")
          .with(MATERIAL_PASSABLE_ELEMENTS, "gradingWeight", "isRequiredForPassing")
          .with(MATERIAL_TRACKS, "passablesCount")
          .with(GRADING_PARAMETERS, "gradedAssignmentGroups")
          .toString();

  private final int pageSize;

  Endpoints(int pageSize) {
    this.pageSize = pageSize;
  }

  private static ApiRequest.Builder www(String resource, Expect expect, String path) {
    return ApiRequest.get(resource, expect, Host.WWW, path);
  }

  private static ApiRequest.Builder api(String resource, Expect expect, String path) {
    return ApiRequest.get(resource, expect, Host.API, path);
  }

  private static ApiRequest.Builder www(String resource) {
    return www(resource, Expect.COLLECTION, "/api/" + resource);
  }

  private static ApiRequest.Builder api(String resource) {
    return api(resource, Expect.COLLECTION, "/api/" + resource);
  }

  /** One element of a resource by its id, {@code /api/RESOURCE/ID}. */
  private static ApiRequest.Builder element(String resource, String id) {
    return www(resource, Expect.ELEMENT, "/api/" + resource + "/" + ApiRequest.segment(id));
  }

  // ---- identity ----

  ApiRequest whoAmIByMemberships() {
    return www(MEMBERSHIPS).param("q", "me").param("showHidden", "true").param("limit", 1).build();
  }

  ApiRequest whoAmIByPermissions() {
    return www(PERMISSIONS).param("q", "my").build();
  }

  ApiRequest profile() {
    return api(PROFILES).param("q", "me").param("fields", PROFILE_FIELDS).build();
  }

  // ---- lists ----

  ApiRequest memberships(@Nullable String start) {
    return www(MEMBERSHIPS)
        .param("q", "me")
        .param("includes", MEMBERSHIP_INCLUDES)
        .param("fields", MEMBERSHIP_FIELDS)
        .param("showHidden", "true")
        .param("filter", MEMBERSHIP_FILTER)
        .param("start", start)
        .param("limit", pageSize)
        .build();
  }

  ApiRequest openMemberships(String user, @Nullable String start) {
    return www(OPEN_MEMBERSHIPS)
        .param("q", "findByUser")
        .param("userId", user)
        .param("start", start)
        .build();
  }

  ApiRequest enrollments() {
    return api(ENROLLMENTS).build();
  }

  ApiRequest specializationMemberships(@Nullable String start) {
    return www(SPECIALIZATION_MEMBERSHIPS)
        .param("q", "me")
        .param("includes", "s12nId")
        .param("start", start)
        .param("limit", pageSize)
        .build();
  }

  ApiRequest courseLists(@Nullable String start) {
    return www(COURSE_LISTS)
        .param("q", "me")
        .param("start", start)
        .param("limit", pageSize)
        .build();
  }

  // ---- catalog (each takes an ids= value) ----

  ApiRequest courses(String ids) {
    return www(COURSES)
        .param("ids", ids)
        .param("fields", COURSE_FIELDS)
        .param("includes", COURSE_INCLUDES)
        .build();
  }

  ApiRequest v1Courses(String ids) {
    return api(V1_COURSES)
        .param("ids", ids)
        .param("fields", V1_COURSE_FIELDS)
        .param("includes", V1_COURSE_INCLUDES)
        .build();
  }

  ApiRequest v1Sessions(String ids) {
    return api(V1_SESSIONS).param("ids", ids).build();
  }

  ApiRequest partners(String ids) {
    return www(PARTNERS).param("ids", ids).param("fields", PARTNER_FIELDS).build();
  }

  ApiRequest v1Universities(String ids) {
    return api(V1_UNIVERSITIES).param("ids", ids).build();
  }

  ApiRequest instructors(String ids) {
    return www(INSTRUCTORS).param("ids", ids).param("fields", INSTRUCTOR_FIELDS).build();
  }

  ApiRequest v1Instructors(String ids) {
    return api(V1_INSTRUCTORS).param("ids", ids).build();
  }

  ApiRequest specializations(String ids) {
    return www(SPECIALIZATIONS).param("ids", ids).param("fields", SPECIALIZATION_FIELDS).build();
  }

  ApiRequest v1Categories(String ids) {
    return api(V1_CATEGORIES).param("ids", ids).build();
  }

  // ---- per-course families ----

  ApiRequest progressByIds(String ids) {
    return www(PROGRESS).param("ids", ids).build();
  }

  ApiRequest progress(String userTildeCourse) {
    return element(PROGRESS, userTildeCourse).build();
  }

  ApiRequest opencourse(String user, String slug) {
    return www(
            OPENCOURSE,
            Expect.ELEMENT,
            "/api/"
                + OPENCOURSE
                + "/user/"
                + ApiRequest.segment(user)
                + "/course/"
                + ApiRequest.segment(slug))
        .build();
  }

  ApiRequest schedulesByIds(String ids) {
    return www(SCHEDULES).param("ids", ids).param("fields", SCHEDULE_FIELDS).build();
  }

  ApiRequest schedule(String course) {
    return element(SCHEDULES, course).param("fields", SCHEDULE_FIELDS).build();
  }

  ApiRequest homeProgressByIds(String ids) {
    return www(HOME_PROGRESS).param("ids", ids).param("fields", HOME_PROGRESS_FIELDS).build();
  }

  ApiRequest homeProgress(String userTildeCourse) {
    return element(HOME_PROGRESS, userTildeCourse).param("fields", HOME_PROGRESS_FIELDS).build();
  }

  ApiRequest gradesByIds(String ids) {
    return www(GRADES).param("ids", ids).build();
  }

  ApiRequest grades(String course) {
    return element(GRADES, course).build();
  }

  /** Today's grades of one course, with item grades, overrides and attainments linked. */
  ApiRequest viewGrades(String userTildeCourse) {
    return element(VIEW_GRADES, userTildeCourse)
        .param("includes", VIEW_GRADES_INCLUDES)
        .param("fields", VIEW_GRADES_FIELDS)
        .build();
  }

  /** A course's outline by its slug: one element, the modules, lessons and items linked. */
  ApiRequest materials(String slug) {
    return www(MATERIALS)
        .param("q", "slug")
        .param("slug", slug)
        .param("includes", MATERIALS_INCLUDES)
        .param("fields", MATERIALS_FIELDS)
        .param("showLockedItems", "true")
        .build();
  }

  ApiRequest deadlines(String user, String course, @Nullable String start) {
    return www(DEADLINES)
        .param("q", "byUserAndCourse")
        .param("userId", user)
        .param("courseId", course)
        .param("start", start)
        .build();
  }

  ApiRequest notes(String course, @Nullable String start) {
    return notes(NOTES, course, start);
  }

  ApiRequest defaultNotes(String course, @Nullable String start) {
    return notes(DEFAULT_NOTES, course, start);
  }

  private static ApiRequest notes(String resource, String course, @Nullable String start) {
    return www(resource)
        .param("q", "byCourse")
        .param("courseId", course)
        .param("includes", NOTES_INCLUDES)
        .param("fields", NOTES_FIELDS)
        .param("start", start)
        .build();
  }

  ApiRequest classmates(String course, String externalIds, @Nullable String start) {
    return www(CLASSMATES)
        .param("q", "byExternalIds")
        .param("courseId", course)
        .param("externalUserIds", externalIds)
        .param("includes", CLASSMATES_INCLUDES)
        .param("start", start)
        .build();
  }

  ApiRequest experiments(String user, String slug, @Nullable String start) {
    return www(EXPERIMENTS)
        .param("q", "byUserAndCourse")
        .param("userId", user)
        .param("courseSlug", slug)
        .param("start", start)
        .build();
  }

  ApiRequest completionEvents(String user, String course, @Nullable String start) {
    return www(COMPLETION_EVENTS)
        .param("q", "byUserAndCourse")
        .param("userId", user)
        .param("courseId", course)
        .param("start", start)
        .build();
  }
}
