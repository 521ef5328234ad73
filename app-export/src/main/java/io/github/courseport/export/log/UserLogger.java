package io.github.courseport.export.log;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One named logger of the binding: asks {@link UserLog} what to show and shows it there. */
final class UserLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  UserLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return UserLog.enabled(name, Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return UserLog.enabled(name, Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return UserLog.enabled(name, Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return UserLog.enabled(name, Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return UserLog.enabled(name, Level.ERROR);
  }

  @Override
  protected @Nullable String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level,
      @Nullable Marker marker,
      @Nullable String messagePattern,
      @Nullable Object @Nullable [] arguments,
      @Nullable Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    boolean debugging = UserLog.debugging();
    if (throwable != null) {
      message =
          message
              + " ("
              + throwable.getClass().getSimpleName()
              + (debugging && throwable.getMessage() != null ? ": " + throwable.getMessage() : "")
              + ")";
    }
    UserLog.emit(name, level, message == null ? "" : message, debugging);
  }
}
