package io.github.courseport.export.app;

import io.github.courseport.export.archive.ArchiveException;

/**
 * How {@code courseport export} and {@code courseport rebuild} word the archive library's refusals
 * of their {@code --out}: the library states the fact and its {@link ArchiveException.Reason}, the
 * command adds what to do with its own options.
 */
public final class ArchiveRefusals {
  private ArchiveRefusals() {}

  /** The line {@code courseport export} prints, which can continue an interrupted run. */
  public static String forExport(ArchiveException e) {
    if (e.reason() == ArchiveException.Reason.INTERRUPTED_RUN_WAITING) {
      return "An interrupted export is waiting at "
          + e.path()
          + ". Run the same command with --resume to continue it, or delete that folder to start"
          + " over.";
    }
    return forOut(e);
  }

  /** The line {@code courseport rebuild} prints, which always starts over. */
  public static String forRebuild(ArchiveException e) {
    if (e.reason() == ArchiveException.Reason.INTERRUPTED_RUN_WAITING) {
      return "An unfinished archive is waiting at "
          + e.path()
          + ". A rebuild starts over: delete that folder, or choose another --out.";
    }
    return forOut(e);
  }

  private static String forOut(ArchiveException e) {
    return switch (e.reason()) {
      case TARGET_IS_ROOT -> "--out cannot be the root of the file system";
      case TARGET_EXISTS ->
          e.userMessage() + " Choose another --out, or move the old archive away first.";
      default -> e.userMessage();
    };
  }
}
