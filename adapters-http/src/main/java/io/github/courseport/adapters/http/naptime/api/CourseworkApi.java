package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** Schedules, deadlines and grades of a course (host: www). */
public interface CourseworkApi {
  /** {@code onDemandCourseSchedules.v1/<course>?fields=defaultSchedule}. */
  @RequestLine("GET /api/onDemandCourseSchedules.v1/{courseId}?fields={fields}")
  Response schedule(
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code onDemandCourseSchedules.v1?ids=<course>,...&fields=defaultSchedule}. */
  @RequestLine("GET /api/onDemandCourseSchedules.v1?ids={ids}&fields={fields}")
  Response schedulesByIds(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code onDemandDeadlineSettings.v1?q=byUserAndCourse}; no element means no deadlines. */
  @RequestLine(
      "GET /api/onDemandDeadlineSettings.v1?q=byUserAndCourse&userId={userId}&courseId={courseId}"
          + "&start={start}")
  Response deadlines(
      @Param(value = "userId", expander = Encode.class) String userId,
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "start", expander = Encode.class) @Nullable String start);

  /** {@code onDemandCourseGrades.v1?ids=<course>,...}; missing ids have no grade. */
  @RequestLine("GET /api/onDemandCourseGrades.v1?ids={ids}")
  Response gradesByIds(@Param(value = "ids", expander = Encode.class) String ids);

  /** {@code onDemandCourseGrades.v1/<course>}; a 404 means no grade. */
  @RequestLine("GET /api/onDemandCourseGrades.v1/{courseId}")
  Response grades(@Param(value = "courseId", expander = Encode.class) String courseId);
}
