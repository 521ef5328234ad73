package io.github.courseport.adapters.http.exchange;

import java.util.List;

/**
 * The transport seam, shaped like Feign's {@code Client}: requests in, their replies out. The API
 * layer hands over every request it can ask at once (a round), so that a transport that packs
 * requests (the batch endpoint) can put them into few round trips, and one that sends them one by
 * one can send them side by side.
 *
 * <p>An exchange never throws for HTTP or network failures: each reply carries its verdict and the
 * documents received on the way. It may throw a core exception when it cannot go on at all (the
 * batch endpoint is gone in strict mode, the export is interrupted).
 */
public interface Exchange {
  /** The name of this transport in results and run reports, e.g. {@code http} or {@code batch}. */
  String name();

  /**
   * Sends requests and waits for every reply.
   *
   * @param owner who asks (one port call): a transport that hands shared evidence to the requests
   *     it packed together gives each owner its own copy
   * @return one reply per request, in the requests' order
   */
  List<Reply> send(Object owner, List<ApiRequest> requests);

  /** Replaces the session's secrets in a text built from server answers. */
  String redact(String text);
}
