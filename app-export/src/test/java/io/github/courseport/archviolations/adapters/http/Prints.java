package io.github.courseport.archviolations.adapters.http;

/** Breaks "no console output outside the app". */
public class Prints {
  @SuppressWarnings("SystemOut")
  public void say() {
    System.out.println("hello");
  }
}
