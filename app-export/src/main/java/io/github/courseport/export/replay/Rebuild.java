package io.github.courseport.export.replay;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagInfo;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.archive.BagReader;
import io.github.courseport.export.archive.BagVerifier;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import io.github.courseport.export.views.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The rules of rebuilding an archive from the raw answers it keeps, apart from any command line:
 * {@code OLD} must be a Courseport archive with a raw index, it is verified first (a damaged one is
 * refused unless forced), the source named in its {@code bag-info.txt} replays its answers
 * (Coursera's API layer for the built-in sources, the provider's {@link SourceProvider#replay} for
 * a plug-in), and the new archive's {@code bag-info.txt} names what it was rebuilt from. A refusal
 * is a {@link Refused} with a typed {@link Reason}; the command words it.
 */
public final class Rebuild implements AutoCloseable {
  /** Why an archive cannot be rebuilt. */
  public enum Reason {
    /** It has no raw index or no {@code bag-info.txt}. */
    NOT_AN_ARCHIVE,
    /** It fails verification, and the rebuild was not forced. */
    FAILS_VERIFICATION,
    /** The source that wrote it is not among those found. */
    SOURCE_NOT_FOUND,
    /** The source that wrote it offers no replay. */
    NO_REPLAY,
    /** The source's replay refused the archive (its message says why). */
    REPLAY_REFUSED
  }

  /** A refusal: the reason, the source concerned, and what verification found. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;
    private final String source;
    private final List<String> problems;
    private final String detail;

    Refused(Reason reason, String source, List<String> problems, String detail) {
      super(reason + ": " + detail);
      this.reason = reason;
      this.source = source;
      this.problems = List.copyOf(problems);
      this.detail = detail;
    }

    public Reason reason() {
      return reason;
    }

    /** The source named by the archive. */
    public String source() {
      return source;
    }

    /** What verification found (for {@link Reason#FAILS_VERIFICATION}). */
    public List<String> problems() {
      return problems;
    }

    /** The detail: for {@link Reason#REPLAY_REFUSED}, the source's own words. */
    public String detail() {
      return detail;
    }
  }

  /**
   * Port calls in flight of a rebuild (and of a plug-in's replay): its answers come from files, so
   * a few suffice, and the same few every time.
   */
  public static final int CONCURRENCY = 4;

  private final BagReader reader;
  private final BagInfo info;
  private final List<String> problems;
  private final RawAnswers answers;
  private final String source;
  private final SourcePorts ports;
  private final LongSupplier requests;
  private final Map<String, String> provenance;

  private Rebuild(
      BagReader reader,
      BagInfo info,
      List<String> problems,
      RawAnswers answers,
      String source,
      SourcePorts ports,
      LongSupplier requests,
      Map<String, String> provenance) {
    this.reader = reader;
    this.info = info;
    this.problems = List.copyOf(problems);
    this.answers = answers;
    this.source = source;
    this.ports = ports;
    this.requests = requests;
    this.provenance = provenance;
  }

  /**
   * Opens an archive for a rebuild.
   *
   * @param force rebuild from what is intact even when {@code old} fails verification
   * @param version this Courseport's version, for the provenance
   * @param plugIns finds a plug-in's provider by source name
   * @throws ArchiveException when {@code old} cannot be read at all
   * @throws Refused when it cannot be rebuilt, and why
   */
  public static Rebuild open(
      Path old, boolean force, String version, Function<String, Optional<SourceProvider>> plugIns) {
    BagReader reader = BagReader.open(old);
    try {
      return open(old, reader, force, version, plugIns);
    } catch (RuntimeException e) {
      closeQuietly(reader);
      throw e;
    } catch (IOException e) {
      closeQuietly(reader);
      throw new ArchiveException(
          ArchiveException.Reason.UNREADABLE, old, "cannot read " + old + ": " + e.getMessage(), e);
    }
  }

  private static Rebuild open(
      Path old,
      BagReader reader,
      boolean force,
      String version,
      Function<String, Optional<SourceProvider>> plugIns)
      throws IOException {
    if (!reader.exists(BagLayout.RAW_INDEX) || !reader.exists(BagLayout.BAG_INFO)) {
      throw new Refused(Reason.NOT_AN_ARCHIVE, "", List.of(), "it has no " + BagLayout.RAW_INDEX);
    }
    BagInfo info = BagInfo.parse(reader.text(BagLayout.BAG_INFO));
    // Archives name the source they came from; older ones all came from Coursera's API.
    String source = info.get(BagArchive.SOURCE_LABEL, "http");
    List<String> problems = new BagVerifier(RecordSchemas.checker()).verify(old);
    if (!problems.isEmpty() && !force) {
      throw new Refused(Reason.FAILS_VERIFICATION, source, problems, problems.size() + " problems");
    }
    RawAnswers answers = RawAnswers.read(reader);
    String name = String.valueOf(old.toAbsolutePath().normalize().getFileName());
    SourcePorts ports;
    LongSupplier requests;
    if (ReplaySource.replays(source)) {
      ReplayExchange exchange = new ReplayExchange(answers, name);
      ports = ReplaySource.ports(exchange);
      requests = exchange::requests;
    } else {
      SourceProvider provider =
          plugIns
              .apply(source)
              .orElseThrow(() -> new Refused(Reason.SOURCE_NOT_FOUND, source, List.of(), source));
      try {
        ports =
            provider
                .replay(answers.named(name), SourceSettings.withoutSession(CONCURRENCY, Map.of()))
                .orElseThrow(() -> new Refused(Reason.NO_REPLAY, source, List.of(), source));
      } catch (IllegalArgumentException e) {
        throw new Refused(Reason.REPLAY_REFUSED, source, List.of(), String.valueOf(e.getMessage()));
      }
      requests = () -> -1;
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put(
        "Rebuilt-By", "Courseport " + version + " (courseport rebuild, no network access)");
    provenance.put("Rebuilt-From-Payload-Oxum", info.get("Payload-Oxum", "unknown"));
    provenance.put(
        "Rebuilt-From-Manifest-SHA256",
        reader.exists(BagLayout.MANIFEST_SHA256)
            ? SourceDocument.sha256Hex(reader.read(BagLayout.MANIFEST_SHA256))
            : "none");
    provenance.put("Rebuilt-From-Courseport-Version", info.get("Courseport-Version", "unknown"));
    provenance.put("Rebuilt-From-Export-Started", info.get("Export-Started", "unknown"));
    provenance.put("Rebuilt-From-Export-Finished", info.get("Export-Finished", "unknown"));
    provenance.put(
        "Rebuilt-From-Verification",
        problems.isEmpty()
            ? "valid"
            : "failed with " + problems.size() + " problems; rebuilt anyway (forced)");
    provenance.put(BagArchive.SOURCE_LABEL, source);
    return new Rebuild(reader, info, problems, answers, source, ports, requests, provenance);
  }

  /** The ports that answer from the old archive; closing this rebuild closes them. */
  public SourcePorts ports() {
    return ports;
  }

  /** The requests the replay answered so far, or -1 when its source does not count them. */
  public long requests() {
    return requests.getAsLong();
  }

  /** The source that wrote the old archive. */
  public String source() {
    return source;
  }

  /** The old archive's {@code bag-info.txt}. */
  public BagInfo info() {
    return info;
  }

  /** What verification of the old archive found (empty when it is valid). */
  public List<String> problems() {
    return problems;
  }

  /** How many raw answers the old archive lists. */
  public int answers() {
    return answers.size();
  }

  /** What could not be replayed (unreadable index lines, missing or damaged raw files). */
  public List<String> skipped() {
    return answers.skipped();
  }

  /** The lines the new archive's {@code bag-info.txt} adds: the source and where it came from. */
  public Map<String, String> provenance() {
    return java.util.Collections.unmodifiableMap(provenance);
  }

  /** Whether the old archive's CSV views start with a byte-order mark (exported with one). */
  public boolean csvBom() {
    String grades = "data/exports/grades.csv";
    if (!reader.exists(grades)) {
      return false;
    }
    try (InputStream in = reader.open(grades)) {
      byte[] head = in.readNBytes(3);
      return head.length == 3 && new String(head, StandardCharsets.UTF_8).equals("\uFEFF");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the old archive was exported without the learner's own work ({@code --no-work}): its
   * completeness report names those families as not asked. A rebuild leaves them out too, rather
   * than ask answers the old archive never stored.
   */
  public boolean workLeftOut() {
    try {
      if (!reader.exists(BagLayout.COMPLETENESS)) {
        return false;
      }
      CompletenessReport old;
      try (InputStream in = reader.open(BagLayout.COMPLETENESS)) {
        old = RecordReader.report(RecordJson.mapper().readTree(in));
      }
      return CourseFamily.learnersWork().stream()
          .anyMatch(f -> old.notAsked().containsKey(f.name()));
    } catch (IOException | RuntimeException unreadable) {
      return false; // verification says what is wrong with it; the rebuild asks everything
    }
  }

  /** The forum search's request budget per course the old archive was exported with, or 0. */
  public int forumBudget() {
    String v = info.get(BagLayout.FORUM_REQUESTS_LABEL, "");
    try {
      int n = Integer.parseInt(v.trim());
      return n > 0 && n <= 10_000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Closes the ports and the old archive. */
  @Override
  public void close() {
    try {
      ports.close();
    } finally {
      closeQuietly(reader);
    }
  }

  private static void closeQuietly(BagReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // read-only: nothing is lost
    }
  }
}
