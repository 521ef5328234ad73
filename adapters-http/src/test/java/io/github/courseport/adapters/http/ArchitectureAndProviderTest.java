package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.architecture.CourseportArchitecture;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.net.URI;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The project's architecture rules, and the ServiceLoader entry. */
class ArchitectureAndProviderTest {
  private final CourseportArchitecture rules = CourseportArchitecture.courseport();

  @Test
  void theAdapterKeepsTheProjectsRules() {
    JavaClasses classes = rules.importMainClasses();
    assertThat(classes.contain(HttpCourseraAdapter.class)).isTrue();
    rules.adaptersDependOnlyOnCore().check(classes);
    rules.apiLayerKnowsNoTransport().check(classes);
    rules.transportsKnowOnlyTheSeam().check(classes);
    rules.onlyTheAppKnowsDaggerAndPicocli().check(classes);
    rules.noPackageCycles().check(classes);
    rules.noConsoleOutputOutsideTheApp().check(classes);
    rules.portsLiveInCorePort().check(classes);
    rules.sourceProvidersAreLoadable().check(classes);
  }

  @Test
  void theHttpSourceIsFoundByName() {
    SourceProvider http =
        ServiceLoader.load(SourceProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.name().equals("http"))
            .findFirst()
            .orElseThrow();
    assertThat(http.description()).isNotBlank();
    try (FakeCourseraServer server =
        FakeCourseraServer.builder().learner(Learners.demo()).start()) {
      SourcePorts ports =
          http.open(
              new SourceSettings(
                  server.baseUri(),
                  server.baseUri(),
                  new Credentials(server.cauth(), null),
                  4,
                  Map.of("version", "9.9", "http.rateLimitPerSecond", "0", "http.pageSize", "1")));
      assertThat(ports.name()).isEqualTo("http");
      assertThat(ports.identity().whoAmI().outcome().status()).isEqualTo(Outcome.Status.FOUND);
    }
  }

  @Test
  void badOptionsAndSettingsAreRefusedClearly() {
    SourceSettings bad =
        new SourceSettings(
            URI.create("https://www.coursera.org"),
            URI.create("https://api.coursera.org"),
            new Credentials("x", null),
            2,
            Map.of("pageSize", "many"));
    assertThatThrownBy(() -> HttpSourceProvider.builder(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(
            () ->
                HttpCourseraAdapter.builder()
                    .credentials(new Credentials("x", null))
                    .wwwBase(URI.create("ftp://example.org"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http(s)");
    assertThatThrownBy(() -> HttpCourseraAdapter.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toStringNeverShowsTheSession() {
    try (HttpCourseraAdapter a =
        HttpCourseraAdapter.builder().credentials(new Credentials("s3cr3t", "t0k3n")).build()) {
      assertThat(a.toString())
          .doesNotContain("s3cr3t")
          .doesNotContain("t0k3n")
          .contains("www.coursera.org");
    }
  }
}
