package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** The endpoint is gone or answers with something that is not data (404/405/410, HTML-200). */
public class UnavailableException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String userMessage) {
    super(userMessage, false);
  }

  public UnavailableException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, false, cause);
  }
}
