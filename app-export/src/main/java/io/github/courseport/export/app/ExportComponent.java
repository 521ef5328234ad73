package io.github.courseport.export.app;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import java.util.Map;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The Dagger component of one run (an export or a rebuild): the run's options and the console come
 * in as instances, the sources from {@link SourcesModule}, the demo server from {@link
 * DemoServerModule}, the archive's views from {@link ViewsModule}.
 */
@Singleton
@Component(modules = {DemoServerModule.class, SourcesModule.class, ViewsModule.class})
public interface ExportComponent {
  ExportRunner exportRunner();

  /** Creates the component from what the command line gathered. */
  @Component.Factory
  interface Factory {
    ExportComponent create(
        @BindsInstance RunOptions options,
        @BindsInstance Console console,
        @BindsInstance Clock clock,
        @BindsInstance @Named("env") Map<String, String> env);
  }

  /** The usual way in. */
  static ExportComponent create(
      RunOptions options, Console console, Clock clock, Map<String, String> env) {
    return DaggerExportComponent.factory().create(options, console, clock, env);
  }
}
