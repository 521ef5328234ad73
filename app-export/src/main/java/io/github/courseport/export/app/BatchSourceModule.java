package io.github.courseport.export.app;

import dagger.Module;

/** The built-in batch source (filled in when the batch adapter lands). */
@Module
public final class BatchSourceModule {
  private BatchSourceModule() {}
}
