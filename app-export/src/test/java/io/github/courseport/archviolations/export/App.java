package io.github.courseport.archviolations.export;

/** Stands for the app module. */
public class App {
  public static String name() {
    return "app";
  }
}
