package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.naptime.NaptimeIds;

/**
 * How a source cuts its requests: changing it changes how many requests an export takes, never what
 * the record says.
 *
 * @param pageSize elements per page of paged lists ({@code limit=})
 * @param maxIdsLength the longest encoded {@code ids=} value of one catalog request
 * @param keysPerCall how many courses the export hands each family call
 * @param callsInFlight port calls the export should keep open (0: as many as its concurrency)
 * @param courseIdsTogether whether a family asked by id asks the courses of one call together, in
 *     URL-sized {@code ids=} requests (fewer requests), or each course in a request of its own (the
 *     same answer for a course whatever the call's size: a packing transport keeps its records
 *     equal to a plain export's this way)
 */
public record RequestShape(
    int pageSize, int maxIdsLength, int keysPerCall, int callsInFlight, boolean courseIdsTogether) {
  /** Coursera's usual page size, URL-sized {@code ids=} values, one course per family call. */
  public static final RequestShape DEFAULT =
      new RequestShape(100, NaptimeIds.DEFAULT_MAX_IDS_LENGTH, 1, 0, true);

  public RequestShape {
    if (pageSize < 1) {
      throw new IllegalArgumentException("the page size must be at least 1");
    }
    if (maxIdsLength < 1) {
      throw new IllegalArgumentException("maxIdsLength must be positive");
    }
    if (keysPerCall < 1) {
      throw new IllegalArgumentException("keysPerCall must be at least 1");
    }
    if (callsInFlight < 0) {
      throw new IllegalArgumentException("callsInFlight must not be negative");
    }
  }
}
