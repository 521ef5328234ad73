package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** Course memberships and the session's identity (host: www). */
public interface MembershipsApi {
  /**
   * {@code memberships.v1?q=me}: the session's course memberships; paged. Its elements' {@code
   * userId} is the session's user id.
   */
  @RequestLine(
      "GET /api/memberships.v1?q=me&includes={includes}&fields={fields}&showHidden={showHidden}"
          + "&filter={filter}&start={start}&limit={limit}")
  Response me(
      @Param(value = "includes", expander = Encode.class) @Nullable String includes,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "showHidden", expander = Encode.class) @Nullable String showHidden,
      @Param(value = "filter", expander = Encode.class) @Nullable String filter,
      @Param(value = "start", expander = Encode.class) @Nullable String start,
      @Param(value = "limit", expander = Encode.class) @Nullable Integer limit);

  /** {@code openCourseMemberships.v1?q=findByUser}: memberships with role and timestamp. */
  @RequestLine(
      "GET /api/openCourseMemberships.v1?q=findByUser&userId={userId}&start={start}&limit={limit}")
  Response findByUser(
      @Param(value = "userId", expander = Encode.class) String userId,
      @Param(value = "start", expander = Encode.class) @Nullable String start,
      @Param(value = "limit", expander = Encode.class) @Nullable Integer limit);

  /** {@code adminUserPermissions.v1?q=my}: the identity fallback (element {@code id}). */
  @RequestLine("GET /api/adminUserPermissions.v1?q=my")
  Response myPermissions();
}
