package io.github.courseport.export.archive;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a bag goes: the checks of an output path made before anything is written, and the partial
 * bag beside it ({@code NAME.partial}) that holds the bag until it is finished.
 */
final class BagTarget {
  private BagTarget() {}

  /**
   * Checks, without touching anything, that a bag can be written at {@code out}.
   *
   * @return the partial bag's path
   * @throws ArchiveException saying what is wrong, with its {@link ArchiveException.Reason}
   */
  static Path check(Path out, boolean resume) {
    Path target = out.toAbsolutePath().normalize();
    Path parent = parent(target);
    Path work = partial(target);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ArchiveException(
          ArchiveException.Reason.TARGET_EXISTS, target, target + " already exists.", null);
    }
    if (Files.exists(work) && !resume) {
      throw new ArchiveException(
          ArchiveException.Reason.INTERRUPTED_RUN_WAITING,
          work,
          "An unfinished archive is waiting at "
              + work
              + ": resume it, or delete that folder to start over.",
          null);
    }
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new ArchiveException(
          ArchiveException.Reason.TARGET_UNWRITABLE,
          target,
          "Cannot write the archive at " + target + ": " + existing + " is not a folder.",
          null);
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw new ArchiveException(
          ArchiveException.Reason.TARGET_UNWRITABLE,
          target,
          "Cannot write the archive at " + target + ": " + existing + " is not writable.",
          null);
    }
    return work;
  }

  /** The partial bag of a target (absolute, normalized): {@code NAME.partial} beside it. */
  static Path partial(Path target) {
    return parent(target).resolve(target.getFileName() + ".partial");
  }

  /**
   * The folder a target goes into.
   *
   * @throws ArchiveException when the target is the root of the file system
   */
  static Path parent(Path target) {
    Path parent = target.getParent();
    if (parent == null) {
      throw new ArchiveException(
          ArchiveException.Reason.TARGET_IS_ROOT,
          target,
          "An archive cannot be the root of the file system.",
          null);
    }
    return parent;
  }
}
