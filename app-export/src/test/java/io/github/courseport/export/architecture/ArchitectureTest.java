package io.github.courseport.export.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.github.courseport.core.architecture.CourseportArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applies the project's architecture rules to the main classes of every module. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importAllModules() {
    classes = CourseportArchitecture.courseport().importMainClasses();
  }

  static Stream<ArchRule> rules() {
    return CourseportArchitecture.courseport().all().stream();
  }

  @Test
  void everyModuleIsImported() {
    for (String pkg :
        new String[] {
          "io.github.courseport.core.port",
          "io.github.courseport.adapters.fixtures",
          "io.github.courseport.adapters.http",
          "io.github.courseport.adapters.batch",
          "io.github.courseport.export.cli"
        }) {
      assertThat(classes.containPackage(pkg)).as(pkg).isTrue();
    }
    assertThat(classes.stream().filter(c -> c.getSimpleName().endsWith("Test"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(classes);
  }
}
