package io.github.courseport.export.archive;

import io.github.courseport.core.error.CourseportException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The archive cannot be written or read as asked (a target that exists, disk full, a damaged bag).
 * Its message states the fact, in words that name no command or option; its {@link Reason} says
 * which case it is, so that a command can add its own advice (the command line names its options).
 */
public final class ArchiveException extends CourseportException {
  private static final long serialVersionUID = 1L;

  /** Which refusal an {@link ArchiveException} is, for the cases a caller may word or act on. */
  public enum Reason {
    /** The target of a new archive is the root of the file system. */
    TARGET_IS_ROOT,
    /** Something already exists at the target of a new archive ({@link #path()}). */
    TARGET_EXISTS,
    /**
     * The partial bag of an interrupted run waits beside the target ({@link #path()}), and no
     * resume was asked: resume it, or delete it to start over.
     */
    INTERRUPTED_RUN_WAITING,
    /** The folder the target goes into is not a folder, or cannot be written. */
    TARGET_UNWRITABLE,
    /** The archive to read ({@link #path()}) does not exist. */
    MISSING,
    /** The archive to read ({@link #path()}) is neither a folder nor a readable zip file. */
    UNREADABLE,
    /**
     * The zip file to read ({@link #path()}) declares entries that would inflate beyond safe bounds
     * (a zip bomb, or a lie about its sizes): refused before anything is inflated.
     */
    UNSAFE_ZIP,
    /**
     * Writing the archive at {@link #path()} failed (a full disk, a folder taken away): what is
     * written so far stays in the partial bag.
     */
    WRITE_FAILED,
    /**
     * A file of a finished archive ({@link #path()}) is missing, or does not match its checksum:
     * {@link BagVerifier} lists every problem.
     */
    FAILS_VERIFICATION,
    /**
     * The archive's ({@link #path()}) record files are of an earlier format than this Courseport
     * reads: rebuild it first ({@code replay.Rebuild}), then read the rebuilt archive.
     */
    OLDER_RECORD_FORMAT,
    /** The archive's record files are of a later format, or of none this Courseport knows. */
    UNREADABLE_RECORD_FORMAT,
    /** Any other: the message says what. */
    OTHER
  }

  private final Reason reason;
  private final @Nullable Path path;

  /** A refusal of no particular {@link Reason}: the message says what. */
  public ArchiveException(String userMessage, @Nullable Throwable cause) {
    this(Reason.OTHER, null, userMessage, cause);
  }

  /**
   * A refusal for a reason.
   *
   * @param path the archive or target the reason is about, when there is one
   */
  public ArchiveException(
      Reason reason, @Nullable Path path, String userMessage, @Nullable Throwable cause) {
    super(userMessage, userMessage, false, cause);
    this.reason = reason;
    this.path = path;
  }

  /** Which refusal this is. */
  public Reason reason() {
    return reason;
  }

  /** The archive or target the reason is about, or null when there is none. */
  public @Nullable Path path() {
    return path;
  }
}
