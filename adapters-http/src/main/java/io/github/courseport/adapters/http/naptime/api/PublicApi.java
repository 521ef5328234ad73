package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** The old public API: v1 enrollments and the learner's profile (host: api). */
public interface PublicApi {
  /** {@code users/v1/me/enrollments}: not an envelope ({@code {courses, enrollments}}). */
  @RequestLine("GET /api/users/v1/me/enrollments")
  Response enrollments();

  /** {@code externalBasicProfiles.v1?q=me}. */
  @RequestLine("GET /api/externalBasicProfiles.v1?q=me&fields={fields}")
  Response profile(@Param(value = "fields", expander = Encode.class) @Nullable String fields);
}
