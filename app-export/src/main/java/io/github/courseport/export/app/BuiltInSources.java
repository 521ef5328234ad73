package io.github.courseport.export.app;

import io.github.courseport.adapters.batch.BatchCourseraAdapter;
import io.github.courseport.adapters.batch.BatchSourceProvider;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.InMemoryCoursera;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.HttpSourceProvider;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;
import io.github.courseport.export.source.SourceRegistry;
import java.util.List;

/**
 * The built-in sources, each registered once, here: {@code http} and {@code batch} as their
 * adapters' providers describe them, opened with handles that count requests and close their
 * threads; {@code fixtures}, the demo learner's recorded answers straight from memory (an offline
 * run that touches no network at all, through the same HTTP adapter, mapping and assembly as a real
 * export). Plug-ins come from {@link java.util.ServiceLoader} ({@link SourceRegistry}).
 */
public final class BuiltInSources {
  /** The name of the in-memory source. */
  static final String FIXTURES = "fixtures";

  private BuiltInSources() {}

  /** The built-in sources and every plug-in on the class path. */
  public static SourceRegistry registry() {
    return new SourceRegistry(List.of(http(), batch(), fixtures()));
  }

  private static SourceFactory http() {
    return SourceFactory.of(
        new HttpSourceProvider(),
        true,
        settings -> handle(HttpSourceProvider.builder(settings).build()));
  }

  private static SourceFactory batch() {
    return SourceFactory.of(
        new BatchSourceProvider(),
        true,
        settings -> {
          BatchCourseraAdapter batch = BatchSourceProvider.builder(settings).build();
          return SourceHandle.of(batch.ports(), batch::requests, batch::retries, batch::close);
        });
  }

  private static SourceFactory fixtures() {
    return SourceFactory.of(
        new Fixtures(),
        false,
        settings -> {
          InMemoryCoursera coursera =
              new InMemoryCoursera(Learners.demo(), settings.session().cauth(), 100);
          return handle(
              HttpSourceProvider.builder(settings)
                  .wwwBase(InMemoryCoursera.BASE)
                  .apiBase(InMemoryCoursera.BASE)
                  .rateLimitPerSecond(0)
                  .client(coursera, FIXTURES)
                  .build());
        });
  }

  private static SourceHandle handle(HttpCourseraAdapter adapter) {
    return SourceHandle.of(adapter.ports(), adapter::requests, adapter::retries, adapter::close);
  }

  /**
   * How the fixtures source describes itself; {@link #fixtures()} opens it with a counting handle.
   */
  public static final class Fixtures implements SourceProvider {
    /** As a provider must have one. */
    public Fixtures() {}

    @Override
    public String name() {
      return FIXTURES;
    }

    @Override
    public String description() {
      return "the demo learner from memory, no network (for trying the archive offline)";
    }

    @Override
    public SourcePorts open(SourceSettings settings) {
      SourceHandle handle = fixtures().open(settings);
      return handle.ports().closing(handle::close);
    }
  }
}
