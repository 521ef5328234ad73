package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns replies into outcomes, one meaning per verdict whatever the transport (so every source
 * records the same outcome for the same answer): a missing element is absent, a gone endpoint, a
 * page still HTML after its retries or a 403 unavailable, a transient failure after retries or a
 * refused request failed, and a 401 either ends the port call (the session is refused) or fails an
 * optional request.
 */
final class Outcomes {
  private Outcomes() {}

  /**
   * The outcome of a reply that is not data.
   *
   * @param authFatal whether a 401 throws, or is only a failure of this request
   * @throws AuthenticationException for a 401 when {@code authFatal}
   */
  static <V> Outcome<V> gap(Reply r, boolean authFatal, UnaryOperator<String> redact) {
    String reason = redact.apply(r.resource() + ": " + r.verdict().reason());
    SourceRef[] last = r.lastRef().toArray(SourceRef[]::new);
    Verdict v = r.verdict();
    if (v instanceof Verdict.Unauthenticated) {
      if (authFatal) {
        throw unauthenticated(r, redact);
      }
      return Outcome.failed("refused: " + reason, last);
    }
    if (v instanceof Verdict.Missing) {
      return Outcome.absent(last);
    }
    if (v instanceof Verdict.Gone) {
      return Outcome.unavailable(reason, last);
    }
    if (v instanceof Verdict.Transient t && t.notJson()) {
      // Still a page after its retries: the route is probably gone (the fallbacks apply).
      return Outcome.unavailable(
          reason + " after " + attempts(r) + " (the route is probably gone)",
          r.allRefs().toArray(SourceRef[]::new));
    }
    if (v instanceof Verdict.Denied) {
      return Outcome.unavailable("access denied: " + reason, last);
    }
    if (v instanceof Verdict.Transient) {
      return Outcome.failed(
          reason + " (after " + attempts(r) + ")", r.allRefs().toArray(SourceRef[]::new));
    }
    if (v instanceof Verdict.Data) {
      throw new IllegalArgumentException("a data reply is no gap");
    }
    return Outcome.failed(reason, last);
  }

  private static String attempts(Reply r) {
    return r.attempts() + " attempt" + (r.attempts() == 1 ? "" : "s");
  }

  /**
   * Whether a reply refuses the way it was asked rather than the resource (405, a routing error, a
   * redirect, a page that is still HTML after its retries, or a route learned so): asking another
   * way (one element by its own URL) may still work. A 404 says the resource is gone.
   */
  static boolean routeRefused(Reply r) {
    Verdict v = r.verdict();
    return (v instanceof Verdict.Gone g && g.status() != 404)
        || (v instanceof Verdict.Transient t && t.notJson());
  }

  /** The exception of a 401; its messages never carry a secret. */
  static AuthenticationException unauthenticated(Reply r, UnaryOperator<String> redact) {
    return new AuthenticationException(
        "Coursera refused the session (HTTP 401 on " + r.resource() + ")",
        redact.apply(r.resource() + ": " + r.verdict().reason()),
        null);
  }

  /** A failure from unreadable data, resting on the documents that held it. */
  static <V> Outcome<V> unreadable(
      String resource, InvalidDataException e, List<SourceRef> refs, UnaryOperator<String> redact) {
    return Outcome.failed(
        redact.apply(resource + ": " + e.userMessage()), refs.toArray(SourceRef[]::new));
  }

  /**
   * Whether an outcome says that the route it was asked of is gone for this run (every route it
   * names, when it combines several): asking another route may still answer.
   */
  static boolean routeGone(Outcome<?> o) {
    return o.status() == Outcome.Status.UNAVAILABLE && LearnedUnavailable.allGone(o.reason());
  }

  /**
   * The better of two outcomes for the same key, the second from a fallback resource: found wins,
   * then a gap over an absence (but an absence over a route that is gone); two gaps combine their
   * reasons (failed if either failed); two absences are absent. The references of both are kept.
   */
  static <V> Outcome<V> orElse(Outcome<V> first, Outcome<V> second) {
    if (first.status() == Outcome.Status.FOUND) {
      return first;
    }
    if (second.status() == Outcome.Status.FOUND) {
      return second;
    }
    // A route that is gone is no answer at all: whatever the other route said stands.
    if (routeGone(first) && !second.isGap()) {
      return second;
    }
    if (routeGone(second) && !first.isGap()) {
      return first;
    }
    List<SourceRef> refs = new ArrayList<>(first.sources());
    second.sources().stream().filter(s -> !refs.contains(s)).forEach(refs::add);
    SourceRef[] all = refs.toArray(SourceRef[]::new);
    boolean firstGap = first.isGap();
    boolean secondGap = second.isGap();
    if (!firstGap && !secondGap) {
      return Outcome.absent(all);
    }
    if (firstGap && secondGap) {
      String reason = first.reason() + "; then " + second.reason();
      return first.status() == Outcome.Status.FAILED || second.status() == Outcome.Status.FAILED
          ? Outcome.failed(reason, all)
          : Outcome.unavailable(reason, all);
    }
    Outcome<V> gap = firstGap ? first : second;
    return gap.status() == Outcome.Status.FAILED
        ? Outcome.failed(gap.reason(), all)
        : Outcome.unavailable(gap.reason(), all);
  }
}
