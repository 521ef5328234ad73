package io.github.courseport.archviolations.adapters.http;

import picocli.CommandLine;

/** Breaks "only the app knows Dagger and picocli". */
public class UsesPicocli {
  public CommandLine line() {
    return new CommandLine(this);
  }
}
