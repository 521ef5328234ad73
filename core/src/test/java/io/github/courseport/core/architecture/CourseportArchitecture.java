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
 * modules; a third party applies {@link #thirdParty(String)}'s rules to its own plug-in. Every
 * project rule is parameterized by the root package, so that a test can also prove that each rule
 * fails on a deliberately bad set of classes.
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

  /** Courseport's own root package, where the plug-in interfaces live. */
  private static final String COURSEPORT = "io.github.courseport";

  /** The packages of app-export that form the archive library, usable without the CLI. */
  private static final List<String> LIBRARY = List.of("archive", "replay", "diff", "json", "views");

  /** The packages of app-export that form the command line and its assembly. */
  private static final List<String> COMMAND_LINE = List.of("cli", "app", "source", "log", "bench");

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
        sourceProvidersAreLoadable(),
        archiveLibraryKnowsNoCommandLine());
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
        .that(implementPluginInterface(root))
        .should(beLoadableByServiceLoader())
        .allowEmptyShould(true);
  }

  /**
   * The archive library of app-export (writing, reading, verifying, rebuilding and diffing bags,
   * and the views) never depends on the command line and its assembly, nor on what only they use
   * (picocli, Dagger, the fixtures, the batch adapter): an embedder can use it without them.
   */
  public ArchRule archiveLibraryKnowsNoCommandLine() {
    String[] library =
        LIBRARY.stream().map(p -> root + ".export." + p + "..").toArray(String[]::new);
    List<String> forbidden = new java.util.ArrayList<>();
    COMMAND_LINE.forEach(p -> forbidden.add(root + ".export." + p + ".."));
    forbidden.addAll(
        List.of(
            root + ".adapters.fixtures..",
            root + ".adapters.batch..",
            "picocli..",
            "dagger..",
            "javax.inject.."));
    return noClasses()
        .that()
        .resideInAnyPackage(library)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("the archive library is embedded without the CLI's dependencies")
        .allowEmptyShould(true);
  }

  /**
   * The rules a third party applies to its own plug-in (a source, a view), rooted at its own
   * package. None of them passes vacuously: a rule that matches no class fails.
   *
   * <pre>{@code
   * CourseportArchitecture.ThirdParty rules = CourseportArchitecture.thirdParty("com.example.plugin");
   * JavaClasses classes = rules.importClasses();
   * rules.all().forEach(rule -> rule.check(classes));
   * }</pre>
   *
   * @param pluginPackage the plug-in's root package, e.g. {@code com.example.plugin}
   */
  public static ThirdParty thirdParty(String pluginPackage) {
    return new ThirdParty(pluginPackage);
  }

  /** The rules of a third-party plug-in under one package. */
  public static final class ThirdParty {
    private final String pkg;

    private ThirdParty(String pkg) {
      this.pkg = pkg;
    }

    /** The plug-in's main classes (not its tests, not test-jars). */
    public com.tngtech.archunit.core.domain.JavaClasses importClasses() {
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(CourseportArchitecture::notATestJar)
          .importPackages(pkg);
    }

    /** Every rule: on the core only, and its plug-ins loadable. */
    public List<ArchRule> all() {
      return List.of(dependsOnCourseportCoreOnly(), pluginsAreLoadable());
    }

    /**
     * The plug-in uses Courseport's core (domain, ports) and nothing else of Courseport: not the
     * adapters, not the app, whose insides change without notice.
     */
    public ArchRule dependsOnCourseportCoreOnly() {
      return noClasses()
          .that()
          .resideInAPackage(pkg + "..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage(COURSEPORT + "..")
                  .and(JavaClass.Predicates.resideOutsideOfPackage(COURSEPORT + ".core.."))
                  .and(JavaClass.Predicates.resideOutsideOfPackage(pkg + "..")))
          .because("a plug-in depends on Courseport's core and nothing else of it")
          .allowEmptyShould(false);
    }

    /**
     * Every implementation of Courseport's plug-in interfaces ({@code SourceProvider}, {@code
     * RecordRenderer}) in the package can be loaded by {@link java.util.ServiceLoader}; a package
     * with none fails, as it plugs nothing in.
     */
    public ArchRule pluginsAreLoadable() {
      return classes()
          .that(implementPluginInterface(COURSEPORT))
          .and()
          .resideInAPackage(pkg + "..")
          .should(beLoadableByServiceLoader())
          .allowEmptyShould(false);
    }
  }

  private static DescribedPredicate<JavaClass> implementPluginInterface(String root) {
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
