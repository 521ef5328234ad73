package com.example.courseport.bad;

import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.archive.BagLayout;

/** A third party's provider that ServiceLoader cannot load, and that reaches into the app. */
public class PrivateProvider implements SourceProvider {
  private PrivateProvider() {}

  @Override
  public String name() {
    return BagLayout.raw(1);
  }

  @Override
  public String description() {
    return "bad";
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    throw new IllegalArgumentException("a rule's example, never opened");
  }
}
