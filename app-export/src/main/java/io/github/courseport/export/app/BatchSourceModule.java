package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import io.github.courseport.adapters.batch.BatchCourseraAdapter;
import io.github.courseport.adapters.batch.BatchSourceProvider;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;

/**
 * The built-in batch source, registered as its adapter's {@link BatchSourceProvider} describes it:
 * requests packed into {@code POST /api/batch}, sent on their own for the rest of the run when that
 * endpoint is gone (unless {@link BatchSourceProvider#STRICT}).
 */
@Module
public final class BatchSourceModule {
  private BatchSourceModule() {}

  @Provides
  @IntoMap
  @StringKey(BatchCourseraAdapter.NAME)
  static SourceFactory batch() {
    return SourceFactory.of(
        new BatchSourceProvider(),
        true,
        settings -> {
          BatchCourseraAdapter batch = BatchSourceProvider.builder(settings).build();
          return SourceHandle.of(batch.ports(), batch::requests, batch::retries, batch::close);
        });
  }
}
