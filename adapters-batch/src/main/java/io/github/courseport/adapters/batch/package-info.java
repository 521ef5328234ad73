/**
 * The core ports through Coursera's {@code POST /api/batch} endpoint: {@link
 * io.github.courseport.adapters.batch.BatchCourseraAdapter} packs the requests of the export into
 * batches, retries failed sub-requests on their own, follows paging with follow-up sub-requests,
 * and falls back to other ports (the HTTP adapter's) when the endpoint is gone. It reuses the HTTP
 * adapter's {@code naptime} packages (envelope, paging, ids, transport, API interfaces, mapping)
 * and nothing else of it.
 */
@NullMarked
package io.github.courseport.adapters.batch;

import org.jspecify.annotations.NullMarked;
