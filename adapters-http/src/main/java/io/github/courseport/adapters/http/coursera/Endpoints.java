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
  // the learner's own work
  static final String GATEWAY = "graphql-gateway";
  static final String PEER_SUBMISSIONS = "onDemandPeerSubmissions.v1";
  static final String PEER_REVIEWS = "onDemandPeerReceivedReviews.v1";
  static final String PROGRAMMING = "onDemandProgrammingLearnerAssignments.v1";
  static final String DISCUSSION_PROMPTS = "onDemandDiscussionPrompts.v1";
  static final String FORUMS = "onDemandCourseForums.v1";
  static final String FORUM_QUESTIONS = "onDemandCourseForumQuestions.v1";
  static final String FORUM_ANSWERS = "onDemandCourseForumAnswers.v1";
  static final String USER_NOTES = "userNotes.v1";
  static final String VC_MEMBERSHIPS = "vcMemberships.v1";

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

  /** The one GraphQL operation Courseport sends ({@code ReadOnly.GATEWAY_OPERATIONS}). */
  static final String QUERY_STATE = "QueryState";

  /**
   * The document of {@code QueryState}: the learner's state of one quiz or exam. Written from the
   * field names of clients' types (2025-26: attempts, outcome, feedback); the answer's nesting is a
   * guess, read tolerantly by {@code WorkMapping}. A query, never a mutation.
   */
  static final String QUERY_STATE_DOCUMENT =
      "query QueryState($courseId: String!, $itemId: String!) {"
          + " SubmissionState_Query {"
          + " queryState(courseId: $courseId, itemId: $itemId) {"
          + " attempts { attemptsMade attemptsRemaining attemptLimit"
          + " lastSubmission { id submittedAt score maxScore }"
          + " submissions { id submittedAt score maxScore } }"
          + " outcome { earnedGrade isPassed latePenaltyRatio gradeOverride }"
          + " feedback { latestScore highestScore maxScore text } } } }";

  static final String PEER_SUBMISSION_INCLUDES = "submissionSchemas,reviewSchemas,profiles";
  static final String PROGRAMMING_FIELDS = "submissionLearnerSchema";
  static final String VC_MEMBERSHIP_FIELDS =
      Fields.of("certificateCode", "certificateCodeWithGrade", "grade", "grantedAt").toString();

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

  // ---- the learner's own work ----

  /**
   * The state of the learner's attempts at one quiz or exam: the GraphQL gateway's read-only {@code
   * QueryState}, a POST that only reads; the batch endpoint never carries it.
   */
  ApiRequest queryState(String course, String item) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        io.github.courseport.adapters.http.naptime.WireJson.mapper().createObjectNode();
    body.put("operationName", QUERY_STATE);
    com.fasterxml.jackson.databind.node.ObjectNode variables = body.putObject("variables");
    variables.put("courseId", course);
    variables.put("itemId", item);
    body.put("query", QUERY_STATE_DOCUMENT);
    return ApiRequest.post(
        GATEWAY,
        Expect.COLLECTION,
        Host.WWW,
        "/" + GATEWAY + "?opname=" + QUERY_STATE,
        body.toString());
  }

  /** The learner's submissions to one peer assignment. */
  ApiRequest peerSubmissions(String user, String course, String item, @Nullable String start) {
    return www(PEER_SUBMISSIONS)
        .param("q", "my")
        .param("userId", user)
        .param("courseId", course)
        .param("itemId", item)
        .param("includes", PEER_SUBMISSION_INCLUDES)
        .param("start", start)
        .build();
  }

  /** The reviews one of the learner's peer submissions received. */
  ApiRequest peerReviews(String peerSubmissionId, String user, @Nullable String start) {
    return www(PEER_REVIEWS)
        .param("q", "visibleBySubmission")
        .param("peerSubmissionId", peerSubmissionId)
        .param("userId", user)
        .param("includes", "profiles")
        .param("start", start)
        .build();
  }

  /** What the learner did in one programming assignment, {@code {courseId}~{itemId}}. */
  ApiRequest programming(String courseTildeItem) {
    return element(PROGRAMMING, courseTildeItem).param("fields", PROGRAMMING_FIELDS).build();
  }

  /** A discussion prompt with its forum question, {@code {userId}~{courseId}~{itemId}}. */
  ApiRequest discussionPrompt(String userCourseItem) {
    return element(DISCUSSION_PROMPTS, userCourseItem).param("includes", "question").build();
  }

  /** Everyone's answers in one forum thread, {@code {courseId}~{questionId}}, a page at a time. */
  ApiRequest forumAnswers(String courseTildeQuestion, @Nullable String start) {
    return www(FORUM_ANSWERS)
        .param("q", "courseForumQuestionId")
        .param("courseForumQuestionId", courseTildeQuestion)
        .param("start", start)
        .param("limit", pageSize)
        .build();
  }

  /**
   * A course's forums. How clients find them is not documented: this is Naptime's usual finder by
   * course, a guess that degrades into a gap of the opt-in forum search.
   */
  ApiRequest forums(String course, @Nullable String start) {
    return www(FORUMS).param("q", "course").param("courseId", course).param("start", start).build();
  }

  /** The threads of one forum, a page at a time. */
  ApiRequest forumQuestions(String forumId, @Nullable String start) {
    return www(FORUM_QUESTIONS)
        .param("q", "byCourseForumId")
        .param("courseForumId", forumId)
        .param("includes", "profiles")
        .param("start", start)
        .param("limit", pageSize)
        .build();
  }

  /** The learner's notes in one module. */
  ApiRequest userNotes(String course, String module, @Nullable String start) {
    return www(USER_NOTES)
        .param("q", "courseModuleWithContentSort")
        .param("courseId", course)
        .param("moduleId", module)
        .param("start", start)
        .build();
  }

  /** The learner's course certificate, {@code {userId}~{courseId}}. */
  ApiRequest vcMembership(String userTildeCourse) {
    return element(VC_MEMBERSHIPS, userTildeCourse).param("fields", VC_MEMBERSHIP_FIELDS).build();
  }
}
