package io.github.courseport.adapters.http.naptime.client;

/**
 * Counters of a transport, e.g. for a progress bar.
 *
 * @param requests requests sent (each attempt counts)
 * @param retries attempts beyond the first of a request
 * @param failures requests given up (transient failures after every retry, circuit refusals)
 * @param inFlight requests in flight now
 * @param maxInFlight the most requests ever in flight at once
 */
public record TransportStats(
    long requests, long retries, long failures, int inFlight, int maxInFlight) {
  /** A transport that has sent nothing. */
  public static final TransportStats NONE = new TransportStats(0, 0, 0, 0, 0);
}
