package io.github.courseport.archviolations.adapters.http.internal;

/** An HTTP adapter class outside its naptime package. */
public class Internals {
  public static int value() {
    return 1;
  }
}
