package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import feign.RequestLine;
import feign.Response;
import org.jspecify.annotations.Nullable;

/** A course's instructor notes and default notes (host: www). */
public interface InstructorNotesApi {
  /** {@code onDemandInstructorNotes.v1?q=byCourse}, instructors linked. */
  @RequestLine(
      "GET /api/onDemandInstructorNotes.v1?q=byCourse&courseId={courseId}&includes={includes}"
          + "&fields={fields}&start={start}")
  Response notes(
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "includes", expander = Encode.class) @Nullable String includes,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "start", expander = Encode.class) @Nullable String start);

  /** {@code onDemandDefaultInstructorNotes.v1?q=byCourse} (the seed: "doesnt work"). */
  @RequestLine(
      "GET /api/onDemandDefaultInstructorNotes.v1?q=byCourse&courseId={courseId}"
          + "&includes={includes}&fields={fields}&start={start}")
  Response defaultNotes(
      @Param(value = "courseId", expander = Encode.class) String courseId,
      @Param(value = "includes", expander = Encode.class) @Nullable String includes,
      @Param(value = "fields", expander = Encode.class) @Nullable String fields,
      @Param(value = "start", expander = Encode.class) @Nullable String start);
}
