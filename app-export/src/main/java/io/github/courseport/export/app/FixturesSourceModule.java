package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.Multibinds;
import io.github.courseport.export.source.SourceFactory;
import java.util.Map;

/** The fixtures: the demo server for --demo (filled in when the fixtures land). */
@Module
public abstract class FixturesSourceModule {
  private FixturesSourceModule() {}

  @Multibinds
  abstract Map<String, SourceFactory> builtInSources();

  @Provides
  static DemoServer demoServer() {
    return () -> {
      throw new IllegalStateException("the demo server is not wired yet");
    };
  }
}
