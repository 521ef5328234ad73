package io.github.courseport.export.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.courseport.core.architecture.CourseportArchitecture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each rule can fail: the rules, rooted at {@code io.github.courseport.archviolations},
 * are run against test classes that break exactly one rule each.
 */
class RulesCanFailTest {
  private static final String ROOT = "io.github.courseport.archviolations";
  private static JavaClasses bad;

  @BeforeAll
  static void importViolations() {
    bad = new ClassFileImporter().importPackages(ROOT);
  }

  static Stream<Arguments> rulesAndCulprits() {
    return Stream.of(
        of("core framework-free", CourseportArchitecture::coreIsFrameworkFree, "UsesHttpClient"),
        of("core writes no files", CourseportArchitecture::coreWritesNoFiles, "WritesFiles"),
        of("adapters on core only", CourseportArchitecture::adaptersDependOnlyOnCore, "UsesTheApp"),
        of(
            "adapters not on each other",
            CourseportArchitecture::adaptersDependOnlyOnCore,
            "UsesTheHttpAdapter"),
        of(
            "the API layer knows no transport",
            CourseportArchitecture::apiLayerKnowsNoTransport,
            "AsksTheWire"),
        of(
            "transports know only the seam",
            CourseportArchitecture::transportsKnowOnlyTheSeam,
            "InterpretingExchange"),
        of(
            "Dagger and picocli only in the app",
            CourseportArchitecture::onlyTheAppKnowsDaggerAndPicocli,
            "UsesPicocli"),
        of("no package cycles", CourseportArchitecture::noPackageCycles, "CycleA"),
        of(
            "no console output outside the app",
            CourseportArchitecture::noConsoleOutputOutsideTheApp,
            "Prints"),
        of("ports live in core.port", CourseportArchitecture::portsLiveInCorePort, "MisplacedPort"),
        of(
            "plug-ins loadable by ServiceLoader",
            CourseportArchitecture::sourceProvidersAreLoadable,
            "HiddenProvider"),
        of(
            "the archive library knows no command line",
            CourseportArchitecture::archiveLibraryKnowsNoCommandLine,
            "UsesTheCommandLine"),
        of(
            "third-party adapter uses core only",
            a ->
                CourseportArchitecture.thirdParty(ROOT + ".adapters.fixtures")
                    .dependsOnCourseportCoreOnly(),
            "UsesTheHttpAdapter"));
  }

  private static Arguments of(
      String name, Function<CourseportArchitecture, ArchRule> rule, String culprit) {
    return Arguments.of(name, rule, culprit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndCulprits")
  void reportsTheViolation(
      String name, Function<CourseportArchitecture, ArchRule> rule, String culprit) {
    EvaluationResult result = rule.apply(CourseportArchitecture.forRoot(ROOT)).evaluate(bad);
    assertThat(result.hasViolation()).as(name).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
  }
}
