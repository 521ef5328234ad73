package io.github.courseport.export.cli;

import io.github.courseport.export.app.Version;
import picocli.CommandLine;

/** Answers {@code --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "courseport " + Version.get(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
