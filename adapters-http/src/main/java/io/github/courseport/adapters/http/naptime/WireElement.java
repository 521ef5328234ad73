package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.error.InvalidDataException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A lenient, tracking reader of one wire element (a JSON object). Each getter reads a field the way
 * the API's quirks require (ids that are integers or strings, {@code ""} for none, missing keys,
 * epoch seconds or milliseconds) and remembers that the field was understood; {@link #extras()}
 * then returns every field that was not, as raw JSON text, so that nothing the server sent is
 * dropped. A field whose value cannot be read as asked is left unread and so stays in the extras.
 * Not thread-safe: one reader per element and thread.
 */
public final class WireElement {
  /** Epoch values at or above this are taken to be milliseconds by {@link #instantAuto}. */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private final ObjectNode node;
  private final Set<String> understood = new HashSet<>();

  private WireElement(ObjectNode node) {
    this.node = node;
  }

  /**
   * A reader of a JSON object.
   *
   * @throws InvalidDataException when the node is not an object
   */
  public static WireElement of(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidDataException(
          "The server sent " + kind(node) + " where an object was expected.");
    }
    return new WireElement(object);
  }

  /** The underlying object; callers must not modify it. */
  public ObjectNode node() {
    return node;
  }

  /** Whether the field is present (even as {@code null}). */
  public boolean has(String field) {
    return node.has(field);
  }

  /** Marks fields as understood without reading them (known but redundant fields). */
  public WireElement ignore(String... fields) {
    for (String f : fields) {
      if (node.has(f)) {
        understood.add(f);
      }
    }
    return this;
  }

  /**
   * A scalar field as text: strings as they are, numbers and booleans in their JSON form.
   *
   * @return null when the field is missing, {@code null}, {@code ""} (which stands for none) or a
   *     container (which then stays in the extras)
   */
  public @Nullable String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return null;
    }
    if (v.isContainerNode()) {
      return null;
    }
    understood.add(field);
    String s = v.isTextual() ? v.textValue() : v.asText();
    return s.isEmpty() ? null : s;
  }

  /**
   * A field that must be present as non-empty text (an id or a name).
   *
   * @throws InvalidDataException when it is missing or empty
   */
  public String requiredText(String field) {
    String s = text(field);
    if (s == null) {
      throw new InvalidDataException(
          "An element" + idHint() + " has no usable \"" + field + "\" field.");
    }
    return s;
  }

  /** The element's {@code id} as text ({@code 77} and {@code "77"} both give {@code "77"}). */
  public String id() {
    return requiredText("id");
  }

  /** An integer field (a number, or a string of digits), or null. */
  public @Nullable Long integer(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return null;
    }
    Long out = null;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      out = v.longValue();
    } else if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        try {
          out = d.longValueExact();
        } catch (ArithmeticException e) {
          out = null;
        }
      }
    } else if (v.isTextual()) {
      String t = v.textValue().trim();
      if (t.isEmpty()) {
        understood.add(field);
        return null;
      }
      try {
        out = Long.parseLong(t);
      } catch (NumberFormatException e) {
        out = null;
      }
    }
    if (out != null) {
      understood.add(field);
    }
    return out;
  }

  /** An integer field that fits an {@code int}, or null. */
  public @Nullable Integer smallInteger(String field) {
    Long v = integer(field);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      understood.remove(field);
      return null;
    }
    return v.intValue();
  }

  /** A number field (a number, or a numeric string), or null. */
  public @Nullable Double number(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return null;
    }
    Double out = null;
    if (v.isNumber()) {
      out = v.doubleValue();
    } else if (v.isTextual()) {
      String t = v.textValue().trim();
      if (t.isEmpty()) {
        understood.add(field);
        return null;
      }
      try {
        out = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        out = null;
      }
    }
    if (out != null && !out.isNaN() && !out.isInfinite()) {
      understood.add(field);
      return out;
    }
    return null;
  }

  /** A boolean field ({@code true}/{@code false}, or those words as strings), or null. */
  public @Nullable Boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return null;
    }
    if (v.isBoolean()) {
      understood.add(field);
      return v.booleanValue();
    }
    if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
      understood.add(field);
      return Boolean.parseBoolean(v.textValue());
    }
    return null;
  }

  /** An instant given in epoch milliseconds (the on-demand APIs), or null. */
  public @Nullable Instant epochMillis(String field) {
    Long v = integer(field);
    return v == null ? null : toInstant(field, v, true);
  }

  /** An instant given in epoch seconds ({@code users/v1/me/enrollments}), or null. */
  public @Nullable Instant epochSeconds(String field) {
    Long v = integer(field);
    return v == null ? null : toInstant(field, v, false);
  }

  /**
   * An instant whose unit is not documented: values of twelve digits or more are milliseconds,
   * smaller ones seconds. Use only where no endpoint documentation decides the unit.
   */
  public @Nullable Instant instantAuto(String field) {
    Long v = integer(field);
    return v == null ? null : toInstant(field, v, Math.abs(v) >= MILLIS_THRESHOLD);
  }

  private @Nullable Instant toInstant(String field, long value, boolean millis) {
    try {
      return millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    } catch (java.time.DateTimeException e) {
      understood.remove(field);
      return null;
    }
  }

  /** The texts of an array of scalars (integers as their decimal text); empty when missing. */
  public List<String> texts(String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      mark(field, v);
      return out;
    }
    if (!v.isArray()) {
      return out;
    }
    for (JsonNode x : v) {
      if (x.isContainerNode()) {
        return new ArrayList<>(); // not a list of scalars: keep the field as an extra
      }
      if (!x.isNull() && !x.asText().isEmpty()) {
        out.add(x.asText());
      }
    }
    understood.add(field);
    return out;
  }

  /** The objects of an array field; empty when missing. Non-object items are skipped. */
  public List<WireElement> objects(String field) {
    JsonNode v = node.get(field);
    List<WireElement> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      mark(field, v);
      return out;
    }
    if (!v.isArray()) {
      return out;
    }
    for (JsonNode x : v) {
      if (!(x instanceof ObjectNode o)) {
        return new ArrayList<>();
      }
      out.add(new WireElement(o));
    }
    understood.add(field);
    return out;
  }

  /** An object field as a reader, or null when missing, null or not an object. */
  public @Nullable WireElement object(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return null;
    }
    if (!(v instanceof ObjectNode o)) {
      return null;
    }
    understood.add(field);
    return new WireElement(o);
  }

  /** The entries of an object field (a map on the wire), in wire order; empty when missing. */
  public Map<String, JsonNode> entries(String field) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      mark(field, v);
      return out;
    }
    if (!(v instanceof ObjectNode o)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      out.put(e.getKey(), e.getValue());
    }
    understood.add(field);
    return out;
  }

  /** Un-marks a field so that it stays in the extras (its value was not usable after all). */
  public void keep(String field) {
    understood.remove(field);
  }

  /** Every field not understood, as raw JSON text by name. */
  public Extras extras() {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!understood.contains(e.getKey())) {
        out.put(e.getKey(), WireJson.text(e.getValue()));
      }
    }
    return Extras.of(out);
  }

  /** The extras of this element merged with more (this element's win on a clash). */
  public Extras extrasWith(Map<String, String> more) {
    Map<String, String> out = new TreeMap<>(more);
    out.putAll(extras().fields());
    return Extras.of(out);
  }

  private void mark(String field, @Nullable JsonNode v) {
    // A field that is present as null is understood (null means none); a missing one is nothing.
    if (v != null) {
      understood.add(field);
    }
  }

  private String idHint() {
    JsonNode id = node.get("id");
    return id == null || id.isContainerNode() ? "" : " (id " + Quote.of(id.asText()) + ")";
  }

  private static String kind(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
