package io.github.courseport.core.port;

import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answer of a bulk port call: one outcome per key asked, and every raw document fetched to
 * answer them (one document may serve many keys). A well-behaved source answers every key it was
 * asked; {@link #outcome} turns a missing answer into a failure rather than a silent hole.
 *
 * @param transport which transport answered ({@code http}, {@code batch}, ...), for the report
 */
public record KeyedResult<K extends Comparable<? super K>, V>(
    SortedMap<K, Outcome<V>> outcomes, List<SourceDocument> documents, String transport) {
  public KeyedResult {
    outcomes = Collections.unmodifiableSortedMap(new TreeMap<>(outcomes));
    documents = List.copyOf(documents);
  }

  public KeyedResult(
      Map<K, Outcome<V>> outcomes, List<SourceDocument> documents, String transport) {
    this(new TreeMap<>(outcomes), documents, transport);
  }

  /** The same outcome for every key, e.g. when a whole endpoint is unavailable. */
  public static <K extends Comparable<? super K>, V> KeyedResult<K, V> uniform(
      Collection<K> keys, Outcome<V> outcome, List<SourceDocument> documents, String transport) {
    SortedMap<K, Outcome<V>> map = new TreeMap<>();
    keys.forEach(k -> map.put(k, outcome));
    return new KeyedResult<>(map, documents, transport);
  }

  /** The outcome for a key; a key the source did not answer is a failure, never silence. */
  public Outcome<V> outcome(K key) {
    Outcome<V> o = outcomes.get(key);
    return o != null ? o : Outcome.failed("the source gave no answer for " + key);
  }
}
