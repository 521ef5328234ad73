package io.github.courseport.export.archive;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.ArchivePort;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * Writes an export as a BagIt 1.0 bag (RFC 8493), streaming: each raw document and each course
 * record goes to disk as it arrives, hashed while written, so memory stays bounded by the work in
 * flight. Everything is written into a partial sibling of the target ({@code NAME.partial}) and
 * renamed into place only by {@link #finish}, so a crash never leaves something that looks
 * finished; a later run with {@code resume} continues in the partial bag.
 *
 * <p>The jobs are done apart: {@link BagTarget} checks where the bag goes, {@link BagWriter} writes
 * its files and delivers it, {@link RawStore} keeps the raw answers and their index, {@link
 * Recovery} takes back an interrupted run's partial bag, and {@link ViewRun} runs the views.
 */
public final class BagArchive implements ArchivePort, AutoCloseable {
  /**
   * The {@code bag-info.txt} label naming the source an archive was exported from ({@code http},
   * {@code batch}, a plug-in's name), so that {@code courseport rebuild} knows whose replay to use.
   */
  public static final String SOURCE_LABEL = "Courseport-Source";

  /** How the finished bag is delivered. */
  public enum Format {
    DIR,
    ZIP
  }

  private final Path target;
  private final Format format;
  private final Clock clock;
  private final String version;
  private final Instant started;
  private final BagWriter files;
  private final RawStore raw;
  private final Map<CourseId, CourseCompleteness> finishedBefore;
  private final List<RecordRenderer> renderers = new ArrayList<>();
  private final Map<CourseId, String> courseKeys = new ConcurrentSkipListMap<>();
  private final List<String> renderProblems = new ArrayList<>();
  private final Map<String, String> extraInfo = new LinkedHashMap<>();
  private boolean finished;

  /** Whether this run made the partial bag (rather than resuming one). */
  private final boolean createdNow;

  private BagArchive(
      Path target,
      Format format,
      boolean resume,
      Clock clock,
      String version,
      UnaryOperator<String> redactor)
      throws IOException {
    this.target = target.toAbsolutePath().normalize();
    this.format = format;
    this.clock = clock;
    this.version = version;
    this.started = clock.instant();
    Path parent = BagTarget.parent(this.target);
    Path work = BagTarget.check(target, resume);
    Files.createDirectories(parent);
    this.files = new BagWriter(work);
    this.raw = new RawStore(files, redactor);
    if (Files.exists(work)) {
      this.finishedBefore = new Recovery(files, raw, courseKeys).recover();
      this.createdNow = false;
    } else {
      this.createdNow = true;
      Files.createDirectories(work.resolve(BagLayout.COURSES));
      Files.createDirectories(work.resolve(BagLayout.RAW));
      this.finishedBefore = Map.of();
    }
    raw.openIndex();
  }

  /**
   * Checks, without touching anything, that a bag can be opened for {@code out}: it does not exist
   * yet, no interrupted run waits beside it (unless {@code resume}), and its folder can hold it.
   * {@link #open} checks the same; a caller asks first to refuse a wrong target before anything
   * starts.
   *
   * @return the partial bag's path ({@code NAME.partial} beside {@code out})
   * @throws ArchiveException saying what is wrong: {@link ArchiveException.Reason#TARGET_IS_ROOT},
   *     {@link ArchiveException.Reason#TARGET_EXISTS}, {@link
   *     ArchiveException.Reason#INTERRUPTED_RUN_WAITING} or {@link
   *     ArchiveException.Reason#TARGET_UNWRITABLE}
   */
  public static Path checkTarget(Path out, boolean resume) {
    return BagTarget.check(out, resume);
  }

  /**
   * Opens a bag for writing.
   *
   * @param out where the finished bag goes: a directory, or a {@code .zip} file for {@link
   *     Format#ZIP}; it must not exist yet
   * @param resume continue an interrupted export found in {@code out}'s partial sibling
   * @param redactor applied to every request line before it is written (secrets out)
   * @throws ArchiveException when the target is refused (as {@link #checkTarget} says) or cannot be
   *     written
   */
  public static BagArchive open(
      Path out,
      Format format,
      boolean resume,
      Clock clock,
      String version,
      UnaryOperator<String> redactor) {
    try {
      return new BagArchive(out, format, resume, clock, version, redactor);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Reason.WRITE_FAILED,
          out,
          "Cannot write the archive at " + out + ": " + e.getMessage(),
          e);
    }
  }

  /** The partial bag being written (renamed to the target by {@link #finish}). */
  public Path workDirectory() {
    return files.work();
  }

  /** The finished archive's path. */
  public Path target() {
    return target;
  }

  /** Registers a view of the record (index.html, CSV, ...) that {@link #finish} renders. */
  public BagArchive renderer(RecordRenderer renderer) {
    renderers.add(renderer);
    return this;
  }

  /**
   * Adds a line to {@code bag-info.txt}, after the standard ones (a rebuild's provenance).
   *
   * @param label a BagIt label: letters, digits and {@code -}, not one the writer sets itself
   * @param value one line of text
   */
  public synchronized BagArchive bagInfo(String label, String value) {
    BagInfo.line(label, value); // refuses what is not one bag-info line
    extraInfo.put(label, value);
    return this;
  }

  /** Renderers that failed in {@link #finish}, each with why; the bag is then incomplete. */
  public synchronized List<String> renderProblems() {
    return List.copyOf(renderProblems);
  }

  // ---- ArchivePort ----

  @Override
  public Map<CourseId, CourseCompleteness> finishedCourses() {
    return Collections.unmodifiableMap(finishedBefore);
  }

  @Override
  public synchronized void acceptDocuments(List<SourceDocument> documents) {
    try {
      raw.accept(documents);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Reason.WRITE_FAILED,
          workDirectory(),
          "Cannot write raw documents: " + e.getMessage(),
          e);
    }
  }

  @Override
  public void acceptCourse(CourseRecord record) {
    String key = CourseKeys.of(record.id());
    try {
      files.write(BagLayout.course(key), RecordJson.bytes(RecordJson.course(record)));
      courseKeys.put(record.id(), key);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Reason.WRITE_FAILED,
          workDirectory(),
          "Cannot write course " + key + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Renders the views, writes the learner file, the completeness report and {@code run.json}, then
   * the manifests and tag files, and delivers the bag at its target.
   */
  @Override
  public synchronized void finish(LearnerRecord learner, CompletenessReport report) {
    try {
      raw.flush();
      ViewRun.Result views = new ViewRun(files, raw, courseKeys).run(renderers, learner, report);
      renderProblems.addAll(views.problems());
      CompletenessReport finalReport = views.report();
      files.write(BagLayout.LEARNER, RecordJson.bytes(RecordJson.learner(learner)));
      files.write(BagLayout.COMPLETENESS, RecordJson.bytes(RecordJson.completeness(finalReport)));
      files.write(
          BagLayout.RUN,
          RecordJson.bytes(RecordJson.run(finalReport, started, clock.instant(), version)));
      raw.close();
      files.record(BagLayout.RAW_INDEX, Digests.of(workDirectory().resolve(BagLayout.RAW_INDEX)));
      SortedMap<String, Digests> payload = files.payload();
      raw.addDigests(payload);
      files.writeTagFiles(payload, oxum -> bagInfo(learner, finalReport, oxum));
      files.deliver(format, target, started);
      finished = true;
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Reason.WRITE_FAILED,
          workDirectory(),
          "Cannot finish the archive: " + e.getMessage(),
          e);
    }
  }

  /**
   * The content of {@code bag-info.txt}: the standard lines, then those added by {@link #bagInfo}.
   */
  private String bagInfo(LearnerRecord learner, CompletenessReport report, BagInfo.Oxum oxum) {
    Instant finishedAt = clock.instant();
    StringBuilder info =
        new StringBuilder()
            .append("Bagging-Date: ")
            .append(finishedAt.atZone(ZoneOffset.UTC).toLocalDate())
            .append("\nPayload-Oxum: ")
            .append(oxum)
            .append("\nSource-Organization: Coursera (exported with Courseport)")
            .append("\nExternal-Identifier: ")
            .append(learner.userId())
            .append("\nExternal-Description: The Coursera learning record of user ")
            .append(learner.userId())
            .append("\nBag-Software-Agent: Courseport ")
            .append(version)
            .append("\nCourseport-Version: ")
            .append(version)
            .append("\nCourseport-Schema-Version: ")
            .append(RecordJson.SCHEMA_VERSION)
            .append("\nExport-Started: ")
            .append(started)
            .append("\nExport-Finished: ")
            .append(finishedAt)
            .append("\nExport-Status: ")
            .append(report.complete() ? "complete" : "incomplete")
            .append("\n");
    extraInfo.forEach((k, v) -> info.append(BagInfo.line(k, v)));
    return info.toString();
  }

  /** Whether {@link #finish} delivered the bag. */
  public boolean finished() {
    return finished;
  }

  /**
   * Closes the bag and deletes its partial folder, but only when this run created it and no course
   * was written into it: an export that could not even begin (the session could not be identified)
   * leaves nothing behind that a later run would have to resume or delete.
   *
   * @return whether the partial folder was deleted
   */
  public synchronized boolean discardIfEmpty() {
    close();
    if (!createdNow || finished || !courseKeys.isEmpty()) {
      return false;
    }
    try {
      BagWriter.deleteTree(workDirectory());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Closes the raw index; an unfinished bag stays in its partial folder for a resume. */
  @Override
  public synchronized void close() {
    try {
      raw.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
