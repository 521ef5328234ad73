package io.github.courseport.export.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.courseport.core.architecture.CourseportArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The rules a third party runs on its plug-in cannot pass vacuously: they find the plug-in
 * interfaces of Courseport's core whatever the plug-in's own package, and a rule that matches no
 * class fails. (Test classes under {@code com.example.courseport}, as an outside team's.)
 */
class ThirdPartyRulesTest {
  private static EvaluationResult evaluate(String pkg, ArchRule rule) {
    JavaClasses classes = new ClassFileImporter().importPackages(pkg);
    return rule.evaluate(classes);
  }

  @Test
  void aLoadableProviderOnTheCoreOnlyPassesEveryRule() {
    CourseportArchitecture.ThirdParty rules =
        CourseportArchitecture.thirdParty("com.example.courseport.good");
    for (ArchRule rule : rules.all()) {
      assertThat(evaluate("com.example.courseport.good", rule).hasViolation())
          .as(rule.getDescription())
          .isFalse();
    }
  }

  @Test
  void aProviderWithAPrivateConstructorOrThatReachesIntoTheAppFails() {
    CourseportArchitecture.ThirdParty rules =
        CourseportArchitecture.thirdParty("com.example.courseport.bad");
    EvaluationResult loadable = evaluate("com.example.courseport.bad", rules.pluginsAreLoadable());
    assertThat(loadable.hasViolation()).isTrue();
    assertThat(loadable.getFailureReport().getDetails())
        .anyMatch(l -> l.contains("PrivateProvider is not loadable by ServiceLoader"));
    EvaluationResult core =
        evaluate("com.example.courseport.bad", rules.dependsOnCourseportCoreOnly());
    assertThat(core.hasViolation()).isTrue();
    assertThat(core.getFailureReport().getDetails()).anyMatch(l -> l.contains("BagLayout"));
  }

  @Test
  void aPackageWithoutAPlugInFailsRatherThanPassingVacuously() {
    CourseportArchitecture.ThirdParty none =
        CourseportArchitecture.thirdParty("com.example.courseport.none");
    JavaClasses classes = new ClassFileImporter().importPackages("com.example.courseport.none");
    assertThatThrownBy(() -> none.pluginsAreLoadable().check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
    // and a package that holds no class at all fails every rule
    JavaClasses nothing = new ClassFileImporter().importPackages("com.example.nothing.here");
    for (ArchRule rule : CourseportArchitecture.thirdParty("com.example.nothing.here").all()) {
      assertThatThrownBy(() -> rule.check(nothing))
          .as(rule.getDescription())
          .isInstanceOf(AssertionError.class);
    }
  }
}
