/**
 * Deterministic JSON of the record files: sorted keys, typed ids as strings, outcomes spelled out.
 */
@NullMarked
package io.github.courseport.export.json;

import org.jspecify.annotations.NullMarked;
