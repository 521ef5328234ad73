package io.github.courseport.core.domain;

/**
 * A reference from a domain value to the raw document it came from: the resource (endpoint family,
 * e.g. {@code onDemandCourseGrades.v1}) and the SHA-256 of the response body. It deliberately names
 * neither the transport nor the time, so that the same data gives the same record however fetched.
 */
@Described(
    "The raw document a value rests on: its resource and the SHA-256 of its body (see "
        + "raw/index.jsonl).")
public record SourceRef(String resource, String sha256) implements Comparable<SourceRef> {
  @Override
  public int compareTo(SourceRef o) {
    int c = resource.compareTo(o.resource);
    return c != 0 ? c : sha256.compareTo(o.sha256);
  }
}
