package io.github.courseport.adapters.http.naptime.client;

import io.github.courseport.adapters.http.naptime.Verdict;
import java.time.Duration;

/**
 * When and how long to retry a transient failure (HTTP 408, 425, 429, 5xx, a broken body, a reset
 * connection, a timeout). Waits grow exponentially with full jitter: before retry {@code n} the
 * client waits a random time between 0 and {@code min(maxBackoff, initialBackoff * 2^(n-1))}, or
 * the server's {@code Retry-After} capped at {@code maxRetryAfter} when it gave one. A request is
 * given up after {@code maxAttempts} attempts or once {@code budget} has passed since its first
 * attempt, whichever comes first. A 2xx with an HTML page (or another non-JSON body) instead of
 * JSON is retried too, but only up to {@code maxHtmlAttempts} attempts: a CDN or maintenance page
 * that comes once is gone on the next try, while a route that keeps answering HTML is probably
 * gone, and the API layer learns so after a few such answers.
 *
 * @param maxAttempts attempts per request, the first included (1 = never retry)
 * @param initialBackoff the upper bound of the first wait
 * @param maxBackoff the upper bound of any wait computed by backoff
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param budget the longest time one request may take, retries and waits included
 * @param maxHtmlAttempts attempts of a request that keeps answering HTML instead of JSON (never
 *     more than {@code maxAttempts})
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration budget,
    int maxHtmlAttempts) {

  /** The default attempts of a request that keeps answering HTML: the first and two retries. */
  public static final int HTML_ATTEMPTS = 3;

  public RetryPolicy {
    if (maxAttempts < 1 || maxHtmlAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts and maxHtmlAttempts must be at least 1");
    }
    if (initialBackoff.isNegative()
        || maxBackoff.isNegative()
        || maxRetryAfter.isNegative()
        || budget.isNegative()) {
      throw new IllegalArgumentException("retry durations must not be negative");
    }
  }

  /**
   * The defaults, polite to a real server: 6 attempts, first wait up to 0.5 s, waits up to 30 s,
   * {@code Retry-After} honoured up to 60 s, at most 3 minutes per request.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        6,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(3),
        HTML_ATTEMPTS);
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(
        1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(3), HTML_ATTEMPTS);
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(
        attempts, initialBackoff, maxBackoff, maxRetryAfter, budget, maxHtmlAttempts);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter, budget, maxHtmlAttempts);
  }

  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap, budget, maxHtmlAttempts);
  }

  public RetryPolicy withBudget(Duration total) {
    return new RetryPolicy(
        maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, total, maxHtmlAttempts);
  }

  /** Attempts of a request that keeps answering HTML instead of JSON (default 3). */
  public RetryPolicy withMaxHtmlAttempts(int attempts) {
    return new RetryPolicy(
        maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, budget, attempts);
  }

  /**
   * Whether an attempt may be followed by another: a transient verdict, attempts left, and for an
   * HTML answer its own (lower) limit.
   *
   * @param attempts the attempts made so far, this one included
   */
  public boolean retries(Verdict verdict, int attempts) {
    if (!verdict.retryable() || attempts >= maxAttempts) {
      return false;
    }
    return !(verdict instanceof Verdict.Transient t && t.notJson()) || attempts < maxHtmlAttempts;
  }

  /** The upper bound of the wait before retry {@code n} (1-based) when no Retry-After applies. */
  public Duration backoffCeiling(int retry) {
    long initial = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long ceiling = initial > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initial << shift;
    return Duration.ofMillis(Math.min(ceiling, max));
  }
}
