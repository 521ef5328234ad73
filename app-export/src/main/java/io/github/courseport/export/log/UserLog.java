package io.github.courseport.export.log;

import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.event.Level;

/**
 * Where log events go while the command runs, and which of them: by default warnings and errors as
 * plain lines on standard error. A run attaches its own sink (the progress display, so that a line
 * never breaks the progress bar) and its own threshold ({@code --verbose}: debug lines of
 * Courseport's own code too; {@code --quiet}: errors only).
 */
public final class UserLog {
  private static final String OWN = "io.github.courseport.";

  private static volatile Settings settings = Settings.DEFAULT;

  private UserLog() {}

  /** What is shown and where it goes. */
  private record Settings(Level threshold, Consumer<String> sink) {
    static final Settings DEFAULT =
        new Settings(
            Level.WARN,
            line -> {
              System.err.println("courseport: " + line);
              System.err.flush();
            });
  }

  /** Undoes an {@link #attach}. */
  public interface Attachment extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Sends log lines to {@code sink} (each without the {@code courseport: } prefix, which the sink
   * adds) until the returned attachment is closed.
   *
   * @param threshold the least severe level shown of Courseport's own loggers; other libraries show
   *     warnings and errors only, whatever the threshold
   */
  public static Attachment attach(Level threshold, Consumer<String> sink) {
    Settings before = settings;
    settings = new Settings(threshold, sink);
    return () -> settings = before;
  }

  /** Whether an event of this level from this logger is shown. */
  static boolean enabled(String logger, Level level) {
    Level threshold = settings.threshold();
    if (!logger.startsWith(OWN) && threshold.toInt() < Level.WARN.toInt()) {
      threshold = Level.WARN;
    }
    return level.toInt() >= threshold.toInt();
  }

  /** Shows one event as one line: {@code warning: <message>} (and the logger when debugging). */
  static void emit(String logger, Level level, String message, boolean withLogger) {
    String text = message.strip().replace('\n', ' ').replace('\r', ' ');
    String where = withLogger ? " [" + logger.substring(logger.lastIndexOf('.') + 1) + "]" : "";
    String label =
        switch (level) {
          case WARN -> "warning";
          default -> level.name().toLowerCase(Locale.ROOT);
        };
    settings.sink().accept(label + where + ": " + text);
  }

  /** Whether Courseport's own debug lines are shown (then lines name their logger too). */
  static boolean debugging() {
    return settings.threshold().toInt() <= Level.DEBUG.toInt();
  }
}
