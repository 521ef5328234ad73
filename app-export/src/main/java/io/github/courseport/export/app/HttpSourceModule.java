package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.HttpSourceProvider;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;

/**
 * The built-in HTTP source, registered as its adapter's {@link HttpSourceProvider} describes it,
 * with a handle that counts its requests and closes its threads.
 */
@Module
public final class HttpSourceModule {
  private HttpSourceModule() {}

  @Provides
  @IntoMap
  @StringKey(HttpCourseraAdapter.NAME)
  static SourceFactory http() {
    return SourceFactory.of(
        new HttpSourceProvider(),
        true,
        settings -> handle(HttpSourceProvider.builder(settings).build()));
  }

  static SourceHandle handle(HttpCourseraAdapter adapter) {
    return SourceHandle.of(adapter.ports(), adapter::requests, adapter::retries, adapter::close);
  }
}
