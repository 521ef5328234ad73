package io.github.courseport.core.port;

/**
 * One raw response of the archive, as its index describes it, without what describes the run (when
 * it arrived, which transport carried it, its number in arrival order): so the same answers give
 * the same entries however and whenever they were fetched.
 *
 * @param resource the resource (endpoint family), e.g. {@code onDemandCourseGrades.v1}
 * @param method {@code GET}, or {@code BATCH} for a sub-request of {@code /api/batch}
 * @param request the path and query as sent, secrets removed
 * @param status the HTTP status, 0 when no answer arrived
 * @param contentType the answer's content type, as sent
 * @param bytes the body's length
 * @param sha256 the body's SHA-256 in hex, as {@link io.github.courseport.core.domain.SourceRef}s
 *     name it
 */
public record RawResponse(
    String resource,
    String method,
    String request,
    int status,
    String contentType,
    long bytes,
    String sha256) {}
