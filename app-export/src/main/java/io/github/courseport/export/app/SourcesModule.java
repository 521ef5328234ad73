package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceRegistry;
import java.util.Map;

/** Gathers the built-in sources (one module each) with the ServiceLoader plug-ins. */
@Module
public final class SourcesModule {
  private SourcesModule() {}

  @Provides
  static SourceRegistry registry(Map<String, SourceFactory> builtIn) {
    return new SourceRegistry(builtIn);
  }
}
