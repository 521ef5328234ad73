package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** The learner's course lists (host: www). */
public interface CourseListsApi {
  /** {@code courseLists.v1?q=me}; paged. */
  @RequestLine("GET /api/courseLists.v1?q=me&fields={fields}&start={start}&limit={limit}")
  Response me(
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "start", expander = Encode.class) @Nullable String start,
      @Param(value = "limit", expander = Encode.class) @Nullable Integer limit);
}
