package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.export.source.SourceRegistry;

/** The sources of an export: the built-in ones ({@link BuiltInSources}) and the plug-ins. */
@Module
public final class SourcesModule {
  private SourcesModule() {}

  @Provides
  static SourceRegistry registry() {
    return BuiltInSources.registry();
  }
}
