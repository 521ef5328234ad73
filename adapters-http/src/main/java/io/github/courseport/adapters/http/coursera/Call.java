package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Pager;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One port call: it sends its requests in rounds (everything a round needs is handed to the
 * exchange at once, so a packing transport can share round trips), keeps every document received,
 * and follows paged lists, several side by side.
 */
final class Call {
  private final Exchange exchange;
  private final RouteHealth health;
  private final List<SourceDocument> documents = new ArrayList<>();

  Call(Exchange exchange, RouteHealth health) {
    this.exchange = exchange;
    this.health = health;
  }

  /** Every document received by this call so far, failures included. */
  List<SourceDocument> documents() {
    return List.copyOf(documents);
  }

  UnaryOperator<String> redactor() {
    return exchange::redact;
  }

  String redact(String text) {
    return exchange.redact(text);
  }

  /**
   * Sends requests together and waits for every reply. Requests to a route gone for this run are
   * answered without being sent; a route not yet seen answering is probed first ({@link
   * RouteHealth}): one request of it goes with the first submission, the rest only once it
   * answered. Every reply that says its route is gone is worded the route's one way.
   *
   * @return the replies, in the requests' order
   */
  List<Reply> send(List<ApiRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    List<@Nullable Reply> replies = new ArrayList<>(Collections.nCopies(requests.size(), null));
    Map<String, List<Integer>> byRoute = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      byRoute.computeIfAbsent(RouteHealth.route(requests.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Integer> first = new ArrayList<>();
    Map<String, List<Integer>> later = new LinkedHashMap<>();
    List<String> probing = new ArrayList<>();
    byRoute.forEach(
        (route, indexes) -> {
          switch (health.plan(route)) {
            case SEND -> first.addAll(indexes);
            case REFUSE -> refuse(requests, indexes, replies);
            case PROBE -> {
              probing.add(route);
              first.add(indexes.get(0));
              later.put(route, indexes.subList(1, indexes.size()));
            }
            case WAIT -> later.put(route, indexes);
          }
        });
    try {
      submit(requests, first, replies);
    } finally {
      probing.forEach(health::probed);
    }
    List<Integer> rest = new ArrayList<>();
    later.forEach(
        (route, indexes) -> {
          if (!probing.contains(route)) {
            health.await(route); // another call's probe; this call holds none of its own now
          }
          if (health.afterProbe(route) == RouteHealth.Plan.REFUSE) {
            refuse(requests, indexes, replies);
          } else {
            rest.addAll(indexes);
          }
        });
    submit(requests, rest, replies);
    List<Reply> out = new ArrayList<>(requests.size());
    for (Reply r : replies) {
      Reply reply = Objects.requireNonNull(r);
      documents.addAll(reply.documents());
      out.add(reply);
    }
    return out;
  }

  private void refuse(
      List<ApiRequest> requests, List<Integer> indexes, List<@Nullable Reply> replies) {
    for (int i : indexes) {
      replies.set(i, Objects.requireNonNull(health.refused(requests.get(i))));
    }
  }

  /** Sends the requests at some indexes in one submission; each reply is observed and worded. */
  private void submit(
      List<ApiRequest> requests, List<Integer> indexes, List<@Nullable Reply> replies) {
    if (indexes.isEmpty()) {
      return;
    }
    List<Integer> order = new ArrayList<>(indexes);
    Collections.sort(order);
    List<ApiRequest> toSend = new ArrayList<>(order.size());
    order.forEach(i -> toSend.add(requests.get(i)));
    List<Reply> sent = exchange.send(this, toSend);
    if (sent.size() != toSend.size()) {
      throw new IllegalStateException(
          exchange.name() + " answered " + sent.size() + " of " + toSend.size() + " requests");
    }
    for (int j = 0; j < order.size(); j++) {
      ApiRequest request = toSend.get(j);
      Reply reply = sent.get(j);
      health.observe(request, reply);
      replies.set(order.get(j), health.canonical(request, reply));
    }
  }

  /** One round: the requests of every step in one submission, then each step settles in order. */
  void round(List<? extends Step<?>> steps) {
    List<ApiRequest> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Step<?> s : steps) {
      List<ApiRequest> r = s.requests();
      sizes.add(r.size());
      all.addAll(r);
    }
    List<Reply> replies = send(all);
    int from = 0;
    for (int i = 0; i < steps.size(); i++) {
      int to = from + sizes.get(i);
      steps.get(i).settleWith(replies.subList(from, to));
      from = to;
    }
  }

  /** One round of a single step; its result. */
  <R> R run(Step<R> step) {
    round(List.of(step));
    return step.result();
  }

  // ---- steps ----

  /** A part of a port call that asks some requests at once and makes something of the replies. */
  abstract static class Step<R> {
    private @Nullable R result;

    /** The requests this step asks, in a fixed order. */
    abstract List<ApiRequest> requests();

    /** The step's result from the replies, in the order of {@link #requests()}. */
    abstract R settle(List<Reply> replies);

    final void settleWith(List<Reply> replies) {
      result = settle(replies);
    }

    final R result() {
      R r = result;
      if (r == null) {
        throw new IllegalStateException("the step was not run");
      }
      return r;
    }
  }

  // ---- paged lists ----

  /**
   * A paged list to follow.
   *
   * @param page the request of the page at a cursor (null for the first page)
   * @param authFatal whether a 401 throws (the list matters) or is only a gap
   */
  record ListSpec(
      String resource, Function<@Nullable String, ApiRequest> page, boolean authFatal) {}

  /**
   * A whole list, page by page.
   *
   * @param gap why the list is not (completely) known, or null when it is
   * @param elements every element of every page
   * @param envelopes the envelope of every page, with {@code refs} the reference of each
   */
  record Listed(
      @Nullable Outcome<?> gap,
      List<ObjectNode> elements,
      List<Envelope> envelopes,
      List<SourceRef> refs) {

    <T> Outcome<T> gapAs() {
      Outcome<?> g = gap;
      if (g == null) {
        throw new IllegalStateException("no gap");
      }
      return g.retype();
    }
  }

  /**
   * Follows several paged lists at once: each round asks the next page of every list that has one,
   * together. {@link Pager} decides what a list needs: it is run over the pages received so far,
   * and where it asks for a page not yet received, that page is asked in the next round.
   */
  List<Listed> lists(List<ListSpec> specs) {
    List<Map<String, Reply>> pages = new ArrayList<>();
    List<@Nullable Listed> done = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      pages.add(new HashMap<>());
      done.add(null);
    }
    while (true) {
      List<Integer> who = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<ApiRequest> asks = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        if (done.get(i) != null) {
          continue;
        }
        ListSpec spec = specs.get(i);
        Walk w = walk(spec, pages.get(i));
        if (w.listed != null) {
          done.set(i, w.listed);
        } else {
          who.add(i);
          keys.add(key(w.need));
          asks.add(spec.page().apply(w.need));
        }
      }
      if (asks.isEmpty()) {
        break;
      }
      List<Reply> replies = send(asks);
      for (int j = 0; j < who.size(); j++) {
        pages.get(who.get(j)).put(keys.get(j), replies.get(j));
      }
    }
    List<Listed> out = new ArrayList<>();
    for (Listed l : done) {
      if (l == null) {
        throw new IllegalStateException("a list was not followed to its end");
      }
      out.add(l);
    }
    return out;
  }

  /** One list followed. */
  Listed list(ListSpec spec) {
    return lists(List.of(spec)).get(0);
  }

  /** A walk over the pages received: the list, or the cursor of the page it needs next. */
  private record Walk(@Nullable Listed listed, @Nullable String need) {}

  /** Thrown through {@link Pager} when it asks for a page that has not been received yet. */
  private static final class NeedPage extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final @Nullable String start;

    NeedPage(@Nullable String start) {
      super("page not yet received", null, false, false);
      this.start = start;
    }
  }

  /**
   * The elements once each, by id in order of first arrival: a list whose paging loops sends the
   * same page again, and a page repeated is no new data. Elements without an id are all kept.
   */
  private static List<ObjectNode> distinct(List<ObjectNode> elements) {
    Set<String> seen = new HashSet<>();
    List<ObjectNode> out = new ArrayList<>(elements.size());
    for (ObjectNode e : elements) {
      JsonNode id = e.get("id");
      if (id == null || id.isNull() || seen.add(id.asText())) {
        out.add(e);
      }
    }
    return out;
  }

  /** "received 10 of 25 announced", or "received 10" when the server gave no total. */
  private static String received(int count, @Nullable Long total) {
    return "received "
        + count
        + (count == 1 ? " element" : " elements")
        + (total == null ? "" : " of " + total + " announced")
        + "; those are kept";
  }

  private static String key(@Nullable String start) {
    return start == null ? "" : "@" + start;
  }

  private Walk walk(ListSpec spec, Map<String, Reply> received) {
    List<Envelope> envelopes = new ArrayList<>();
    List<SourceRef> refs = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Pager.Paged<Reply> paged;
    try {
      paged =
          Pager.follow(
              start -> {
                Reply r = received.get(key(start));
                if (r == null) {
                  throw new NeedPage(start);
                }
                return r;
              },
              reply -> {
                if (!(reply.verdict() instanceof Verdict.Data data)) {
                  if (spec.authFatal() && reply.verdict() instanceof Verdict.Unauthenticated) {
                    throw Outcomes.unauthenticated(reply, redactor());
                  }
                  return null;
                }
                try {
                  Envelope e = Envelope.parse(data.json());
                  envelopes.add(e);
                  refs.addAll(reply.lastRef());
                  return e;
                } catch (InvalidDataException ex) {
                  unreadable.add(ex.userMessage());
                  return null;
                }
              });
    } catch (NeedPage n) {
      return new Walk(null, n.start);
    }
    String resource = spec.resource();
    List<ObjectNode> elements = distinct(paged.elements());
    String arrived = received(elements.size(), paged.total());
    Outcome<?> gap = null;
    if (paged.failedPage()) {
      Reply last = paged.pages().get(paged.pages().size() - 1);
      SourceRef[] lastRef = last.lastRef().toArray(SourceRef[]::new);
      if (!unreadable.isEmpty()) {
        List<SourceRef> all = new ArrayList<>(refs);
        all.addAll(List.of(lastRef));
        gap =
            Outcome.unavailable(
                redact(
                    resource
                        + ": "
                        + unreadable.get(0)
                        + (paged.pages().size() > 1 ? "; " + arrived : "")),
                all.toArray(SourceRef[]::new));
      } else if (paged.pages().size() == 1) {
        gap = Outcomes.gap(last, spec.authFatal(), redactor());
      } else {
        Outcome<?> pageGap = Outcomes.gap(last, spec.authFatal(), redactor());
        List<SourceRef> all = new ArrayList<>(refs);
        all.addAll(pageGap.sources());
        gap =
            Outcome.failed(
                redact(
                    resource
                        + ": page "
                        + paged.pages().size()
                        + " of the list failed ("
                        + pageGap.reason()
                        + "); "
                        + arrived),
                all.toArray(SourceRef[]::new));
      }
    } else if (!paged.complete()) {
      gap =
          Outcome.failed(
              redact(resource + ": " + paged.problem() + "; " + arrived),
              refs.toArray(SourceRef[]::new));
    }
    return new Walk(new Listed(gap, elements, envelopes, refs), null);
  }
}
