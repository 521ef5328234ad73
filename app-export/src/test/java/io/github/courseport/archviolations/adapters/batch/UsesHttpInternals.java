package io.github.courseport.archviolations.adapters.batch;

import io.github.courseport.archviolations.adapters.http.internal.Internals;

/** Breaks "batch may use http's naptime package only". */
public class UsesHttpInternals {
  public int value() {
    return Internals.value();
  }
}
