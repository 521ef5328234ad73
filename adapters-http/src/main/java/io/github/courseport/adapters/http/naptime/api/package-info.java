/**
 * The Coursera endpoints as OpenFeign interfaces, one per resource family, exactly as {@code
 * docs/endpoints.md} lists them. Every method returns the raw {@link feign.Response} so that the
 * transport ({@link io.github.courseport.adapters.http.naptime.client.CourseraHttp#call}) keeps the
 * bytes and classifies the answer itself; every parameter is URL-encoded by {@link
 * io.github.courseport.adapters.http.naptime.api.Encode} and a null parameter is left out of the
 * URL. Build clients with {@link
 * io.github.courseport.adapters.http.naptime.client.CourseraHttp#api}.
 */
@NullMarked
package io.github.courseport.adapters.http.naptime.api;

import org.jspecify.annotations.NullMarked;
