package io.github.courseport.export.cli;

import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.export.app.BuiltInSources;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceRegistry;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code courseport sources}: every source and view found, built in or plug-in. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists every source (export --source NAME) and every view written into archives, with"
          + " what each does: the built-in ones and the plug-ins found on the class path.",
      "",
      "Plug-ins are jars added with the environment variable COURSEPORT_PLUGINS (a list of jars"
          + " or folders of jars, separated by ':'), e.g.",
      "  COURSEPORT_PLUGINS=~/courseport-plugins courseport sources",
      ""
    })
public final class SourcesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(listing(true));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * The listing; lines fit 80 columns.
   *
   * @param options each option of each source with what it does, or (for the footer of {@code
   *     export --help}) only their names
   */
  static String listing(boolean options) {
    StringBuilder b = new StringBuilder("Sources (export --source NAME):\n");
    for (SourceFactory f : BuiltInSources.registry().all().values()) {
      b.append("  ").append(f.name()).append(" - ");
      wrap(
          b,
          f.description()
              + (f.provider().needsSession()
                  ? " (needs a Coursera session)."
                  : " (needs no Coursera session)."),
          "      ",
          b.length() - b.lastIndexOf("\n") - 1);
      if (options) {
        for (Map.Entry<String, String> o : f.options().entrySet()) {
          wrap(b, "--source-option " + o.getKey() + "=... : " + o.getValue(), "      ", 0);
        }
      } else if (!f.options().isEmpty()) {
        wrap(b, "options: " + String.join(", ", f.options().keySet()), "      ", 0);
      }
    }
    b.append("Views (written into every archive):\n");
    for (RecordRenderer r : SourceRegistry.renderers()) {
      b.append("  ").append(r.name());
      if (r.description().isBlank()) {
        b.append('\n');
      } else {
        b.append(" - ");
        wrap(b, r.description(), "      ", b.length() - b.lastIndexOf("\n") - 1);
      }
    }
    return b.toString();
  }

  /**
   * Appends text in lines of at most 79 columns: the first goes on from column {@code column} of
   * the line already begun (0: a new line, starting with the indent), the others start with the
   * indent and two more spaces.
   */
  private static void wrap(StringBuilder b, String text, String indent, int column) {
    int at = column;
    if (at == 0) {
      b.append(indent);
      at = indent.length();
    }
    boolean first = true;
    for (String word : text.split(" ", -1)) {
      if (!first && at + 1 + word.length() > 79) {
        b.append('\n').append(indent).append("  ");
        at = indent.length() + 2;
      } else if (!first) {
        b.append(' ');
        at++;
      }
      b.append(word);
      at += word.length();
      first = false;
    }
    b.append('\n');
  }
}
