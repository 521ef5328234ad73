package io.github.courseport.export.archive;

import io.github.courseport.core.error.CourseportException;
import org.jspecify.annotations.Nullable;

/** The archive cannot be written or read as asked (bad --out, disk full, a damaged partial). */
public final class ArchiveException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public ArchiveException(String userMessage, @Nullable Throwable cause) {
    super(userMessage, userMessage, false, cause);
  }
}
