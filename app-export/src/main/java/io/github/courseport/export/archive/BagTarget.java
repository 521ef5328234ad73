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
   * @throws ArchiveException saying what is wrong
   */
  static Path check(Path out, boolean resume) {
    Path target = out.toAbsolutePath().normalize();
    Path parent = parent(target);
    Path work = partial(target);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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
      throw new ArchiveException("--out cannot be the root of the file system", null);
    }
    return parent;
  }
}
