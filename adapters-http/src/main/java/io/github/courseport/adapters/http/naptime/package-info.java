/**
 * Coursera's REST framework "Naptime", done once for every transport: the response envelope with
 * its optional {@code paging} and {@code linked}, cursor paging checked against the server's total,
 * {@code ids=} lists in URL-sized chunks, {@code fields}/{@code includes}, the error body, and the
 * classification of an answer (data, absent, gone, denied, unauthenticated, transient). The HTTP
 * adapter and the batch adapter both build on this package and its subpackages: {@code .client}
 * (the Feign and Resilience4j transport), {@code .api} (the Feign interfaces per resource family)
 * and {@code .mapping} (wire elements to core domain values).
 */
@NullMarked
package io.github.courseport.adapters.http.naptime;

import org.jspecify.annotations.NullMarked;
