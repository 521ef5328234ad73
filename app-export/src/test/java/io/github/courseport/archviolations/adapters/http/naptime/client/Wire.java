package io.github.courseport.archviolations.adapters.http.naptime.client;

/** A stand-in for the plain HTTP transport. */
public class Wire {
  public static int send() {
    return 1;
  }
}
