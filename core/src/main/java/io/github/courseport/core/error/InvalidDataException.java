package io.github.courseport.core.error;

import org.jspecify.annotations.Nullable;

/** The server answered, but the answer cannot be read as the data it should be. */
public class InvalidDataException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public InvalidDataException(String userMessage) {
    super(userMessage, false);
  }

  public InvalidDataException(String userMessage, String detail, @Nullable Throwable cause) {
    super(userMessage, detail, false, cause);
  }
}
