package io.github.courseport.export.archive;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RawResponse;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Runs the views ({@link RecordRenderer}s) over a finished record, side by side, each in its own
 * thread, all fed from one read of the course records ({@link CourseFeed}), each writing its files
 * through a {@link RenderTarget} that keeps it out of the record, the raw answers and {@code
 * run.json}. A renderer that fails becomes a gap of the report (family {@code views}) and leaves no
 * file behind, never a lost archive.
 */
final class ViewRun {
  private final BagWriter files;
  private final RawStore raw;
  private final Map<CourseId, String> courseKeys;

  /**
   * @param courseKeys the key of every course record in the bag, in the order views read them
   */
  ViewRun(BagWriter files, RawStore raw, Map<CourseId, String> courseKeys) {
    this.files = files;
    this.raw = raw;
    this.courseKeys = courseKeys;
  }

  /**
   * What the views did: the report with a gap for each one that failed, and why each failed.
   *
   * @param report the export's report, plus the family {@code views} when one failed
   * @param problems one line per view that failed
   */
  record Result(CompletenessReport report, List<String> problems) {}

  /** Renders every view, and returns the report with the views' failures added. */
  Result run(List<RecordRenderer> renderers, LearnerRecord learner, CompletenessReport report) {
    if (renderers.isEmpty()) {
      return new Result(report, List.of());
    }
    CourseFeed feed =
        new CourseFeed(List.copyOf(courseKeys.values()), this::readCourse, renderers.size());
    Set<String> rendered = ConcurrentHashMap.newKeySet();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            renderers.size(),
            r -> {
              Thread t = new Thread(r, "courseport-render");
              t.setDaemon(true);
              return t;
            });
    List<Future<@Nullable String>> results = new ArrayList<>();
    try {
      for (int i = 0; i < renderers.size(); i++) {
        int reader = i;
        RecordRenderer r = renderers.get(i);
        results.add(
            threads.submit(
                () -> {
                  try {
                    return renderOne(r, view(learner, report, feed, reader), rendered);
                  } finally {
                    feed.leave(reader);
                  }
                }));
      }
      feed.run();
      List<String> problems = new ArrayList<>();
      List<CompletenessReport.Gap> gaps = new ArrayList<>(report.gaps());
      for (int i = 0; i < renderers.size(); i++) {
        String why = results.get(i).get();
        if (why != null) {
          problems.add(why);
          gaps.add(
              new CompletenessReport.Gap(
                  "views", renderers.get(i).name(), Outcome.Status.FAILED, why));
        }
      }
      int failed = problems.size();
      if (failed == 0) {
        return new Result(report, List.of());
      }
      TreeMap<String, CompletenessReport.Tally> families = new TreeMap<>(report.families());
      families.put(
          "views",
          new CompletenessReport.Tally(
              renderers.size(), renderers.size() - failed, 0, 0, failed, new TreeSet<>()));
      return new Result(new CompletenessReport(families, gaps), problems);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportInterruptedException("interrupted while writing the views");
    } catch (ExecutionException e) {
      throw new ArchiveException("A view could not be written: " + e.getCause(), e);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Runs one renderer; returns why it failed, or null. */
  private @Nullable String renderOne(
      RecordRenderer r, ExportedRecord record, Set<String> rendered) {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    RenderTarget target =
        path -> {
          String relative = BagLayout.DATA + "/" + path;
          if (!isViewPath(relative) || !rendered.add(relative)) {
            throw new IllegalArgumentException(
                "a view may not write " + path + " (outside data/, in the record, or twice)");
          }
          written.add(relative);
          return files.openPayload(relative);
        };
    String why;
    try {
      r.render(record, target);
      List<String> open = written.stream().filter(f -> !files.written(f)).toList();
      if (open.isEmpty()) {
        return null;
      }
      why = r.name() + " did not close " + String.join(", ", open);
    } catch (IOException | RuntimeException e) {
      why =
          r.name()
              + " could not be written: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage();
    }
    return why + files.discard(written);
  }

  /** The finished record as one renderer sees it: its courses come from the shared feed. */
  private ExportedRecord view(
      LearnerRecord learner, CompletenessReport report, CourseFeed feed, int reader) {
    return new ExportedRecord() {
      @Override
      public LearnerRecord learner() {
        return learner;
      }

      @Override
      public CompletenessReport report() {
        return report;
      }

      @Override
      public Iterable<CourseRecord> courses() {
        return feed.courses(reader);
      }

      @Override
      public Optional<CourseRecord> course(CourseId id) {
        String key = courseKeys.get(id);
        return key == null ? Optional.empty() : Optional.of(readCourse(key));
      }

      @Override
      public Iterable<RawResponse> rawResponses() {
        return raw.responses();
      }
    };
  }

  /** A path a view may write: a payload path outside the record, the raw answers and run.json. */
  private static boolean isViewPath(String relative) {
    return relative.startsWith(BagLayout.DATA + "/")
        && BagWriter.safeRelative(relative)
        && !relative.startsWith(BagLayout.RECORD + "/")
        && !relative.startsWith(BagLayout.RAW + "/")
        && !relative.equals(BagLayout.RUN);
  }

  private CourseRecord readCourse(String key) {
    Path file = files.work().resolve(BagLayout.course(key));
    try {
      return RecordReader.course(RecordJson.mapper().readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
