package io.github.courseport.export.app;

/** The command's exit codes, as documented in {@code --help} and the README. */
public final class ExitCodes {
  /** The archive is complete. */
  public static final int COMPLETE = 0;

  /** Something unexpected went wrong (a bug, a full disk...). */
  public static final int UNEXPECTED = 1;

  /** The command line was wrong (picocli's convention too). */
  public static final int USAGE = 2;

  /** The archive was written, but something could not be fetched: see completeness.json. */
  public static final int INCOMPLETE = 3;

  /** The session cookie is missing, expired or rejected. */
  public static final int AUTHENTICATION = 4;

  /**
   * Coursera could not be reached: the connection was refused, the host name did not resolve, the
   * TLS handshake failed, or nothing usable came back before the export could begin.
   */
  public static final int UNREACHABLE = 5;

  /** Stopped by Ctrl-C; finished courses are kept for --resume. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
