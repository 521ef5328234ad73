package io.github.courseport.adapters.http.naptime.client;

import java.time.Duration;

/**
 * When and how long to retry a transient failure (HTTP 408, 425, 429, 5xx, a broken body, a reset
 * connection, a timeout). Waits grow exponentially with full jitter: before retry {@code n} the
 * client waits a random time between 0 and {@code min(maxBackoff, initialBackoff * 2^(n-1))}, or
 * the server's {@code Retry-After} capped at {@code maxRetryAfter} when it gave one. A request is
 * given up after {@code maxAttempts} attempts or once {@code budget} has passed since its first
 * attempt, whichever comes first.
 *
 * @param maxAttempts attempts per request, the first included (1 = never retry)
 * @param initialBackoff the upper bound of the first wait
 * @param maxBackoff the upper bound of any wait computed by backoff
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param budget the longest time one request may take, retries and waits included
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration budget) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
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
        Duration.ofMinutes(3));
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(3));
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, budget);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter, budget);
  }

  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap, budget);
  }

  public RetryPolicy withBudget(Duration total) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, total);
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
