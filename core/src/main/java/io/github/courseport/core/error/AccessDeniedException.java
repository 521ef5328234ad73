package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** The session may not read this resource (HTTP 403, or 401 on another user's data). */
public class AccessDeniedException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String userMessage) {
    super(userMessage, false);
  }

  public AccessDeniedException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, false, cause);
  }
}
