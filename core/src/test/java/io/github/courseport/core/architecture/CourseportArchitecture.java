package io.github.courseport.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.List;

/**
 * The architecture rules of Courseport, as one reusable set. The project applies them to all of its
 * modules; a third-party adapter can apply {@link #thirdPartyAdapter(String)} and the
 * extension-point rules to itself. Every rule is parameterized by the root package, so that a test
 * can also prove that each rule fails on a deliberately bad set of classes.
 */
public final class CourseportArchitecture {
  /** Packages of the frameworks the pure core must never see. */
  public static final List<String> FRAMEWORKS =
      List.of(
          "feign..",
          "com.fasterxml.jackson..",
          "io.github.resilience4j..",
          "dagger..",
          "javax.inject..",
          "jakarta.inject..",
          "picocli..",
          "org.slf4j..",
          "java.net.http..",
          "com.sun.net.httpserver..");

  private static final List<String> ADAPTERS = List.of("http", "batch", "fixtures");

  private final String root;

  private CourseportArchitecture(String root) {
    this.root = root;
  }

  /** The rules for the project's own root package, {@code io.github.courseport}. */
  public static CourseportArchitecture courseport() {
    return forRoot("io.github.courseport");
  }

  /** The rules for modules laid out like Courseport's under another root package. */
  public static CourseportArchitecture forRoot(String rootPackage) {
    return new CourseportArchitecture(rootPackage);
  }

  /**
   * Imports the main classes under the root package, skipping test classes also when they arrive as
   * {@code -tests.jar} files (under {@code mvn verify}, {@code DoNotIncludeTests} misses those).
   */
  public com.tngtech.archunit.core.domain.JavaClasses importMainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(CourseportArchitecture::notATestJar)
        .importPackages(root);
  }

  private static boolean notATestJar(Location location) {
    return !location.contains("-tests.jar");
  }

  /** Every rule of the project. */
  public List<ArchRule> all() {
    return List.of(
        coreIsFrameworkFree(),
        coreWritesNoFiles(),
        adaptersDependOnlyOnCore(),
        apiLayerKnowsNoTransport(),
        transportsKnowOnlyTheSeam(),
        onlyTheAppKnowsDaggerAndPicocli(),
        noPackageCycles(),
        noConsoleOutputOutsideTheApp(),
        portsLiveInCorePort(),
        sourceProvidersAreLoadable());
  }

  /** The core uses the JDK, JSpecify and at most Guava: no framework, no HTTP client. */
  public ArchRule coreIsFrameworkFree() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
        .because("the core is pure: adapters bring the frameworks");
  }

  /** The core does no file-system writing of its own: the archive port does. */
  public ArchRule coreWritesNoFiles() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".core..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            FileOutputStream.class,
            FileWriter.class,
            RandomAccessFile.class,
            FileChannel.class,
            Files.class)
        .because("the core has no I/O of its own; archives are written behind ArchivePort");
  }

  /**
   * Adapters depend on the core only: never on the app, never on each other, except that the batch
   * adapter, a transport under the HTTP adapter's API layer, uses that adapter.
   */
  public ArchRule adaptersDependOnlyOnCore() {
    List<ArchRule> rules =
        ADAPTERS.stream()
            .map(
                adapter -> {
                  String own = root + ".adapters." + adapter;
                  return noClasses()
                      .that()
                      .resideInAPackage(own + "..")
                      .should()
                      .dependOnClassesThat(otherAdapterOrApp(own, adapter))
                      .because(
                          "adapters depend on core only (batch, a transport under the HTTP"
                              + " adapter's API layer, may use that adapter)")
                      .allowEmptyShould(true);
                })
            .toList();
    return CompositeArchRule.of(rules);
  }

  private DescribedPredicate<JavaClass> otherAdapterOrApp(String own, String adapter) {
    String app = root + ".export";
    String adapters = root + ".adapters.";
    String http = root + ".adapters.http";
    return new DescribedPredicate<>("belong to another adapter or the app") {
      @Override
      public boolean test(JavaClass target) {
        String p = target.getPackageName();
        if (inPackage(p, app)) {
          return true;
        }
        if (!p.startsWith(adapters) || inPackage(p, own)) {
          return false;
        }
        return !(adapter.equals("batch") && inPackage(p, http));
      }
    };
  }

  private static boolean inPackage(String pkg, String parent) {
    return pkg.equals(parent) || pkg.startsWith(parent + ".");
  }

  /**
   * Above the transport seam nothing knows how a request travels: the API layer ({@code
   * adapters.http.coursera}) and the seam ({@code adapters.http.exchange}) use neither a transport
   * (the plain HTTP client, batch, recorded answers) nor an HTTP or resilience library.
   */
  public ArchRule apiLayerKnowsNoTransport() {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".adapters.http.coursera..", root + ".adapters.http.exchange..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".adapters.http.naptime.client..",
            root + ".adapters.batch..",
            root + ".adapters.fixtures..",
            "feign..",
            "io.github.resilience4j..",
            "java.net.http..")
        .because("the API layer asks through the seam and knows no transport")
        .allowEmptyShould(true);
  }

  /**
   * A transport knows the seam, not the API layer: exchanges and the plain HTTP client carry
   * requests without knowing what they mean.
   */
  public ArchRule transportsKnowOnlyTheSeam() {
    return noClasses()
        .that()
        .areAssignableTo(root + ".adapters.http.exchange.Exchange")
        .or()
        .resideInAPackage(root + ".adapters.http.naptime.client..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".adapters.http.coursera..")
        .because("what a request means is decided once, above the seam")
        .allowEmptyShould(true);
  }

  /** Dagger and picocli are the app's business; the library modules need no container. */
  public ArchRule onlyTheAppKnowsDaggerAndPicocli() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".export..")
        .and()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..", "picocli..")
        .because("libraries are plain classes with builders");
  }

  /** No cycles between packages. */
  public ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /** Only the command line prints: libraries report through return values and listeners. */
  public ArchRule noConsoleOutputOutsideTheApp() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".export..")
        .and()
        .resideInAPackage(root + "..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .because("a library must not write to the console of the program that embeds it");
  }

  /** Port interfaces are found in one place: {@code core.port}. */
  public ArchRule portsLiveInCorePort() {
    return classes()
        .that()
        .areInterfaces()
        .and()
        .haveSimpleNameEndingWith("Port")
        .and()
        .resideInAPackage(root + "..")
        .should()
        .resideInAPackage(root + ".core.port")
        .because("ports are the extension points, declared by the core");
  }

  /**
   * Implementations of the core's plug-in interfaces ({@code SourceProvider}, {@code
   * RecordRenderer}) can be loaded by {@link java.util.ServiceLoader}: public, concrete, with a
   * public no-argument constructor.
   */
  public ArchRule sourceProvidersAreLoadable() {
    return classes()
        .that(implementPluginInterface())
        .should(beLoadableByServiceLoader())
        .allowEmptyShould(true);
  }

  /** The rule a third-party adapter applies to its own package: it depends on the core only. */
  public ArchRule thirdPartyAdapter(String adapterPackage) {
    return noClasses()
        .that()
        .resideInAPackage(adapterPackage + "..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(root + "..")
                .and(JavaClass.Predicates.resideOutsideOfPackage(root + ".core.."))
                .and(JavaClass.Predicates.resideOutsideOfPackage(adapterPackage + "..")))
        .because("a source plug-in depends on Courseport's core and nothing else of it");
  }

  private DescribedPredicate<JavaClass> implementPluginInterface() {
    String sourceProvider = root + ".core.port.SourceProvider";
    String renderer = root + ".core.port.RecordRenderer";
    return new DescribedPredicate<>("implement a core plug-in interface") {
      @Override
      public boolean test(JavaClass c) {
        return !c.isInterface()
            && (c.isAssignableTo(sourceProvider) || c.isAssignableTo(renderer))
            && !c.getFullName().equals(sourceProvider)
            && !c.getFullName().equals(renderer);
      }
    };
  }

  private static ArchCondition<JavaClass> beLoadableByServiceLoader() {
    return new ArchCondition<>("be public, concrete and have a public no-argument constructor") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean ok =
            c.getModifiers().contains(JavaModifier.PUBLIC)
                && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                && c.getConstructors().stream()
                    .filter((JavaConstructor k) -> k.getModifiers().contains(JavaModifier.PUBLIC))
                    .anyMatch(k -> k.getRawParameterTypes().isEmpty());
        events.add(
            new SimpleConditionEvent(
                c, ok, c.getName() + (ok ? " is" : " is not") + " loadable by ServiceLoader"));
      }
    };
  }
}
