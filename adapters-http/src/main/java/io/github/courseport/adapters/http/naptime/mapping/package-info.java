/**
 * Wire elements to core domain values, once for every transport: ids that are integers or strings,
 * epoch milliseconds or seconds by endpoint, partial dates, {@code ""} as none, and every unknown
 * field kept as core {@link io.github.courseport.core.domain.Extras}. A value that cannot be read
 * raises {@link io.github.courseport.core.error.InvalidDataException}, which adapters turn into a
 * failed outcome for that key.
 */
@NullMarked
package io.github.courseport.adapters.http.naptime.mapping;

import org.jspecify.annotations.NullMarked;
