package io.github.courseport.archviolations.adapters.http;

import io.github.courseport.archviolations.export.App;

/** Breaks "adapters depend only on core": an adapter calls the app. */
public class UsesTheApp {
  public String name() {
    return App.name();
  }
}
