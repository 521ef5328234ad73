package io.github.courseport.export.app;

import dagger.Module;

/** The built-in HTTP source (filled in when the HTTP adapter lands). */
@Module
public final class HttpSourceModule {
  private HttpSourceModule() {}
}
