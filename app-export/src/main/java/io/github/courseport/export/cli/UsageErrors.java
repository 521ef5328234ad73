package io.github.courseport.export.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a wrong command line is answered: the error in one line, the closest valid option or command
 * when there is one ("Did you mean --out?"), and one line pointing at {@code --help} instead of the
 * whole help. Exit code 2.
 *
 * <p>An unknown option is named without its value ({@code --cookie SECRET} is answered with {@code
 * --cookie} only), and arguments that are not options are not repeated: they may be a pasted
 * cookie.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    CommandSpec spec = cmd.getCommandSpec();
    String name = spec.qualifiedName();
    PrintWriter err = cmd.getErr();
    if (ex instanceof UnmatchedArgumentException unmatched) {
      unknown(err, spec, name, unmatched.getUnmatched());
    } else {
      err.println(name + ": " + ex.getMessage());
    }
    err.println(
        "Run '"
            + name
            + " --help' to see every "
            + (spec.subcommands().isEmpty() ? "option." : "command and option."));
    err.flush();
    return spec.exitCodeOnInvalidInput();
  }

  private static void unknown(
      PrintWriter err, CommandSpec spec, String name, List<String> unmatched) {
    Optional<String> option =
        unmatched.stream().filter(a -> a.startsWith("-") && a.length() > 1).findFirst();
    boolean commandFirst =
        !spec.subcommands().isEmpty() && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
    if (option.isPresent() && !commandFirst) {
      String typed = option.get();
      int equals = typed.indexOf('=');
      if (equals > 0) {
        typed = typed.substring(0, equals);
      }
      err.println(name + ": unknown option " + typed);
      closest(typed, optionNames(spec)).ifPresent(c -> err.println("Did you mean " + c + "?"));
    } else if (!spec.subcommands().isEmpty() && !unmatched.isEmpty()) {
      String typed = unmatched.get(0);
      err.println(name + ": unknown command '" + typed + "'");
      closest(typed, new ArrayList<>(spec.subcommands().keySet()))
          .ifPresent(c -> err.println("Did you mean '" + name + " " + c + "'?"));
    } else {
      err.println(
          name
              + ": unexpected argument"
              + (unmatched.size() == 1 ? "" : "s")
              + " (options start with --; values follow their option)");
    }
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.addAll(List.of(o.names()));
      }
    }
    return names;
  }

  /**
   * The valid name closest to what was typed: one it starts (at least four characters typed, e.g.
   * {@code --cookie} for {@code --cookie-file}), or one within a few edits ({@code --concurency}),
   * or none when nothing is close enough to be a likely meaning.
   */
  static Optional<String> closest(String typed, List<String> valid) {
    String t = typed.toLowerCase(Locale.ROOT);
    String core = t.replaceFirst("^-+", "");
    if (core.length() >= 3) {
      Optional<String> completion =
          valid.stream()
              .filter(v -> v.toLowerCase(Locale.ROOT).replaceFirst("^-+", "").startsWith(core))
              .min(Comparator.comparingInt(String::length));
      if (completion.isPresent()) {
        return completion;
      }
    }
    int allowed = Math.max(2, core.length() / 3);
    return valid.stream()
        .filter(v -> distance(t, v.toLowerCase(Locale.ROOT)) <= allowed)
        .min(
            Comparator.<String>comparingInt(v -> distance(t, v.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** Edits (insert, delete, replace, swap two neighbours) from one text to the other. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
