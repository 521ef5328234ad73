package io.github.courseport.archviolations.adapters.http.coursera;

/** A stand-in for the API layer's knowledge of what a request means. */
public class Meaning {
  public static int of() {
    return 2;
  }
}
