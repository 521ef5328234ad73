package com.example.courseport.good;

import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;

/** A third party's provider that ServiceLoader can load, using Courseport's core only. */
public class FineProvider implements SourceProvider {
  @Override
  public String name() {
    return "fine";
  }

  @Override
  public String description() {
    return "fine";
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    throw new IllegalArgumentException("a rule's example, never opened");
  }
}
