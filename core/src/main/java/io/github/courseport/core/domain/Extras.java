package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fields of a server element that the model does not know, kept as raw JSON text by field name,
 * so that a field Coursera adds tomorrow survives today's export.
 *
 * @param fields field name to the field's value as JSON text, in name order
 */
@Described(
    "Fields of the server's element that the model does not know, as the JSON the server sent, "
        + "by field name.")
public record Extras(SortedMap<String, String> fields) {
  private static final Extras NONE = new Extras(new TreeMap<>());

  public Extras {
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** No unknown fields. */
  public static Extras none() {
    return NONE;
  }

  /** Unknown fields from any map of name to JSON text. */
  public static Extras of(Map<String, String> fields) {
    return fields.isEmpty() ? NONE : new Extras(new TreeMap<>(fields));
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }
}
