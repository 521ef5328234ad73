package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.LearnedUnavailable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the run has learned about each route (a resource asked in one way: by id, with {@code ids=},
 * with a finder, or whole).
 *
 * <ul>
 *   <li><b>Probing.</b> A route not yet seen answering is asked once before a round fans out over
 *       it: the first call to need it sends one request (the probe) and the others wait for its
 *       answer. If the route answers (data, or a 404 of one element), everything is sent; if it
 *       says it is gone, the call's other requests to it are not sent. So a dead route costs a
 *       handful of requests per run whatever the number of courses, in every transport.
 *   <li><b>Learning.</b> After {@link #LEARN_AFTER} answers in a row that say the route is gone (a
 *       page that is still HTML after its retries, a 404 of the whole resource, a 405 or a routing
 *       error), it is taken as gone for the rest of the run and no request of it is sent again. Any
 *       data from the route (or a 404 of one element) starts the count again.
 *   <li><b>One wording.</b> Every reply that says a route is gone, sent or not, is worded the same
 *       way ({@link LearnedUnavailable#gone}: the resource and what its first gone answer said) and
 *       cites no document, so that which request happened to carry the news (the probe, a request
 *       in flight, one not sent) never shows in the record: the same answers give the same record
 *       in every run and every transport. The documents themselves stay in the call's documents,
 *       and so in the archive.
 * </ul>
 *
 * <p>One instance serves every port of one source. Learning is per route rather than per resource
 * so that a refused {@code ids=} route still leaves the by-id route (its fallback) to be asked.
 * Thread-safe; a caller never waits for a probe while it holds one of its own.
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

  /** A route's state. Guarded by its own monitor. */
  private static final class State {
    /** Whether the route ever answered (data, or a 404 of one element). */
    boolean answers;

    int inARow;
    boolean learned;

    /** The canonical verdict of the route's gone answers: the first one's, worded once. */
    @Nullable Verdict gone;

    /** Released when the probe in flight has its answer; null when none is in flight. */
    @Nullable CountDownLatch probe;
  }

  private State state(String route) {
    return routes.computeIfAbsent(route, k -> new State());
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

  /** What a call does with the requests of a route before it sends them. */
  enum Plan {
    /** The route answered before: send everything. */
    SEND,
    /** The route is gone (learned, or its probe said so): send nothing. */
    REFUSE,
    /** This call probes the route: send one request, then decide. */
    PROBE,
    /** Another call's probe is in flight: wait for it ({@link #await}), then ask again. */
    WAIT
  }

  /** What a call should do with the requests of a route; {@link Plan#PROBE} takes the probe. */
  Plan plan(String route) {
    State st = state(route);
    synchronized (st) {
      if (st.learned) {
        return Plan.REFUSE;
      }
      if (st.answers) {
        return Plan.SEND;
      }
      if (st.probe != null) {
        return Plan.WAIT;
      }
      st.probe = new CountDownLatch(1);
      return Plan.PROBE;
    }
  }

  /**
   * What a call decides after a probe of a route (its own, or another call's it waited for): send
   * the rest when the route answered or the probe was inconclusive, none when it said the route is
   * gone.
   */
  Plan afterProbe(String route) {
    State st = state(route);
    synchronized (st) {
      return st.learned ? Plan.REFUSE : Plan.SEND;
    }
  }

  /** Ends this call's probe of a route: the calls waiting for it go on. */
  void probed(String route) {
    State st = state(route);
    CountDownLatch latch;
    synchronized (st) {
      latch = st.probe;
      st.probe = null;
    }
    if (latch != null) {
      latch.countDown();
    }
  }

  /** Waits until the probe in flight on a route (if any) has its answer. */
  void await(String route) {
    CountDownLatch latch;
    State st = state(route);
    synchronized (st) {
      latch = st.probe;
    }
    if (latch == null) {
      return;
    }
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a route was probed", e);
    }
  }

  /** The reply of a request to a route that is gone, not sent; null when the route is not. */
  @Nullable Reply refused(ApiRequest request) {
    State st = state(route(request));
    Verdict v;
    synchronized (st) {
      v = st.gone;
    }
    return v == null ? null : new Reply(request.resource(), v, List.of(), null, 0);
  }

  /**
   * A reply as the record should see it: one that says its route is gone is worded with the route's
   * canonical verdict and cites no document of its own (its documents stay with the call); any
   * other reply as it is.
   */
  Reply canonical(ApiRequest request, Reply reply) {
    if (!saysGone(reply.verdict())) {
      return reply;
    }
    State st = state(route(request));
    Verdict v;
    synchronized (st) {
      if (st.gone == null) {
        st.gone = canonicalVerdict(reply.verdict());
      }
      v = st.gone;
    }
    return new Reply(reply.resource(), v, reply.documents(), null, reply.attempts());
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
    State st = state(route);
    int n;
    synchronized (st) {
      if (st.learned) {
        return;
      }
      if (works) {
        st.answers = true;
        st.inARow = 0;
        return;
      }
      if (st.gone == null) {
        st.gone = canonicalVerdict(v);
      }
      n = ++st.inARow;
      // A route that never answered is gone after its first gone answer (itself the end of its
      // retries); one that answered before, after a few in a row.
      if (st.answers && n < learnAfter) {
        return;
      }
      st.learned = true;
    }
    // The export's summary names each gone resource once; this is the moment it was learned.
    LOG.debug(
        "{}: {} answers in a row said the route is gone ({}): it is not asked again in this run",
        route,
        n,
        redact.apply(why(v, reply.attempts())));
  }

  /** Whether a reply (after its retries) says that the route is gone. */
  static boolean saysGone(Verdict v) {
    return (v instanceof Verdict.Gone g && g.status() != 0)
        || (v instanceof Verdict.Transient t && t.notJson());
  }

  /**
   * The verdict every gone answer of a route is worded as: a gone verdict with the first answer's
   * status (so that a 404 of the whole resource keeps its meaning) and a reason that names no
   * attempt count, no request and no run.
   */
  private static Verdict canonicalVerdict(Verdict first) {
    int status = first instanceof Verdict.Gone g ? g.status() : 200;
    return new Verdict.Gone(LearnedUnavailable.gone(first.reason()), status);
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
