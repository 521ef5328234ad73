package io.github.courseport.archviolations.core.port;

import io.github.courseport.archviolations.core.domain.CycleA;

/** With {@link CycleA}, breaks "no package cycles". */
public class CycleB {
  public CycleA other() {
    return new CycleA();
  }
}
