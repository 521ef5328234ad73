package io.github.courseport.export.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagInfo;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.archive.BagReader;
import io.github.courseport.export.archive.CourseKeys;
import io.github.courseport.export.archive.Manifest;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The record of one finished archive (a folder or a zip), read one file at a time: the learner file
 * at once, each course file when asked. Every record file read is checked against the archive's
 * {@code manifest-sha256.txt} first, so a comparison never rests on a damaged or edited file.
 */
public final class ArchiveRecord implements AutoCloseable {
  private final String name;
  private final BagReader bag;
  private final Map<String, String> manifest = new HashMap<>();
  private final BagInfo bagInfo;
  private final LearnerRecord learner;
  private final int schemaVersion;

  private ArchiveRecord(String name, BagReader bag) throws IOException {
    this.name = name;
    this.bag = bag;
    if (!bag.exists(BagLayout.LEARNER) || !bag.exists(BagLayout.MANIFEST_SHA256)) {
      throw new ArchiveException(
          name + " is not a Courseport archive: it has no " + BagLayout.LEARNER, null);
    }
    Manifest.parse(BagLayout.MANIFEST_SHA256, bag.text(BagLayout.MANIFEST_SHA256))
        .entries()
        .forEach(
            (path, checksum) -> {
              if (path.startsWith(BagLayout.RECORD + "/")) {
                manifest.put(path, checksum);
              }
            });
    this.bagInfo =
        bag.exists(BagLayout.BAG_INFO)
            ? BagInfo.parse(bag.text(BagLayout.BAG_INFO))
            : BagInfo.parse("");
    JsonNode tree = tree(BagLayout.LEARNER);
    this.schemaVersion = tree.path("schemaVersion").asInt(-1);
    if (schemaVersion != RecordJson.SCHEMA_VERSION) {
      boolean older = schemaVersion >= 0 && schemaVersion < RecordJson.SCHEMA_VERSION;
      throw new ArchiveException(
          older
              ? ArchiveException.Reason.OLDER_RECORD_FORMAT
              : ArchiveException.Reason.UNREADABLE_RECORD_FORMAT,
          Path.of(name),
          name
              + "'s record is in format version "
              + (schemaVersion < 0 ? "(none)" : Integer.toString(schemaVersion))
              + ", and this Courseport reads version "
              + RecordJson.SCHEMA_VERSION
              + (older ? "." : ". Use the Courseport that wrote it (or a newer one)."),
          null);
    }
    this.learner = RecordReader.learner(tree);
  }

  /**
   * Opens an archive's record.
   *
   * @throws ArchiveException when it is missing, not a Courseport archive, damaged, or of a record
   *     format this Courseport does not read
   */
  public static ArchiveRecord open(Path archive) {
    BagReader bag = BagReader.open(archive);
    try {
      return new ArchiveRecord(archive.toString(), bag);
    } catch (IOException | RuntimeException e) {
      try {
        bag.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      if (e instanceof ArchiveException a) {
        throw a;
      }
      throw new ArchiveException("cannot read " + archive + ": " + e.getMessage(), e);
    }
  }

  /** The learner file's record. */
  public LearnerRecord learner() {
    return learner;
  }

  /** The record format version of its files. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** A value of its bag-info.txt, or empty. */
  public String bagInfo(String label) {
    return bagInfo.get(label, "");
  }

  /** When its data was exported: of the original export, for a rebuilt archive. */
  public String exportStarted() {
    String rebuilt = bagInfo("Rebuilt-From-Export-Started");
    return rebuilt.isEmpty() ? bagInfo("Export-Started") : rebuilt;
  }

  /**
   * The record of one course of its index.
   *
   * @throws ArchiveException when its file is missing, damaged or unreadable
   */
  public CourseRecord course(CourseId id) {
    try {
      return RecordReader.course(tree(BagLayout.course(CourseKeys.of(id))));
    } catch (IOException e) {
      throw new ArchiveException(
          name + ": the record of course " + id + " cannot be read: " + e.getMessage(), e);
    }
  }

  private JsonNode tree(String path) throws IOException {
    String expected = manifest.get(path);
    if (expected == null) {
      throw new ArchiveException(
          name + " fails verification: " + path + " is not in its manifest", null);
    }
    if (!bag.exists(path)) {
      throw new ArchiveException(
          name + " fails verification: " + path + " is listed but missing", null);
    }
    byte[] bytes = bag.read(path);
    if (!SourceDocument.sha256Hex(bytes).equals(expected)) {
      throw new ArchiveException(
          name + " fails verification: " + path + " does not match its SHA-256", null);
    }
    return RecordJson.mapper().readTree(bytes);
  }

  @Override
  public void close() throws IOException {
    bag.close();
  }
}
