package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** Classmates, home experiments and completion events of a course (host: www). */
public interface LearnerActivityApi {
  /** {@code onDemandClassmateProfiles.v1?q=byExternalIds}; social profiles linked. */
  @RequestLine(
      "GET /api/onDemandClassmateProfiles.v1?q=byExternalIds&courseId={courseId}"
          + "&externalUserIds={externalUserIds}&includes={includes}&start={start}")
  Response classmates(
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "externalUserIds", expander = Encode.class) String externalUserIds,
      @Param(value = "includes", expander = Encode.class) @Nullable String includes,
      @Param(value = "start", expander = Encode.class) @Nullable String start);

  /** {@code onDemandHomeExperiments.v1?q=byUserAndCourse} (by slug). */
  @RequestLine(
      "GET /api/onDemandHomeExperiments.v1?q=byUserAndCourse&userId={userId}"
          + "&courseSlug={courseSlug}&start={start}")
  Response experiments(
      @Param(value = "userId", expander = Encode.class) String userId,
      @Param(value = "courseSlug", expander = Encode.class) String courseSlug,
      @Param(value = "start", expander = Encode.class) @Nullable String start);

  /**
   * {@code onDemandCompletionEvents.v1?q=byUserAndCourse}: the seed writes {@code ?courseId:...}
   * and says "needs reproduction"; this is the most plausible Naptime form.
   */
  @RequestLine(
      "GET /api/onDemandCompletionEvents.v1?q=byUserAndCourse&userId={userId}"
          + "&courseId={courseId}&start={start}")
  Response completionEvents(
      @Param(value = "userId", expander = Encode.class) String userId,
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "start", expander = Encode.class) @Nullable String start);
}
