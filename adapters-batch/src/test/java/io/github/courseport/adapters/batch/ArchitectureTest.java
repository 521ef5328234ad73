package io.github.courseport.adapters.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.core.architecture.CourseportArchitecture;
import io.github.courseport.core.port.SourceProvider;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's architecture rules, applied to this module's main classes. */
class ArchitectureTest {
  private static final CourseportArchitecture RULES = CourseportArchitecture.courseport();
  private static final JavaClasses CLASSES = mainClasses();

  /** This module's main classes only: the class directory (or jar) of the adapter. */
  private static JavaClasses mainClasses() {
    try {
      Path where =
          Path.of(
              BatchCourseraAdapter.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      return new ClassFileImporter().importPath(where);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theProjectsAdapterRuleHolds() {
    // the composite rule also names the adapters that are not on this module's class path
    RULES.adaptersDependOnlyOnCore().allowEmptyShould(true).check(CLASSES);
  }

  @Test
  void batchIsATransportThatKnowsOnlyTheSeam() {
    RULES.transportsKnowOnlyTheSeam().check(CLASSES);
    assertThat(CLASSES.get(BatchExchange.class).isAssignableTo(Exchange.class)).isTrue();
  }

  @Test
  void theRulesBite() {
    // test code may build the fixtures' server; main code may not, and the rule would say so
    JavaClasses testHelpers = new ClassFileImporter().importClasses(Fakes.class);
    assertThatThrownBy(() -> RULES.adaptersDependOnlyOnCore().check(testHelpers))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FakeCourseraServer");
    assertThat(CLASSES.get(BatchSourceProvider.class).isAssignableTo(SourceProvider.class))
        .isTrue();
    assertThat(CLASSES.contain(BatchCourseraAdapter.class)).isTrue();
  }

  @Test
  void noCyclesNoConsoleNoContainerAndLoadablePlugins() {
    RULES.noPackageCycles().check(CLASSES);
    RULES.noConsoleOutputOutsideTheApp().check(CLASSES);
    RULES.onlyTheAppKnowsDaggerAndPicocli().check(CLASSES);
    RULES.sourceProvidersAreLoadable().check(CLASSES);
    RULES.portsLiveInCorePort().allowEmptyShould(true).check(CLASSES);
  }
}
