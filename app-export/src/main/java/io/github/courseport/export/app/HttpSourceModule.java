package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;
import java.time.Duration;

/** The built-in HTTP source: one request per resource, through the HTTP adapter. */
@Module
public final class HttpSourceModule {
  /** The settings option that carries the request rate limit (requests per second, 0 = none). */
  public static final String RATE_LIMIT = "rateLimitPerSecond";

  /** The settings option that carries the first retry wait's upper bound, in milliseconds. */
  public static final String RETRY_BACKOFF = "retryBackoffMillis";

  private HttpSourceModule() {}

  @Provides
  @IntoMap
  @StringKey(HttpCourseraAdapter.NAME)
  static SourceFactory http() {
    return new SourceFactory() {
      @Override
      public String name() {
        return HttpCourseraAdapter.NAME;
      }

      @Override
      public String description() {
        return "Coursera's web API, one request per resource (the default)";
      }

      @Override
      public boolean reachesHosts() {
        return true;
      }

      @Override
      public SourceHandle open(SourceSettings settings) {
        HttpCourseraAdapter adapter = configure(settings).build();
        return handle(adapter);
      }
    };
  }

  /** The HTTP adapter's builder for some settings, as the app configures it. */
  static HttpCourseraAdapter.Builder configure(SourceSettings settings) {
    HttpCourseraAdapter.Builder b =
        HttpCourseraAdapter.builder(settings).userAgentVersion(Version.get());
    settings.option(RATE_LIMIT).map(Double::parseDouble).ifPresent(b::rateLimitPerSecond);
    retryPolicy(settings).ifPresent(b::retryPolicy);
    return b;
  }

  /** The retry policy the settings ask for, if they ask for one. */
  static java.util.Optional<RetryPolicy> retryPolicy(SourceSettings settings) {
    return settings
        .option(RETRY_BACKOFF)
        .map(Long::parseLong)
        .map(
            ms ->
                RetryPolicy.defaults()
                    .withBackoff(Duration.ofMillis(ms), Duration.ofMillis(Math.max(ms, ms * 60)))
                    .withMaxRetryAfter(Duration.ofMillis(Math.max(ms * 10, 1_000))));
  }

  static SourceHandle handle(HttpCourseraAdapter adapter) {
    return new SourceHandle() {
      @Override
      public SourcePorts ports() {
        return adapter.ports();
      }

      @Override
      public long requests() {
        return adapter.requests();
      }

      @Override
      public long retries() {
        return adapter.retries();
      }

      @Override
      public void close() {
        adapter.close();
      }
    };
  }
}
