/**
 * The transport every Coursera adapter shares: OpenFeign over the JDK {@code HttpClient} ({@code
 * feign-java11}), the session headers, and one Resilience4j layer (retry with exponential backoff
 * and full jitter that honours {@code Retry-After}, a client-side rate limiter, a concurrency
 * bulkhead and a circuit breaker per resource). Every response is kept byte for byte as a core
 * {@link io.github.courseport.core.domain.SourceDocument}, with the request redacted. Start at
 * {@link io.github.courseport.adapters.http.naptime.client.CourseraHttp#builder()}.
 */
@NullMarked
package io.github.courseport.adapters.http.naptime.client;

import org.jspecify.annotations.NullMarked;
