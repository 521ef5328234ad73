package io.github.courseport.core.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The server asked to slow down (HTTP 429), perhaps saying for how long. */
public class RateLimitedException extends CourseportException {
  private static final long serialVersionUID = 1L;
  private final @Nullable Duration retryAfter;

  public RateLimitedException(String userMessage, @Nullable Duration retryAfter) {
    super(userMessage, true);
    this.retryAfter = retryAfter;
  }

  /** The server's {@code Retry-After}, when it gave one. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
