package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A look-up of keys with {@code ids=} requests, one request per chunk of ids: URL-sized chunks, or
 * one id per request ({@link #ONE_EACH}). A key whose element did not come back is absent; an
 * element that cannot be read fails its key.
 */
final class IdsStep<K extends Comparable<? super K>, V> extends Call.Step<IdsStep.Keyed<K, V>> {
  /**
   * The outcome per key.
   *
   * @param multiGetRefused the keys whose {@code ids=} request was refused as a route (405, a
   *     routing error, an HTML page after its retries) rather than as a gone resource (404): asking
   *     them one by one may still work
   */
  record Keyed<K, V>(Map<K, Outcome<V>> outcomes, Set<K> multiGetRefused) {}

  /** Chunks of at most this encoded length; {@link #ONE_EACH} for one id per request. */
  static final int ONE_EACH = 0;

  private final String resource;
  private final BiFunction<K, ObjectNode, V> map;
  private final BiConsumer<Envelope, SourceRef> linked;
  private final UnaryOperator<String> redact;
  private final Map<String, K> byWire = new LinkedHashMap<>();
  private final List<List<String>> chunks;
  private final Function<String, ApiRequest> request;

  IdsStep(
      String resource,
      Collection<K> keys,
      Function<K, String> wireId,
      Function<String, ApiRequest> request,
      BiFunction<K, ObjectNode, V> map,
      BiConsumer<Envelope, SourceRef> linked,
      int maxIdsLength,
      UnaryOperator<String> redact) {
    this.resource = resource;
    this.request = request;
    this.map = map;
    this.linked = linked;
    this.redact = redact;
    keys.stream().sorted().forEach(k -> byWire.putIfAbsent(wireId.apply(k), k));
    List<String> wire = new ArrayList<>(byWire.keySet());
    if (maxIdsLength == ONE_EACH) {
      chunks = new ArrayList<>();
      wire.forEach(w -> chunks.add(List.of(w)));
    } else {
      chunks = wire.isEmpty() ? List.of() : NaptimeIds.chunks(wire, maxIdsLength);
    }
  }

  /** Ignores linked resources. */
  static void noLinked(Envelope e, SourceRef ref) {
    // nothing of interest arrives linked with this resource
  }

  @Override
  List<ApiRequest> requests() {
    List<ApiRequest> out = new ArrayList<>(chunks.size());
    chunks.forEach(c -> out.add(request.apply(NaptimeIds.join(c))));
    return out;
  }

  @Override
  Keyed<K, V> settle(List<Reply> replies) {
    Map<K, Outcome<V>> outcomes = new TreeMap<>();
    Set<K> refused = new TreeSet<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<String> chunk = chunks.get(i);
      Reply reply = replies.get(i);
      if (!(reply.verdict() instanceof Verdict.Data data)) {
        Outcome<V> gap = Outcomes.gap(reply, true, redact);
        boolean routeRefused = Outcomes.routeRefused(reply);
        for (String w : chunk) {
          outcomes.put(byWire.get(w), gap);
          if (routeRefused) {
            refused.add(byWire.get(w));
          }
        }
        continue;
      }
      Envelope envelope;
      try {
        envelope = Envelope.parse(data.json());
      } catch (InvalidDataException e) {
        Outcome<V> bad =
            Outcome.unavailable(
                redact.apply(resource + ": " + e.userMessage()),
                reply.lastRef().toArray(SourceRef[]::new));
        chunk.forEach(w -> outcomes.put(byWire.get(w), bad));
        continue;
      }
      SourceRef ref = reply.lastRef().get(0);
      Set<String> wanted = new HashSet<>(chunk);
      boolean anonymous = false;
      for (ObjectNode element : envelope.elements()) {
        String id = WireElement.of(element).text("id");
        if (id == null) {
          anonymous = true;
          continue;
        }
        if (!wanted.contains(id)) {
          continue;
        }
        K key = byWire.get(id);
        if (outcomes.containsKey(key)) {
          continue; // the first element of an id wins
        }
        try {
          outcomes.put(key, Outcome.found(map.apply(key, element), ref));
        } catch (InvalidDataException e) {
          outcomes.put(key, Outcomes.unreadable(resource, e, List.of(ref), redact));
        }
      }
      for (String w : chunk) {
        K key = byWire.get(w);
        if (!outcomes.containsKey(key)) {
          outcomes.put(
              key,
              anonymous
                  ? Outcome.failed(
                      redact.apply(resource + ": an element without an id came back"), ref)
                  : Outcome.absent(ref));
        }
      }
      linked.accept(envelope, ref);
    }
    return new Keyed<>(outcomes, refused);
  }
}
