package io.github.courseport.export.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code courseport} command. */
@Command(
    name = "courseport",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exports your complete Coursera learning record into an archive you own: a BagIt bag you"
          + " can verify, read in a browser and feed into other learning tools.",
      "",
      "Start with the embedded demo (no account needed):",
      "  courseport export --demo --out demo-archive"
    },
    subcommands = {
      ExportCommand.class,
      VerifyCommand.class,
      QueryCommand.class,
      RebuildCommand.class,
      DiffCommand.class,
      SourcesCommand.class,
      ServeFixturesCommand.class,
      io.github.courseport.export.bench.BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command with the process's environment and console; returns the exit code. */
  public static int run(String... args) {
    return execute(
        System.getenv(),
        new PrintWriter(System.out, true, java.nio.charset.Charset.defaultCharset()),
        new PrintWriter(System.err, true, java.nio.charset.Charset.defaultCharset()),
        args);
  }

  /**
   * Runs the command with a given environment and output (what tests use).
   *
   * @param env the environment variables the command may read (COURSERA_CAUTH...)
   */
  public static int execute(
      Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return execute(env, out, err, null, args);
  }

  /**
   * Runs the command with a given environment and output, as on a terminal or not.
   *
   * @param terminal whether {@code err} is to be treated as a terminal (a progress bar that redraws
   *     itself) or not (log lines); null to ask the JVM
   */
  public static int execute(
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      @Nullable Boolean terminal,
      String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExportCommand.class) {
              return cls.cast(new ExportCommand(env, terminal));
            }
            if (cls == DiffCommand.class) {
              return cls.cast(new DiffCommand(terminal));
            }
            if (cls == RebuildCommand.class) {
              return cls.cast(new RebuildCommand(env, terminal));
            }
            return defaults.create(cls);
          }
        };
    CommandLine cmd = new CommandLine(new Main(), factory);
    cmd.setOut(out);
    cmd.setErr(err);
    // Help is laid out by picocli for the terminal's width (80 columns when not on a terminal).
    cmd.setUsageHelpAutoWidth(true);
    cmd.setParameterExceptionHandler(new UsageErrors());
    // export --help ends with every source and view found (plug-ins too), listed only when shown.
    java.util.Objects.requireNonNull(cmd.getSubcommands().get("export"))
        .getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
            help -> "\n" + SourcesCommand.listing(false));
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
