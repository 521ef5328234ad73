package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** Specializations and the learner's memberships in them (host: www). */
public interface SpecializationsApi {
  /** {@code onDemandSpecializationMemberships.v1?q=me}; paged. */
  @RequestLine(
      "GET /api/onDemandSpecializationMemberships.v1?q=me&includes={includes}&start={start}"
          + "&limit={limit}")
  Response memberships(
      @Param(value = "includes", expander = Encode.class) @Nullable String includes,
      @Param(value = "start", expander = Encode.class) @Nullable String start,
      @Param(value = "limit", expander = Encode.class) @Nullable Integer limit);

  /** {@code onDemandSpecializations.v1?ids=}. */
  @RequestLine("GET /api/onDemandSpecializations.v1?ids={ids}&fields={fields}")
  Response byIds(
      @Param(value = "ids", expander = Encode.class) String ids,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields);
}
