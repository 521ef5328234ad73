package io.github.courseport.adapters.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Response;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.client.Host;
import java.util.function.Supplier;

/**
 * One request to pack into a batch: the resource it asks, what a 404 means for it, its host, and
 * its path and query exactly as the HTTP adapter sends them.
 *
 * @param url path and query, e.g. {@code /api/onDemandCourseGrades.v1?ids=...}
 * @param direct sends the same request on its own, for a host the batch endpoint cannot reach
 */
record SubRequest(
    String resource, Expect expect, Host host, String url, Supplier<Response> direct) {

  /** The sub-request as a batch body carries it: {@code {"method", "url", "headers"}}. */
  ObjectNode entry() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("method", "GET");
    o.put("url", url);
    o.putObject("headers");
    return o;
  }

  @Override
  public String toString() {
    return "GET " + url;
  }
}
