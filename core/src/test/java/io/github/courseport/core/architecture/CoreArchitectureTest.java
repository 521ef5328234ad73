package io.github.courseport.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The core keeps its own rules even when built alone. */
class CoreArchitectureTest {
  private final CourseportArchitecture rules = CourseportArchitecture.courseport();
  private final JavaClasses core = rules.importMainClasses();

  @Test
  void coreIsPure() {
    rules.coreIsFrameworkFree().check(core);
    rules.coreWritesNoFiles().check(core);
    rules.noPackageCycles().check(core);
    rules.noConsoleOutputOutsideTheApp().check(core);
    rules.portsLiveInCorePort().check(core);
  }
}
