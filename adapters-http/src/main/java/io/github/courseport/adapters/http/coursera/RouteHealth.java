package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.LearnedUnavailable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the run has learned about each route (a resource asked in one way: by id, with {@code ids=},
 * with a finder, or whole): after {@link #LEARN_AFTER} answers in a row that say the route is gone
 * (a page that is still HTML after its retries, a 404 of the whole resource, a 405 or a routing
 * error), it is taken as unavailable for the rest of the run, and its later requests are not sent
 * but answered here with a gap that names the resource and how it was learned. Any data from the
 * route (or a 404 of one element, which shows the route answers) starts the count again.
 *
 * <p>One instance serves every port of one source, whatever the transport, so a resource that keeps
 * answering HTML costs a bounded number of requests, not retries for every course. Learning is per
 * route rather than per resource so that a refused {@code ids=} route still leaves the by-id route
 * (its fallback) to be asked. Thread-safe.
 */
final class RouteHealth {
  private static final Logger LOG = LoggerFactory.getLogger(RouteHealth.class);

  /** Answers in a row that make a route learned unavailable. */
  static final int LEARN_AFTER = 3;

  private final int learnAfter;
  private final UnaryOperator<String> redact;
  private final Map<String, State> routes = new ConcurrentHashMap<>();

  /**
   * @param learnAfter answers in a row that make a route learned unavailable
   * @param redact removes the session's secrets from texts built from server answers (for logs)
   */
  RouteHealth(int learnAfter, UnaryOperator<String> redact) {
    if (learnAfter < 1) {
      throw new IllegalArgumentException("learnAfter must be at least 1");
    }
    this.learnAfter = learnAfter;
    this.redact = redact;
  }

  /** A route's count of gone answers in a row, and what it learned. */
  private static final class State {
    int inARow;
    @Nullable Verdict learned;
  }

  /**
   * The route of a request: its resource and how it is asked ({@code q=<finder>}, {@code ids=},
   * {@code by id} or {@code whole}).
   */
  static String route(ApiRequest r) {
    String url = r.url();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q + 1);
    String how = null;
    for (String p : query.split("&", -1)) {
      if (p.startsWith("q=")) {
        how = p;
        break;
      }
      if (p.startsWith("ids=")) {
        how = "ids=";
      }
    }
    if (how == null) {
      how = path.endsWith("/" + r.resource()) ? "whole" : "by id";
    }
    return r.resource() + " " + how;
  }

  /** The reply of a request to a route learned unavailable (nothing is sent), or null. */
  @Nullable Reply refused(ApiRequest request) {
    State st = routes.get(route(request));
    if (st == null) {
      return null;
    }
    Verdict v;
    synchronized (st) {
      v = st.learned;
    }
    return v == null ? null : new Reply(request.resource(), v, List.of(), null, 0);
  }

  /**
   * A reply that says its route is gone, worded as learned once the route is learned unavailable
   * (the answers that taught it, and those that were on their way then), so that the report can
   * name the resource even when every request of it was already sent; any other reply as it is.
   */
  Reply worded(ApiRequest request, Reply reply) {
    Verdict v = reply.verdict();
    if (!saysGone(v)) {
      return reply;
    }
    State st = routes.get(route(request));
    if (st == null) {
      return reply;
    }
    int n;
    synchronized (st) {
      if (st.learned == null) {
        return reply;
      }
      n = st.inARow;
    }
    String reason = LearnedUnavailable.learned(n, v.reason());
    Verdict worded =
        v instanceof Verdict.Transient t
            ? new Verdict.Transient(reason, t.retryAfter(), t.status(), t.notJson())
            : new Verdict.Gone(reason, ((Verdict.Gone) v).status());
    return new Reply(
        reply.resource(),
        worded,
        reply.documents(),
        reply.last(),
        reply.attempts(),
        reply.evidence());
  }

  /** Takes note of a reply that came from the server (or from a transport on its behalf). */
  void observe(ApiRequest request, Reply reply) {
    Verdict v = reply.verdict();
    boolean gone = saysGone(v);
    boolean works = v instanceof Verdict.Data || v instanceof Verdict.Missing;
    if (!gone && !works) {
      return; // a transient failure, a refusal, a 401/403: nothing about the route
    }
    String route = route(request);
    State st = routes.computeIfAbsent(route, k -> new State());
    Verdict learned = null;
    int n;
    synchronized (st) {
      if (st.learned != null) {
        return;
      }
      if (works) {
        st.inARow = 0;
        return;
      }
      n = ++st.inARow;
      if (n >= learnAfter) {
        learned = learnedVerdict(v, reply.attempts(), n);
        st.learned = learned;
      }
    }
    if (learned != null) {
      LOG.warn(
          "{}: {} answers in a row said the route is gone ({}): it is not asked again in this run",
          route,
          n,
          redact.apply(why(v, reply.attempts())));
    }
  }

  /** Whether a reply (after its retries) says that the route is gone. */
  static boolean saysGone(Verdict v) {
    return (v instanceof Verdict.Gone g && g.status() != 0)
        || (v instanceof Verdict.Transient t && t.notJson());
  }

  /** The gone verdict for the later requests of a learned route; keeps what a 404 means. */
  private static Verdict learnedVerdict(Verdict last, int attempts, int answers) {
    int status = last instanceof Verdict.Gone g ? g.status() : 200;
    return new Verdict.Gone(LearnedUnavailable.notAsked(answers, why(last, attempts)), status);
  }

  private static String why(Verdict v, int attempts) {
    if (v instanceof Verdict.Transient t && t.notJson()) {
      return t.reason() + ", each after " + attempts + " attempt" + (attempts == 1 ? "" : "s");
    }
    return v.reason();
  }

  @Override
  public String toString() {
    return "RouteHealth" + routes.keySet();
  }
}
