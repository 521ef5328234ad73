package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** The old catalog API, integer ids (host: api). */
public interface CatalogV1Api {
  /** {@code catalog.v1/courses?ids=}, with universities, instructors, categories, sessions. */
  @RequestLine("GET /api/catalog.v1/courses?ids={ids}&fields={fields}&includes={includes}")
  Response courses(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "includes", expander = Encode.class) @Nullable String includes);

  /** {@code catalog.v1/universities?ids=}. */
  @RequestLine("GET /api/catalog.v1/universities?ids={ids}&fields={fields}")
  Response universities(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code catalog.v1/categories?ids=}. */
  @RequestLine("GET /api/catalog.v1/categories?ids={ids}&fields={fields}")
  Response categories(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code catalog.v1/instructors?ids=}. */
  @RequestLine("GET /api/catalog.v1/instructors?ids={ids}&fields={fields}")
  Response instructors(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);

  /** {@code catalog.v1/sessions?ids=}. */
  @RequestLine("GET /api/catalog.v1/sessions?ids={ids}&fields={fields}")
  Response sessions(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);
}
