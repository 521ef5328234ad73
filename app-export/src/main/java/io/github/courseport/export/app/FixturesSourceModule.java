package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.InMemoryCoursera;
import io.github.courseport.adapters.http.HttpSourceProvider;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.source.SourceFactory;
import io.github.courseport.export.source.SourceHandle;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The fixtures: the embedded demo server behind {@code --demo}, and {@code --source fixtures}, the
 * demo learner's recorded answers straight from memory (an offline run that touches no network at
 * all), through the same HTTP adapter, mapping and assembly as a real export.
 */
@Module
public final class FixturesSourceModule {
  /** The name of the in-memory source. */
  static final String FIXTURES = "fixtures";

  private FixturesSourceModule() {}

  @Provides
  static DemoServer demoServer() {
    return laterDays -> {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      FakeCourseraServer server =
          FakeCourseraServer.builder()
              .learner(laterDays > 0 ? Learners.later(Learners.demo(), laterDays) : Learners.demo())
              .cauth("demo-" + HexFormat.of().formatHex(random))
              .port(0)
              .start();
      return new DemoServer.Running() {
        @Override
        public URI baseUri() {
          return server.baseUri();
        }

        @Override
        public Credentials credentials() {
          return new Credentials(server.cauth(), null);
        }

        @Override
        public void close() {
          server.close();
        }
      };
    };
  }

  @Provides
  @IntoMap
  @StringKey(FIXTURES)
  static SourceFactory fixtures() {
    return new SourceFactory() {
      @Override
      public String name() {
        return FIXTURES;
      }

      @Override
      public String description() {
        return "the demo learner from memory, no network (for trying the archive offline)";
      }

      @Override
      public SourceHandle open(SourceSettings settings) {
        InMemoryCoursera coursera =
            new InMemoryCoursera(Learners.demo(), settings.session().cauth(), 100);
        return HttpSourceModule.handle(
            HttpSourceProvider.builder(settings)
                .wwwBase(InMemoryCoursera.BASE)
                .apiBase(InMemoryCoursera.BASE)
                .rateLimitPerSecond(0)
                .client(coursera, FIXTURES)
                .build());
      }
    };
  }
}
