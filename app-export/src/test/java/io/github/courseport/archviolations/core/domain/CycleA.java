package io.github.courseport.archviolations.core.domain;

import io.github.courseport.archviolations.core.port.CycleB;

/** With {@link CycleB}, breaks "no package cycles". */
public class CycleA {
  public CycleB other() {
    return new CycleB();
  }
}
