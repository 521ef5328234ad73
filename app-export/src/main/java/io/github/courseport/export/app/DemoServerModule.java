package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.port.Credentials;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The embedded demo server behind {@code --demo}: a fake Coursera with the demo learner. */
@Module
public final class DemoServerModule {
  private DemoServerModule() {}

  @Provides
  static DemoServer demoServer() {
    return (laterDays, era) -> {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      FakeCourseraServer server =
          FakeCourseraServer.builder()
              .learner(laterDays > 0 ? Learners.later(Learners.demo(), laterDays) : Learners.demo())
              .cauth("demo-" + HexFormat.of().formatHex(random))
              .port(0)
              .era(Era.of(era))
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
}
