package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure Courseport reports. It carries a message for the user (what happened
 * and what to do) apart from the internal detail, and says whether trying again may help.
 *
 * <p>Messages never contain credentials: adapters redact before they throw.
 */
public class CourseportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String userMessage;
  private final boolean retryable;

  public CourseportException(String userMessage, boolean retryable) {
    this(userMessage, userMessage, retryable, null);
  }

  public CourseportException(
      String userMessage, String detail, boolean retryable, @Nullable Throwable cause) {
    super(detail, cause);
    this.userMessage = userMessage;
    this.retryable = retryable;
  }

  /** Whether the same request may succeed if tried again later. */
  public boolean retryable() {
    return retryable;
  }

  /** What the user should read: what happened and what to do about it. */
  public String userMessage() {
    return userMessage;
  }
}
