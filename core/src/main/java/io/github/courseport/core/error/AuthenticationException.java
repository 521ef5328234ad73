package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** The session is missing, expired or rejected (HTTP 401 on an identity call). Never retried. */
public class AuthenticationException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String userMessage) {
    super(userMessage, false);
  }

  public AuthenticationException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, false, cause);
  }
}
