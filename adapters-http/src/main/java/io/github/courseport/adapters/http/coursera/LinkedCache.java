package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Catalog entries that arrived {@code linked} with another answer (partners and instructors with
 * courses, universities, categories and sessions with v1 courses, specializations with
 * specialization memberships), answered later without asking again, with a reference to the
 * document they arrived in. The first arrival of an id wins and arrivals are offered in a fixed
 * order, so the document a record cites never depends on timing.
 */
final class LinkedCache {
  private record Entry(Object value, SourceRef source) {}

  /** The keys a cache answered, and those it could not. */
  record Split<K, V>(Map<K, Outcome<V>> answered, List<K> missing) {}

  private final Map<Class<?>, Map<Object, Entry>> tables = new ConcurrentHashMap<>();

  /** Offers the linked elements of one document; those that cannot be read are skipped. */
  <K, V> void offer(
      Class<V> type,
      List<ObjectNode> elements,
      SourceRef source,
      Function<ObjectNode, V> map,
      Function<V, K> key) {
    Map<Object, Entry> table = table(type);
    for (ObjectNode e : elements) {
      try {
        V v = map.apply(e);
        table.putIfAbsent(key.apply(v), new Entry(v, source));
      } catch (InvalidDataException unreadable) {
        // asked for again by id
      }
    }
  }

  /** Splits keys into those the cache answers (found) and those it does not know. */
  <K extends Comparable<? super K>, V> Split<K, V> lookup(Class<V> type, Collection<K> keys) {
    Map<Object, Entry> table = table(type);
    Map<K, Outcome<V>> answered = new TreeMap<>();
    List<K> missing = new ArrayList<>();
    for (K k : keys) {
      Entry e = table.get(k);
      if (e == null) {
        missing.add(k);
      } else {
        answered.put(k, Outcome.found(type.cast(e.value()), e.source()));
      }
    }
    return new Split<>(answered, missing);
  }

  private Map<Object, Entry> table(Class<?> type) {
    return tables.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
  }
}
