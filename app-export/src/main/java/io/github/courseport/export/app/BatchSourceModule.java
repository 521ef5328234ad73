package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import io.github.courseport.adapters.batch.BatchCourseraAdapter;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;

/**
 * The built-in batch source: requests packed into {@code POST /api/batch}, with the HTTP adapter as
 * its fallback for the rest of the run when that endpoint is gone (unless strict).
 */
@Module
public final class BatchSourceModule {
  /** The settings option that makes the batch source fail instead of falling back. */
  public static final String STRICT = "batch.strict";

  private BatchSourceModule() {}

  @Provides
  @IntoMap
  @StringKey(BatchCourseraAdapter.NAME)
  static SourceFactory batch() {
    return new SourceFactory() {
      @Override
      public String name() {
        return BatchCourseraAdapter.NAME;
      }

      @Override
      public String description() {
        return "Coursera's web API through POST /api/batch, many requests per round trip";
      }

      @Override
      public boolean reachesHosts() {
        return true;
      }

      @Override
      public SourceHandle open(SourceSettings settings) {
        boolean strict = settings.option(STRICT).map(Boolean::parseBoolean).orElse(false);
        HttpCourseraAdapter http = strict ? null : HttpSourceModule.configure(settings).build();
        BatchCourseraAdapter.Builder b =
            BatchCourseraAdapter.builder(settings).userAgentVersion(Version.get()).strict(strict);
        settings
            .option(HttpSourceModule.RATE_LIMIT)
            .map(Double::parseDouble)
            .ifPresent(b::rateLimitPerSecond);
        HttpSourceModule.retryPolicy(settings).ifPresent(b::retryPolicy);
        if (http != null) {
          b.fallback(http.ports());
        }
        BatchCourseraAdapter batch = b.build();
        return new SourceHandle() {
          @Override
          public SourcePorts ports() {
            return batch.ports();
          }

          @Override
          public long requests() {
            return batch.requests() + (http == null ? 0 : http.requests());
          }

          @Override
          public long retries() {
            return batch.retries() + (http == null ? 0 : http.retries());
          }

          @Override
          public void close() {
            batch.close();
            if (http != null) {
              http.close();
            }
          }
        };
      }
    };
  }
}
