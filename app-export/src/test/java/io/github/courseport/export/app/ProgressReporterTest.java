package io.github.courseport.export.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.export.source.SourceHandle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private static final Pattern BAR = Pattern.compile("\r\\[[#.]+] (\\d+)/(\\d+) courses");

  /** The course counts of every bar drawn, in order. */
  static List<Integer> drawn(String err) {
    List<Integer> counts = new ArrayList<>();
    Matcher m = BAR.matcher(err);
    while (m.find()) {
      counts.add(Integer.parseInt(m.group(1)));
    }
    return counts;
  }

  private static ProgressReporter reporter(StringWriter err, boolean terminal) {
    Console console =
        new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), terminal);
    SourceHandle handle =
        new SourceHandle() {
          @Override
          public SourcePorts ports() {
            throw new UnsupportedOperationException();
          }
        };
    return new ProgressReporter(console, false, false, () -> handle);
  }

  @Test
  void theBarCountsFinishedCoursesEvenWhenTheirCallsArriveOutOfOrder() {
    StringWriter err = new StringWriter();
    ProgressReporter progress = reporter(err, true);
    progress.coursesPlanned(4, 0);
    // Four threads finished together; their calls (with the use case's numbers) arrive like this.
    for (int done : new int[] {3, 1, 4, 2}) {
      progress.courseFinished(new CourseId("c" + done), done, 4);
    }
    progress.done();
    assertThat(drawn(err.toString())).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aResumedExportCountsOnFromWhatWasFinished() {
    StringWriter err = new StringWriter();
    ProgressReporter progress = reporter(err, true);
    progress.coursesPlanned(5, 3);
    progress.courseFinished(new CourseId("b"), 5, 5);
    progress.courseFinished(new CourseId("a"), 4, 5);
    assertThat(drawn(err.toString())).containsExactly(3, 4, 5);
  }

  @Test
  void manyThreadsNeverMakeTheBarGoBack() throws InterruptedException {
    StringWriter err = new StringWriter();
    ProgressReporter progress = reporter(err, true);
    int total = 400;
    progress.coursesPlanned(total, 0);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int first = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = first; i < total; i += 8) {
                  progress.courseFinished(new CourseId("c" + i), i + 1, total);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    List<Integer> counts = drawn(err.toString());
    assertThat(counts).hasSize(total + 1);
    for (int i = 0; i <= total; i++) {
      assertThat(counts.get(i)).isEqualTo(i);
    }
  }

  @Test
  void logLinesGoAboveTheBarAndTheBarComesBack() {
    StringWriter err = new StringWriter();
    ProgressReporter progress = reporter(err, true);
    progress.coursesPlanned(2, 0);
    progress.log("warning: something");
    String text = err.toString();
    assertThat(text).contains("courseport: warning: something\n");
    assertThat(text.substring(text.indexOf("warning: something"))).contains("0/2 courses");
  }
}
