package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** Course progress, its fallback, and home progress (host: www). */
public interface ProgressApi {
  /** {@code onDemandCoursesProgress.v1/<user>~<course>}; a 404 means no progress. */
  @RequestLine("GET /api/onDemandCoursesProgress.v1/{id}")
  Response progress(@Param(value = "id", expander = Encode.class) String userTildeCourse);

  /** {@code onDemandCoursesProgress.v1?ids=<user>~<course>,...}; missing ids have no progress. */
  @RequestLine("GET /api/onDemandCoursesProgress.v1?ids={ids}")
  Response progressByIds(@Param(value = "ids", expander = Encode.class) String ids);

  /** {@code opencourse.v1/user/<user>/course/<slug>}: the same object, bare (no envelope). */
  @RequestLine("GET /api/opencourse.v1/user/{userId}/course/{slug}")
  Response opencourse(
      @Param(value = "userId", expander = Encode.class) String userId,
      @Param(value = "slug", expander = Encode.class) String slug);

  /** {@code onDemandHomeProgress.v1?ids=<user>~<course>,...}. */
  @RequestLine("GET /api/onDemandHomeProgress.v1?ids={ids}&fields={fields}")
  Response homeProgressByIds(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code onDemandHomeProgress.v1/<user>~<course>}. */
  @RequestLine("GET /api/onDemandHomeProgress.v1/{id}?fields={fields}")
  Response homeProgress(
      @Param(value = "id", expander = Encode.class) String userTildeCourse,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);
}
