package io.github.courseport.adapters.http;

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
 * courses, universities, instructors and categories with v1 courses, specializations with
 * specialization memberships), so that the catalog port answers them without asking again. Each
 * entry keeps the reference of the document it arrived in; that document was handed to the core
 * with the answer that brought it, so an adapter instance must serve one export (the first arrival
 * of an id wins, and arrivals are offered in a fixed order, so the same data gives the same
 * record).
 */
final class LinkedCache {
  /** A cached value and the document it arrived in. */
  record Entry<V>(V value, SourceRef source) {}

  /** The part of a request the cache answered, and the keys it could not. */
  record Split<K, V>(Map<K, Outcome<V>> answered, List<K> missing) {}

  private final Map<Class<?>, Map<Object, Entry<?>>> tables = new ConcurrentHashMap<>();

  /** Offers linked elements of one document; unreadable ones are skipped. */
  <K, V> void offer(
      Class<V> type,
      List<ObjectNode> elements,
      SourceRef source,
      Function<ObjectNode, V> map,
      Function<V, K> key) {
    Map<Object, Entry<?>> table = table(type);
    for (ObjectNode e : elements) {
      try {
        V v = map.apply(e);
        table.putIfAbsent(key.apply(v), new Entry<>(v, source));
      } catch (InvalidDataException unreadable) {
        // A linked element that cannot be read is simply asked for again by id.
      }
    }
  }

  /** Splits keys into those the cache answers (found) and those it does not know. */
  <K extends Comparable<? super K>, V> Split<K, V> lookup(Class<V> type, Collection<K> keys) {
    Map<Object, Entry<?>> table = table(type);
    Map<K, Outcome<V>> answered = new TreeMap<>();
    List<K> missing = new ArrayList<>();
    for (K k : keys) {
      Entry<?> e = table.get(k);
      if (e == null) {
        missing.add(k);
      } else {
        answered.put(k, Outcome.found(type.cast(e.value()), e.source()));
      }
    }
    return new Split<>(answered, missing);
  }

  /** How many entries of a type are cached. */
  int size(Class<?> type) {
    return table(type).size();
  }

  private Map<Object, Entry<?>> table(Class<?> type) {
    return tables.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
  }
}
