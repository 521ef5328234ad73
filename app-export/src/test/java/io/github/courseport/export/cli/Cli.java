package io.github.courseport.export.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the real command line in-process and keeps what it printed. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs as on a terminal: standard error gets the progress bar that redraws itself. */
  static Cli runOnTerminal(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(env, new PrintWriter(out), new PrintWriter(err), true, args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The non-empty lines of standard error. */
  java.util.List<String> errLines() {
    return err.lines().filter(l -> !l.isBlank()).toList();
  }

  static Cli run(String... args) {
    return run(Map.of(), args);
  }

  /** The last non-empty line of standard output. */
  String lastLine() {
    String[] lines = out.strip().split("\n", -1);
    return lines[lines.length - 1];
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
