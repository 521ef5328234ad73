package io.github.courseport.adapters.batch;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link BatchCourseraAdapter} has cost so far.
 *
 * @param requests HTTP requests sent (every attempt counts): batch requests plus requests sent on
 *     their own
 * @param batchRequests {@code POST /api/batch} requests sent, retries included
 * @param directRequests requests sent on their own (api-host requests when the hosts differ)
 * @param subRequests sub-requests sent inside batches (a sub-request sent again counts again)
 * @param retries whole requests sent again (a batch answered 429/5xx/reset, a direct request)
 * @param subRequestRetries sub-requests sent again in a later batch after a transient sub-response
 * @param fallbacks port calls served by the fallback because the batch endpoint is gone
 * @param maxInFlight the most requests that were ever in flight at once
 * @param unavailable why the batch endpoint is unavailable, or null while it works
 */
public record BatchStats(
    long requests,
    long batchRequests,
    long directRequests,
    long subRequests,
    long retries,
    long subRequestRetries,
    long fallbacks,
    int maxInFlight,
    @Nullable String unavailable) {}
