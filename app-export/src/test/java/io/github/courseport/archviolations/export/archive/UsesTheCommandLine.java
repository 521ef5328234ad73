package io.github.courseport.archviolations.export.archive;

import io.github.courseport.archviolations.export.cli.Command;

/** Breaks "the archive library knows no command line": words its messages as a command would. */
public class UsesTheCommandLine {
  public static String message() {
    return "see " + Command.usage();
  }
}
