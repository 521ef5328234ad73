package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** The resource does not exist (HTTP 404 for one key). */
public class NotFoundException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String userMessage) {
    super(userMessage, false);
  }

  public NotFoundException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, false, cause);
  }
}
