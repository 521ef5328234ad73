package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** A failure that may pass: a reset connection, a timeout, a 5xx answer. */
public class TransientException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public TransientException(String userMessage) {
    super(userMessage, true);
  }

  public TransientException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, true, cause);
  }
}
