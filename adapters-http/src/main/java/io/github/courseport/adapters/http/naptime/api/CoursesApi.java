package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** The on-demand catalog: courses, partners, instructors (host: www). */
public interface CoursesApi {
  /** {@code courses.v1?ids=}, with partners and instructors linked when included. */
  @RequestLine("GET /api/courses.v1?ids={ids}&fields={fields}&includes={includes}")
  Response courses(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "includes", expander = Encode.class) @Nullable String includes);

  /** {@code partners.v1?ids=}. */
  @RequestLine("GET /api/partners.v1?ids={ids}&fields={fields}")
  Response partners(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code instructors.v1?ids=}. */
  @RequestLine("GET /api/instructors.v1?ids={ids}&fields={fields}")
  Response instructors(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);
}
