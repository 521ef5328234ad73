package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One element per key, by its own URL: an envelope whose element of that id (or first element) is
 * the value, or, for bare endpoints ({@code opencourse.v1}), the object itself. No element, or a
 * 404 with a Naptime error, is absent.
 */
final class ElementStep<K, V> extends Call.Step<Map<K, Outcome<V>>> {
  /**
   * One key to ask: its request, its id on the wire, and how to read its element (with the envelope
   * it came in, for what arrives linked; null for a bare answer).
   */
  record Ask<K, V>(
      K key, ApiRequest request, String id, BiFunction<ObjectNode, @Nullable Envelope, V> map) {
    /** An ask whose element is read on its own. */
    static <K, V> Ask<K, V> of(K key, ApiRequest request, String id, Function<ObjectNode, V> map) {
      return new Ask<>(key, request, id, (e, envelope) -> map.apply(e));
    }
  }

  private final List<Ask<K, V>> asks;
  private final UnaryOperator<String> redact;

  ElementStep(List<Ask<K, V>> asks, UnaryOperator<String> redact) {
    this.asks = List.copyOf(asks);
    this.redact = redact;
  }

  @Override
  List<ApiRequest> requests() {
    List<ApiRequest> out = new ArrayList<>();
    asks.forEach(a -> out.add(a.request()));
    return out;
  }

  @Override
  Map<K, Outcome<V>> settle(List<Reply> replies) {
    Map<K, Outcome<V>> out = new LinkedHashMap<>();
    for (int i = 0; i < asks.size(); i++) {
      out.put(asks.get(i).key(), one(asks.get(i), replies.get(i)));
    }
    return out;
  }

  private Outcome<V> one(Ask<K, V> ask, Reply reply) {
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return Outcomes.gap(reply, true, redact);
    }
    String resource = reply.resource();
    List<SourceRef> ref = reply.lastRef();
    SourceRef[] refs = ref.toArray(SourceRef[]::new);
    try {
      JsonNode json = data.json();
      ObjectNode chosen = null;
      Envelope envelope = null;
      if (json.has("elements")) {
        envelope = Envelope.parse(json);
        List<ObjectNode> elements = envelope.elements();
        for (ObjectNode e : elements) {
          if (ask.id().equals(WireElement.of(e).text("id"))) {
            chosen = e;
            break;
          }
        }
        if (chosen == null && !elements.isEmpty()) {
          chosen = elements.get(0);
        }
      } else if (json instanceof ObjectNode bare) {
        chosen = bare;
      } else {
        return Outcome.unavailable(resource + ": the answer is not a JSON object", refs);
      }
      if (chosen == null) {
        return Outcome.absent(refs);
      }
      return Outcome.found(ask.map().apply(chosen, envelope), refs);
    } catch (InvalidDataException e) {
      return Outcomes.unreadable(resource, e, ref, redact);
    }
  }
}
