package io.github.courseport.export.app;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.export.source.SourceHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows an export's progress: a one-line bar redrawn in place on a terminal (courses done of total,
 * requests, retries), plain log lines otherwise, nothing with {@code --quiet}.
 *
 * <p>Courses finish on many threads at once, so the count shown is this reporter's own, counted and
 * drawn under one lock: it only ever goes up, one course at a time, whatever order the threads'
 * calls arrive in (the use case's own {@code done} numbers may arrive out of order).
 */
final class ProgressReporter implements ExportListener {
  private static final int WIDTH = 28;
  private final Console console;
  private final boolean quiet;
  private final boolean verbose;
  private final Supplier<SourceHandle> source;
  private volatile String lastLine = "";
  private volatile int total;
  private volatile long lastLogged;

  /** Courses finished, this run's and the resumed ones; guarded by {@code console}. */
  private int finished;

  ProgressReporter(Console console, boolean quiet, boolean verbose, Supplier<SourceHandle> source) {
    this.console = console;
    this.quiet = quiet;
    this.verbose = verbose;
    this.source = source;
  }

  @Override
  public void phase(String description) {
    if (!quiet && (verbose || !console.terminal())) {
      log(description);
    }
  }

  @Override
  public void coursesPlanned(int total, int alreadyFinished) {
    this.total = total;
    if (quiet) {
      return;
    }
    log(
        total
            + " courses to export"
            + (alreadyFinished > 0 ? " (" + alreadyFinished + " already finished, resuming)" : ""));
    synchronized (console) {
      finished = alreadyFinished;
      if (console.terminal()) {
        draw(finished);
      }
    }
  }

  @Override
  public void courseFinished(CourseId course, int ignoredDone, int total) {
    synchronized (console) {
      int done = ++finished;
      if (quiet) {
        return;
      }
      if (console.terminal()) {
        draw(done);
        if (verbose) {
          log("finished " + course);
        }
      } else {
        long now = System.nanoTime();
        if (verbose || done == total || now - lastLogged > 2_000_000_000L) {
          lastLogged = now;
          String counters = counters();
          log(
              String.format(Locale.ROOT, "%d/%d courses", done, total)
                  + (counters.isEmpty() ? "" : ", " + counters));
        }
      }
    }
  }

  /** Ends the bar's line so that what follows starts on a line of its own. */
  void done() {
    if (!quiet && console.terminal() && !lastLine.isEmpty()) {
      synchronized (console) {
        console.err().print('\n');
        console.err().flush();
      }
      lastLine = "";
    }
  }

  private void draw(int done) {
    int t = Math.max(total, 1);
    int filled = (int) ((long) WIDTH * done / t);
    String bar =
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d courses%s",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            done,
            total,
            counters().isEmpty() ? "" : " · " + counters());
    lastLine = bar;
    synchronized (console) {
      console.err().print(bar);
      console.err().flush();
    }
  }

  private String counters() {
    SourceHandle s = source.get();
    long requests = s.requests();
    long retries = s.retries();
    List<String> parts = new ArrayList<>();
    if (requests >= 0) {
      parts.add(requests + " requests");
    }
    if (retries >= 0) {
      parts.add(retries + " retries");
    }
    return String.join(", ", parts);
  }

  /**
   * Prints one line ({@code courseport: } and the text) above the bar, which is drawn again below
   * it: for the export's own messages and for what the libraries log (see {@code UserLog}).
   */
  void log(String line) {
    synchronized (console) {
      if (console.terminal() && !lastLine.isEmpty()) {
        console.err().print("\r" + " ".repeat(lastLine.length()) + "\r");
      }
      console.err().println("courseport: " + line);
      if (console.terminal() && !lastLine.isEmpty()) {
        console.err().print(lastLine);
      }
      console.err().flush();
    }
  }
}
