/**
 * The built-in views of a finished export: {@code index.html}, {@code exports/grades.csv} and
 * {@code exports/item-grades.csv}, {@code exports/deadlines.ics}, {@code
 * exports/xapi-statements.json} and the JSON Schemas of the record files. Each is a {@link
 * io.github.courseport.core.port.RecordRenderer} found through {@link java.util.ServiceLoader};
 * every one is deterministic (the same record gives the same bytes).
 */
@NullMarked
package io.github.courseport.export.views;

import org.jspecify.annotations.NullMarked;
