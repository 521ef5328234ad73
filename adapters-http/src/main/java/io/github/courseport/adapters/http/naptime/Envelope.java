package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Naptime collection answer: {@code {"elements": [...], "paging": ..., "linked": ..., "links":
 * ...}}. {@code paging} and {@code linked} may each be an object, {@code {}}, {@code null} or
 * missing; all four read the same. {@code elements: null} reads as no elements.
 *
 * @param elements the elements, in the server's order
 * @param paging the paging, {@link Paging#NONE} when absent
 * @param linked related resources by resource name (e.g. {@code partners.v1}), in the server's
 *     order
 * @param links the {@code links} object when the request asked for {@code _links}, else null
 */
public record Envelope(
    List<ObjectNode> elements,
    Paging paging,
    Map<String, List<ObjectNode>> linked,
    @Nullable JsonNode links) {

  public Envelope {
    elements = List.copyOf(elements);
    Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
    linked.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    linked = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads an envelope.
   *
   * @throws InvalidDataException when the tree is not an object with an {@code elements} array
   */
  public static Envelope parse(JsonNode root) {
    if (!(root instanceof ObjectNode object)) {
      throw new InvalidDataException("The answer is not a Naptime envelope (not a JSON object).");
    }
    if (!object.has("elements")) {
      throw new InvalidDataException(
          "The answer is not a Naptime envelope (it has no \"elements\").");
    }
    JsonNode els = object.get("elements");
    List<ObjectNode> elements = new ArrayList<>();
    if (els != null && !els.isNull()) {
      if (!els.isArray()) {
        throw new InvalidDataException(
            "The answer is not a Naptime envelope (\"elements\" is not an array).");
      }
      for (JsonNode e : els) {
        if (!(e instanceof ObjectNode o)) {
          throw new InvalidDataException("An element of the answer is not a JSON object.");
        }
        elements.add(o);
      }
    }
    Map<String, List<ObjectNode>> linked = new LinkedHashMap<>();
    JsonNode l = object.get("linked");
    if (l instanceof ObjectNode lo) {
      for (Map.Entry<String, JsonNode> e : lo.properties()) {
        List<ObjectNode> items = new ArrayList<>();
        if (e.getValue() != null && e.getValue().isArray()) {
          for (JsonNode x : e.getValue()) {
            if (x instanceof ObjectNode o) {
              items.add(o);
            }
          }
        }
        linked.put(e.getKey(), items);
      }
    }
    JsonNode links = object.get("links");
    return new Envelope(
        elements,
        Paging.of(object.get("paging")),
        linked,
        links == null || links.isNull() ? null : links);
  }

  /** The linked resources of one name; empty when none arrived. */
  public List<ObjectNode> linked(String resource) {
    return linked.getOrDefault(resource, List.of());
  }
}
