package io.github.courseport.core.error;

/** The export was stopped (Ctrl-C) before it finished; what was finished is kept for a resume. */
public class ExportInterruptedException extends CourseportException {
  private static final long serialVersionUID = 1L;

  public ExportInterruptedException(String userMessage) {
    super(userMessage, false);
  }
}
