package io.github.courseport.archviolations.export.cli;

/** Stands for a command of the command line. */
public class Command {
  public static String usage() {
    return "usage";
  }
}
