package io.github.courseport.export.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.ArchivePort;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RawResponse;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes an export as a BagIt 1.0 bag (RFC 8493), streaming: each raw document and each course
 * record goes to disk as it arrives, hashed while written, so memory stays bounded by the work in
 * flight. Everything is written into a partial sibling of {@code --out} ({@code NAME.partial}) and
 * renamed into place only by {@link #finish}, so a crash never leaves something that looks
 * finished; a later run with {@code resume} continues in the partial bag.
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
  private final Path work;
  private final Format format;
  private final Clock clock;
  private final String version;
  private final Instant started;
  private final UnaryOperator<String> redactor;
  private final Map<CourseId, CourseCompleteness> finishedBefore;
  private final Map<String, Digests> digests = new ConcurrentHashMap<>();
  private final Set<DocumentKey> seenDocuments = new HashSet<>();
  private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();
  private final List<RecordRenderer> renderers = new ArrayList<>();
  private final Map<CourseId, String> courseKeys =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  private final List<String> renderProblems = new ArrayList<>();
  private final Map<String, String> extraInfo = new java.util.LinkedHashMap<>();
  private final BufferedWriter index;
  private long rawCount;

  /**
   * Digests of raw document n at index n - 1 (null where a resume dropped one): kept apart from
   * {@link #digests} so that tens of thousands of raw files cost no path string and map entry each.
   */
  private final List<@Nullable Digests> rawDigests = new ArrayList<>();

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
    this.redactor = redactor;
    this.started = clock.instant();
    Path parent = this.target.getParent();
    if (parent == null) {
      throw new ArchiveException("--out cannot be the root of the file system", null);
    }
    this.work = checkTarget(target, resume);
    Files.createDirectories(parent);
    if (Files.exists(work)) {
      this.finishedBefore = recover();
      this.createdNow = false;
    } else {
      this.createdNow = true;
      Files.createDirectories(work.resolve(BagLayout.COURSES));
      Files.createDirectories(work.resolve(BagLayout.RAW));
      this.finishedBefore = Map.of();
    }
    this.index =
        Files.newBufferedWriter(
            work.resolve(BagLayout.RAW_INDEX),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
  }

  /**
   * Checks, without touching anything, that a bag can be opened for {@code out}: it does not exist
   * yet, no interrupted export waits beside it (unless {@code resume}), and its folder can hold it.
   * {@link #open} checks the same; the command asks first so that a wrong {@code --out} is refused
   * before anything starts.
   *
   * @return the partial bag's path ({@code NAME.partial} beside {@code out})
   * @throws ArchiveException saying what is wrong and what to do
   */
  public static Path checkTarget(Path out, boolean resume) {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new ArchiveException("--out cannot be the root of the file system", null);
    }
    Path work = parent.resolve(target.getFileName() + ".partial");
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new ArchiveException(
          target + " already exists. Choose another --out, or move the old archive away first.",
          null);
    }
    if (Files.exists(work) && !resume) {
      throw new ArchiveException(
          "An interrupted export is waiting at "
              + work
              + ". Run the same command with --resume to continue it, or delete that folder to"
              + " start over.",
          null);
    }
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new ArchiveException(
          "Cannot write the archive at " + target + ": " + existing + " is not a folder.", null);
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw new ArchiveException(
          "Cannot write the archive at " + target + ": " + existing + " is not writable.", null);
    }
    return work;
  }

  /**
   * Opens a bag for writing.
   *
   * @param out where the finished bag goes: a directory, or a {@code .zip} file for {@link
   *     Format#ZIP}; it must not exist yet
   * @param resume continue an interrupted export found in {@code out}'s partial sibling
   * @param redactor applied to every request line before it is written (secrets out)
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
      throw new ArchiveException("Cannot write the archive at " + out + ": " + e.getMessage(), e);
    }
  }

  /** The partial bag being written (renamed to the target by {@link #finish}). */
  public Path workDirectory() {
    return work;
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

  // ---- resume ----

  private Map<CourseId, CourseCompleteness> recover() throws IOException {
    Files.createDirectories(work.resolve(BagLayout.COURSES));
    Files.createDirectories(work.resolve(BagLayout.RAW));
    for (String tagFile :
        List.of(
            BagLayout.BAGIT,
            BagLayout.BAG_INFO,
            BagLayout.MANIFEST_SHA256,
            BagLayout.MANIFEST_SHA512,
            BagLayout.TAGMANIFEST_SHA256)) {
      Files.deleteIfExists(work.resolve(tagFile));
    }
    deleteTemporaries(work);
    Map<CourseId, CourseCompleteness> finished = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(work.resolve(BagLayout.COURSES))) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String key = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
        CourseCompleteness c = null;
        if (CourseKeys.isValid(key)) {
          try {
            JsonNode tree = RecordJson.mapper().readTree(f.toFile());
            c = RecordJson.readCompleteness(tree);
            if (!CourseKeys.of(c.courseId()).equals(key)) {
              c = null;
            }
          } catch (IOException | RuntimeException damaged) {
            c = null;
          }
        }
        if (c == null) {
          Files.delete(f); // not ours or damaged: it will be fetched again
        } else {
          finished.put(c.courseId(), c);
          courseKeys.put(c.courseId(), key);
          digests.put(BagLayout.course(key), Digests.of(f));
        }
      }
    }
    recoverRawIndex();
    return finished;
  }

  /** Keeps the index's complete lines, and exactly the raw files they name. */
  private void recoverRawIndex() throws IOException {
    Path indexFile = work.resolve(BagLayout.RAW_INDEX);
    List<String> kept = new ArrayList<>();
    Set<String> files = new HashSet<>();
    if (Files.exists(indexFile)) {
      byte[] all = Files.readAllBytes(indexFile);
      String text = new String(all, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n", -1)) {
        if (line.isBlank()) {
          continue;
        }
        try {
          RawIndexLine entry = RawIndexLine.parse(line);
          String file = entry.file();
          Path p = work.resolve(file);
          long n = entry.n();
          Digests d =
              n > 0 && file.equals(BagLayout.raw(n)) && Files.exists(p) ? Digests.of(p) : null;
          if (d != null && d.sha256().equals(entry.sha256())) {
            kept.add(line);
            files.add(file);
            rawCount = Math.max(rawCount, n);
            seenDocuments.add(
                DocumentKey.of(entry.resource(), entry.method(), entry.request(), entry.sha256()));
            putRaw(n, d);
          }
        } catch (IOException | RuntimeException damaged) {
          // a torn or foreign line: dropped, its document is fetched again
        }
      }
    }
    Files.write(
        indexFile,
        kept.isEmpty()
            ? new byte[0]
            : (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> raw = Files.list(work.resolve(BagLayout.RAW))) {
      for (Path p : (Iterable<Path>) raw::iterator) {
        String rel = BagLayout.RAW + "/" + p.getFileName();
        if (!rel.equals(BagLayout.RAW_INDEX) && !files.contains(rel)) {
          Files.delete(p);
        }
      }
    }
  }

  private static void deleteTemporaries(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.getFileName().toString().endsWith(".tmp")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  // ---- ArchivePort ----

  @Override
  public Map<CourseId, CourseCompleteness> finishedCourses() {
    return Collections.unmodifiableMap(finishedBefore);
  }

  @Override
  public synchronized void acceptDocuments(List<SourceDocument> documents) {
    try {
      for (SourceDocument d : documents) {
        String request = redactor.apply(d.request());
        if (!seenDocuments.add(DocumentKey.of(d.resource(), d.method(), request, d.sha256()))) {
          continue; // the same answer to the same request is stored once
        }
        long n = ++rawCount;
        String file = BagLayout.raw(n);
        byte[] body = d.body();
        putRaw(n, store(file, body));
        index.write(RawIndexLine.of(n, d, request).json());
        index.write('\n');
      }
      index.flush();
    } catch (IOException e) {
      throw new ArchiveException("Cannot write raw documents: " + e.getMessage(), e);
    }
  }

  /**
   * What makes two raw documents the same (resource, method, request line and body hash), kept as
   * 128 bits of its SHA-256 rather than as text: an export of thousands of courses stores tens of
   * thousands of documents, and this set holds one key for each until the end.
   */
  private record DocumentKey(long high, long low) {
    static DocumentKey of(String resource, String method, String request, String sha256) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] hash =
            digest.digest(
                (resource + "\n" + method + "\n" + request + "\n" + sha256)
                    .getBytes(StandardCharsets.UTF_8));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(hash);
        return new DocumentKey(b.getLong(), b.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }

  @Override
  public void acceptCourse(CourseRecord record) {
    String key = CourseKeys.of(record.id());
    try {
      writeAtomically(BagLayout.course(key), RecordJson.bytes(RecordJson.course(record)));
      courseKeys.put(record.id(), key);
    } catch (IOException e) {
      throw new ArchiveException("Cannot write course " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void finish(LearnerRecord learner, CompletenessReport report) {
    try {
      index.flush();
      CompletenessReport finalReport = render(learner, report);
      writeAtomically(BagLayout.LEARNER, RecordJson.bytes(RecordJson.learner(learner)));
      writeAtomically(
          BagLayout.COMPLETENESS, RecordJson.bytes(RecordJson.completeness(finalReport)));
      writeAtomically(
          BagLayout.RUN,
          RecordJson.bytes(RecordJson.run(finalReport, started, clock.instant(), version)));
      index.close();
      digests.put(BagLayout.RAW_INDEX, Digests.of(work.resolve(BagLayout.RAW_INDEX)));
      writeTagFiles(learner, finalReport);
      deliver();
      finished = true;
    } catch (IOException e) {
      throw new ArchiveException("Cannot finish the archive: " + e.getMessage(), e);
    }
  }

  /**
   * Runs every renderer over the finished record, side by side, each in its own thread, all fed
   * from one read of the course records ({@link CourseFeed}). A renderer that fails becomes a gap
   * of the report (family {@code views}) and leaves no file behind, never a lost archive.
   */
  private CompletenessReport render(LearnerRecord learner, CompletenessReport report) {
    if (renderers.isEmpty()) {
      return report;
    }
    CourseFeed feed =
        new CourseFeed(List.copyOf(courseKeys.values()), this::readCourse, renderers.size());
    Set<String> rendered = ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(
            renderers.size(),
            r -> {
              Thread t = new Thread(r, "courseport-render");
              t.setDaemon(true);
              return t;
            });
    List<java.util.concurrent.Future<@Nullable String>> results = new ArrayList<>();
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
      List<CompletenessReport.Gap> gaps = new ArrayList<>(report.gaps());
      int failed = 0;
      for (int i = 0; i < renderers.size(); i++) {
        String why = results.get(i).get();
        if (why != null) {
          failed++;
          renderProblems.add(why);
          gaps.add(
              new CompletenessReport.Gap(
                  "views",
                  renderers.get(i).name(),
                  io.github.courseport.core.domain.Outcome.Status.FAILED,
                  why));
        }
      }
      if (failed == 0) {
        return report;
      }
      TreeMap<String, CompletenessReport.Tally> families = new TreeMap<>(report.families());
      families.put(
          "views",
          new CompletenessReport.Tally(
              renderers.size(),
              renderers.size() - failed,
              0,
              0,
              failed,
              new java.util.TreeSet<>()));
      return new CompletenessReport(families, gaps);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.github.courseport.core.error.ExportInterruptedException(
          "interrupted while writing the views");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new ArchiveException("A view could not be written: " + e.getCause(), e);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Runs one renderer; returns why it failed, or null. */
  private @Nullable String renderOne(
      RecordRenderer r, ExportedRecord record, Set<String> rendered) {
    List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    RenderTarget target =
        path -> {
          String relative = BagLayout.DATA + "/" + path;
          if (!isViewPath(relative) || !rendered.add(relative)) {
            throw new IllegalArgumentException(
                "a view may not write " + path + " (outside data/, in the record, or twice)");
          }
          written.add(relative);
          return openPayload(relative);
        };
    String why;
    try {
      r.render(record, target);
      List<String> open = written.stream().filter(f -> !digests.containsKey(f)).toList();
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
    return why + discard(written);
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
      public java.util.Optional<CourseRecord> course(CourseId id) {
        String key = courseKeys.get(id);
        return key == null ? java.util.Optional.empty() : java.util.Optional.of(readCourse(key));
      }

      @Override
      public Iterable<RawResponse> rawResponses() {
        return () -> new RawIndexLines(work.resolve(BagLayout.RAW_INDEX));
      }
    };
  }

  /**
   * The raw index read line by line (it has one line per stored answer, tens of thousands for a
   * large account): each line becomes a {@link RawResponse}; the file is closed at its end.
   */
  private static final class RawIndexLines implements java.util.Iterator<RawResponse> {
    private final java.io.BufferedReader reader;
    private @Nullable String line;
    private boolean open = true;

    RawIndexLines(Path index) {
      try {
        reader = Files.newBufferedReader(index, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean hasNext() {
      try {
        while (line == null && open) {
          String next = reader.readLine();
          if (next == null) {
            open = false;
            reader.close();
          } else if (!next.isBlank()) {
            line = next;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return line != null;
    }

    @Override
    public RawResponse next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      String text = java.util.Objects.requireNonNull(line);
      line = null;
      try {
        return RawIndexLine.parse(text).response();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** A path a view may write: a payload path outside the record, the raw answers and run.json. */
  private static boolean isViewPath(String relative) {
    return relative.startsWith(BagLayout.DATA + "/")
        && safeRelative(relative)
        && !relative.startsWith(BagLayout.RECORD + "/")
        && !relative.startsWith(BagLayout.RAW + "/")
        && !relative.equals(BagLayout.RUN);
  }

  /**
   * Removes the files of a failed renderer, finished or not, and their manifest entries; runs in
   * the renderer's thread (whose temporary files these are). Returns what could not be removed.
   */
  private String discard(List<String> written) {
    StringBuilder problems = new StringBuilder();
    for (String relative : written) {
      digests.remove(relative);
      Path file = work.resolve(relative);
      for (Path p : List.of(file, temporary(file))) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          problems.append("; could not remove ").append(p).append(": ").append(e.getMessage());
        }
      }
    }
    return problems.toString();
  }

  private CourseRecord readCourse(String key) {
    Path file = work.resolve(BagLayout.course(key));
    try {
      return RecordReader.course(RecordJson.mapper().readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens one payload file (under {@code data/}) for writing, hashed as it is written; it appears
   * at its path, atomically, when the stream is closed.
   *
   * @param relative a path such as {@code data/exports/grades.csv}: forward slashes, no {@code ..}
   */
  private OutputStream openPayload(String relative) throws IOException {
    if (!relative.startsWith(BagLayout.DATA + "/") || !safeRelative(relative)) {
      throw new IllegalArgumentException("not a payload path: " + relative);
    }
    Path file = inside(relative);
    Path tmp = temporary(file);
    Digests.Hashing hashing = new Digests.Hashing(Files.newOutputStream(tmp));
    return new java.io.FilterOutputStream(hashing) {
      private boolean closed;

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        hashing.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        hashing.close();
        move(tmp, file);
        digests.put(relative, hashing.digests());
      }
    };
  }

  private static boolean safeRelative(String relative) {
    for (String part : relative.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\")) {
        return false;
      }
    }
    return true;
  }

  private void writeAtomically(String relative, byte[] bytes) throws IOException {
    digests.put(relative, store(relative, bytes));
  }

  /** Writes a file atomically and returns its digests (the caller records them). */
  private Digests store(String relative, byte[] bytes) throws IOException {
    Path file = inside(relative);
    Path tmp = temporary(file);
    Files.write(tmp, bytes);
    move(tmp, file);
    return Digests.of(bytes);
  }

  private synchronized void putRaw(long n, Digests d) {
    while (rawDigests.size() < n) {
      rawDigests.add(null);
    }
    rawDigests.set((int) (n - 1), d);
  }

  /** The file at a relative path, refused when it would leave the bag. */
  private Path inside(String relative) throws IOException {
    Path file = work.resolve(relative).normalize();
    if (!file.startsWith(work)) {
      throw new IllegalArgumentException("outside the archive: " + relative);
    }
    Path parent = java.util.Objects.requireNonNull(file.getParent());
    if (!createdDirectories.contains(parent)) {
      Files.createDirectories(parent);
      createdDirectories.add(parent);
    }
    return file;
  }

  /** A temporary sibling, one per thread, renamed into place when complete. */
  private static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void writeTagFiles(LearnerRecord learner, CompletenessReport report) throws IOException {
    Map<String, Digests> payload = new TreeMap<>(digests);
    for (int i = 0; i < rawDigests.size(); i++) {
      Digests d = rawDigests.get(i);
      if (d != null) {
        payload.put(BagLayout.raw(i + 1L), d);
      }
    }
    long bytes = 0;
    for (Digests d : payload.values()) {
      bytes += d.size();
    }
    Map<String, Digests> tags = new TreeMap<>();
    tags.put(BagLayout.MANIFEST_SHA256, writeManifest(BagLayout.MANIFEST_SHA256, payload, true));
    tags.put(BagLayout.MANIFEST_SHA512, writeManifest(BagLayout.MANIFEST_SHA512, payload, false));
    Instant finishedAt = clock.instant();
    String info =
        "Bagging-Date: "
            + finishedAt.atZone(ZoneOffset.UTC).toLocalDate()
            + "\nPayload-Oxum: "
            + bytes
            + "."
            + payload.size()
            + "\nSource-Organization: Coursera (exported with Courseport)"
            + "\nExternal-Identifier: "
            + learner.userId()
            + "\nExternal-Description: The Coursera learning record of user "
            + learner.userId()
            + "\nBag-Software-Agent: Courseport "
            + version
            + "\nCourseport-Version: "
            + version
            + "\nCourseport-Schema-Version: "
            + RecordJson.SCHEMA_VERSION
            + "\nExport-Started: "
            + started
            + "\nExport-Finished: "
            + finishedAt
            + "\nExport-Status: "
            + (report.complete() ? "complete" : "incomplete")
            + "\n";
    StringBuilder extra = new StringBuilder();
    extraInfo.forEach((k, v) -> extra.append(BagInfo.line(k, v)));
    info += extra;
    for (Map.Entry<String, String> t :
        Map.of(BagLayout.BAGIT, BagLayout.BAGIT_CONTENT, BagLayout.BAG_INFO, info).entrySet()) {
      byte[] content = t.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(work.resolve(t.getKey()), content);
      tags.put(t.getKey(), Digests.of(content));
    }
    StringBuilder tagManifest = new StringBuilder();
    for (Map.Entry<String, Digests> t : tags.entrySet()) {
      tagManifest.append(Manifest.line(t.getValue().sha256(), t.getKey()));
    }
    Files.write(
        work.resolve(BagLayout.TAGMANIFEST_SHA256),
        tagManifest.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Streams one payload manifest to its file, and returns the file's digests. */
  private Digests writeManifest(String name, Map<String, Digests> payload, boolean sha256)
      throws IOException {
    Digests.Hashing hashing =
        new Digests.Hashing(
            new java.io.BufferedOutputStream(Files.newOutputStream(work.resolve(name)), 1 << 16));
    try (java.io.Writer w = new java.io.OutputStreamWriter(hashing, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Digests> e : payload.entrySet()) {
        Digests d = e.getValue();
        w.write(Manifest.line(sha256 ? d.sha256() : d.sha512(), e.getKey()));
      }
    }
    return hashing.digests();
  }

  private void deliver() throws IOException {
    if (format == Format.DIR) {
      try {
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        throw new ArchiveException(target + " appeared while exporting; the bag is at " + work, e);
      }
      return;
    }
    Path partialZip = target.resolveSibling(target.getFileName() + ".partial-zip");
    String top = zipFolderName();
    try (OutputStream out = Files.newOutputStream(partialZip);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(work)) {
        files = all.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String rel = work.relativize(f).toString().replace('\\', '/');
        ZipEntry entry = new ZipEntry(top + "/" + rel);
        entry.setTime(started.toEpochMilli());
        zip.putNextEntry(entry);
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
    move(partialZip, target);
    deleteTree(work);
  }

  private String zipFolderName() {
    String name = target.getFileName().toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
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
      deleteTree(work);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Closes the raw index; an unfinished bag stays in its partial folder for a resume. */
  @Override
  public synchronized void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
