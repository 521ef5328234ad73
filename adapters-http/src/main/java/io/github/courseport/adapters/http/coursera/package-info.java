/**
 * The API layer: everything about Coursera's web API, once. The endpoint table ({@code Endpoints}:
 * resource names, paths, finders, fields, includes, paging), the assembly of identity, lists,
 * catalog and each course family into core's ports, and the rules of the data (fallback resources,
 * paging that breaks, linked entries, what a missing answer means). It asks through the transport
 * seam ({@link io.github.courseport.adapters.http.exchange.Exchange}) and knows no transport. Start
 * at {@link io.github.courseport.adapters.http.coursera.CourseraApi#ports}.
 */
@NullMarked
package io.github.courseport.adapters.http.coursera;

import org.jspecify.annotations.NullMarked;
