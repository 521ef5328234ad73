package io.github.courseport.export.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code courseport} command. */
@Command(
    name = "courseport",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exports your complete Coursera learning record into an archive you own:",
      "a BagIt bag you can verify, read in a browser and feed into other learning tools.",
      "",
      "Start with the embedded demo (no account needed):",
      "  courseport export --demo --out demo-archive"
    },
    subcommands = {ExportCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
