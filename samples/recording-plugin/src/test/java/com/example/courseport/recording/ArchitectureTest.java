package com.example.courseport.recording;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.courseport.core.architecture.CourseportArchitecture;
import org.junit.jupiter.api.Test;

/** Courseport's rules for third-party plug-ins, applied to this one (as the README shows). */
class ArchitectureTest {
  @Test
  void thePlugInUsesCourseportsCoreOnlyAndIsLoadable() {
    CourseportArchitecture.ThirdParty rules =
        CourseportArchitecture.thirdParty("com.example.courseport.recording");
    JavaClasses classes = rules.importClasses();
    rules.all().forEach(rule -> rule.check(classes));
  }
}
