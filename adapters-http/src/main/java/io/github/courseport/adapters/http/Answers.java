package io.github.courseport.adapters.http;

import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.Reply;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.List;

/** Turns replies into outcomes: one place for what each verdict means to a port. */
final class Answers {
  private Answers() {}

  /**
   * The outcome of a reply that is not data: absent for a missing element, unavailable for a gone
   * endpoint or a 403, failed for a transient failure after retries or a refused request.
   *
   * @throws AuthenticationException for a 401
   */
  static <V> Outcome<V> gap(Reply r, CourseraHttp http) {
    return gap(r, http, true);
  }

  /**
   * The outcome of a reply that is not data.
   *
   * @param authFatal whether a 401 throws, or is recorded as a failure of this request only (for
   *     requests whose loss the port can bear, e.g. an enrichment)
   */
  static <V> Outcome<V> gap(Reply r, CourseraHttp http, boolean authFatal) {
    String reason = http.redact(r.resource() + ": " + r.verdict().reason());
    SourceRef[] last = r.lastRef().toArray(SourceRef[]::new);
    Verdict v = r.verdict();
    if (v instanceof Verdict.Unauthenticated) {
      if (authFatal) {
        throw unauthenticated(r, http);
      }
      return Outcome.failed("refused: " + reason, last);
    }
    if (v instanceof Verdict.Missing) {
      return Outcome.absent(last);
    }
    if (v instanceof Verdict.Gone) {
      return Outcome.unavailable(reason, last);
    }
    if (v instanceof Verdict.Denied) {
      return Outcome.unavailable("access denied: " + reason, last);
    }
    if (v instanceof Verdict.Transient) {
      return Outcome.failed(
          reason + " (after " + r.attempts() + " attempt" + (r.attempts() == 1 ? ")" : "s)"),
          r.allRefs().toArray(SourceRef[]::new));
    }
    if (v instanceof Verdict.Data) {
      throw new IllegalArgumentException("a data reply is no gap");
    }
    return Outcome.failed(reason, last);
  }

  /** The exception of a 401; its messages never carry a secret. */
  static AuthenticationException unauthenticated(Reply r, CourseraHttp http) {
    return new AuthenticationException(
        "Coursera refused the session (HTTP 401 on " + r.resource() + ")",
        http.redact(r.resource() + ": " + r.verdict().reason()),
        null);
  }

  /** Throws for a 401 and does nothing otherwise. */
  static void checkAuthenticated(Reply r, CourseraHttp http) {
    if (r.verdict() instanceof Verdict.Unauthenticated) {
      throw unauthenticated(r, http);
    }
  }

  /**
   * The envelope of a data reply.
   *
   * @throws InvalidDataException when it is not a Naptime envelope
   */
  static Envelope envelope(Reply r) {
    if (!(r.verdict() instanceof Verdict.Data d)) {
      throw new IllegalArgumentException("not a data reply");
    }
    return Envelope.parse(d.json());
  }

  /** A failure from unreadable data, resting on the document that held it. */
  static <V> Outcome<V> unreadable(
      String resource, InvalidDataException e, List<SourceRef> refs, CourseraHttp http) {
    return Outcome.failed(
        http.redact(resource + ": " + e.userMessage()), refs.toArray(SourceRef[]::new));
  }

  /**
   * The better of two outcomes for the same key, the second from a fallback source: found wins,
   * then the first's gap over the second's absence; two gaps combine their reasons (failed if
   * either failed); two absences are absent. References of both are kept where both matter.
   */
  static <V> Outcome<V> orElse(Outcome<V> first, Outcome<V> second) {
    if (first.status() == Outcome.Status.FOUND) {
      return first;
    }
    if (second.status() == Outcome.Status.FOUND) {
      return second;
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
