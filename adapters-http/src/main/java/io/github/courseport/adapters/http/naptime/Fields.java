package io.github.courseport.adapters.http.naptime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Naptime {@code fields} (or {@code includes}) value: the element's own fields, then related
 * resources' fields in parentheses, e.g. {@code name,partnerIds,partners.v1(name,logo)}.
 */
public final class Fields {
  private final List<String> own;
  private final Map<String, List<String>> related;

  private Fields(List<String> own, Map<String, List<String>> related) {
    this.own = List.copyOf(own);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    related.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.related = copy;
  }

  /** The element's own fields. */
  public static Fields of(String... fields) {
    return new Fields(List.of(fields), Map.of());
  }

  /** These fields plus a related resource's, e.g. {@code with("partners.v1", "name", "logo")}. */
  public Fields with(String resource, String... fields) {
    Map<String, List<String>> more = new LinkedHashMap<>(related);
    List<String> list = new ArrayList<>(more.getOrDefault(resource, List.of()));
    list.addAll(List.of(fields));
    more.put(resource, list);
    return new Fields(own, more);
  }

  /** The wire form, not yet URL-encoded. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.join(",", own));
    related.forEach(
        (resource, fields) -> {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(resource).append('(').append(String.join(",", fields)).append(')');
        });
    return sb.toString();
  }
}
