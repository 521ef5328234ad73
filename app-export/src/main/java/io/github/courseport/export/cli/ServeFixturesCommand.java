package io.github.courseport.export.cli;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.adapters.fixtures.server.Quirks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code courseport serve-fixtures}: runs the fake Coursera server until interrupted. */
@Command(
    name = "serve-fixtures",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Serves a demo or synthetic learner on loopback, as a fake Coursera.",
      "",
      "The server has Coursera's paths, Naptime rules, auth and injectable faults: for trying"
          + " Courseport (or another client) without an account. It prints the base URL and the"
          + " accepted CAUTH value on its first line, then runs until interrupted (Ctrl-C).",
      "",
      "Example, in two terminals:",
      "  courseport serve-fixtures --port 8089 --cauth demo-cookie --latency 50",
      "  COURSERA_CAUTH=demo-cookie courseport export \\",
      "      --base-url http://127.0.0.1:8089 \\",
      "      --api-base-url http://127.0.0.1:8089 --out my-demo",
      ""
    })
public final class ServeFixturesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "0", description = "Port (0: a free one).")
  int port;

  @Option(
      names = "--learner",
      defaultValue = "demo",
      description = "demo (the seed's learner) or synthetic. Default: ${DEFAULT-VALUE}.")
  String learner = "demo";

  @Option(
      names = "--courses",
      defaultValue = "50",
      description = "Courses of a synthetic learner. Default: ${DEFAULT-VALUE}.")
  int courses;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic learner and of fault draws.")
  long seed;

  @Option(
      names = "--cauth",
      paramLabel = "VALUE",
      description =
          "The CAUTH value the server accepts (a made-up one; never a real cookie). Default: a"
              + " random one, printed on the first line.")
  @Nullable String cauth;

  @Option(names = "--latency", paramLabel = "MS", defaultValue = "0", description = "Latency.")
  long latencyMs;

  @Option(names = "--jitter", paramLabel = "MS", defaultValue = "0", description = "Jitter.")
  long jitterMs;

  @Option(
      names = "--fault-rate",
      paramLabel = "P",
      defaultValue = "0",
      description = "Probability (0..1) that a request meets one of --faults.")
  double faultRate;

  @Option(
      names = "--faults",
      paramLabel = "KINDS",
      split = ",",
      defaultValue = "429,500,502,503,reset,truncate,slow,html",
      description = "Which faults: 429,500,502,503,reset,truncate,slow,html.")
  List<String> faults = new ArrayList<>();

  @Option(
      names = "--gone",
      paramLabel = "RESOURCE",
      split = ",",
      description = "Resources that answer 404, such as onDemandDefaultInstructorNotes.v1.")
  List<String> gone = new ArrayList<>();

  @Option(
      names = "--html",
      paramLabel = "RESOURCE",
      split = ",",
      description =
          "Resources that answer 200 with an HTML page to everything, as the site does for a"
              + " route it no longer has.")
  List<String> html = new ArrayList<>();

  @Option(
      names = "--max-faults-per-request",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Draw --faults only on a request's first N attempts, so that a transient fault is"
              + " transient. Default: ${DEFAULT-VALUE}.")
  int maxFaultsPerRequest;

  @Option(
      names = "--expire-after",
      paramLabel = "N",
      description = "Expire the session after N requests (401 from then on).")
  @Nullable Long expireAfter;

  @Option(
      names = "--later",
      paramLabel = "DAYS",
      description =
          "Serve the learner as it is DAYS days later (1-3650): in one course a module and an"
              + " item completed, the grade improved and a deadline moved; one course joined and"
              + " one left. Export before and after, then compare with courseport diff.")
  @Nullable Integer later;

  @Option(
      names = "--era",
      paramLabel = "ERA",
      defaultValue = "today",
      description =
          "Which generation of Coursera's API to speak: today (default: retired routes answer the"
              + " web app's page, today's grades route answers, memberships are bare) or 2015"
              + " (the routes of the 2015 notes).")
  String era = "today";

  @Option(names = "--page-size", paramLabel = "N", description = "Elements per page.")
  @Nullable Integer pageSize;

  @Option(
      names = "--quirk",
      paramLabel = "QUIRK",
      split = ",",
      description = {
        "Departs from the tidy API the way the real one does (repeatable, or comma-separated):",
        "loop:LIST@PAGE  the list's paging repeats its cursor at PAGE;",
        "fail:LIST@PAGE  that page answers 500 to every try;",
        "hide:LIST=N  the list leaves out its first N elements;",
        "forget:CATALOG=N  a catalog no longer knows the first N session-based courses;",
        "v1-in-memberships  memberships.v1 also lists the session-based courses;",
        "unlinked  memberships.v1 links no courses;",
        "page-all  openCourseMemberships.v1 pages like the other lists.",
        "Which lists and catalogs: docs/fixtures.md.",
        "Example: --quirk loop:memberships.v1@2"
      })
  List<String> quirks = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cmd = spec.commandLine();
    Learner who =
        switch (learner) {
          case "demo" -> Learners.demo();
          case "synthetic" -> {
            if (courses < 0 || courses > 1_000_000) {
              throw new CommandLine.ParameterException(cmd, "--courses must be 0..1000000");
            }
            yield Learners.synthetic(courses, seed);
          }
          default ->
              throw new CommandLine.ParameterException(cmd, "--learner must be demo or synthetic");
        };
    if (later != null) {
      if (later < 1 || later > 3650) {
        throw new CommandLine.ParameterException(cmd, "--later must be 1..3650 days");
      }
      try {
        who = Learners.later(who, later);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, "--later: " + e.getMessage());
      }
    }
    Quirks quirked;
    try {
      quirked = Quirks.parse(quirks);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--quirk: " + e.getMessage());
    }
    if (faultRate < 0 || faultRate > 1) {
      throw new CommandLine.ParameterException(cmd, "--fault-rate must be between 0 and 1");
    }
    FakeCourseraServer.Builder b =
        FakeCourseraServer.builder()
            .learner(who)
            .port(port)
            .seed(seed)
            .latency(Duration.ofMillis(latencyMs))
            .jitter(Duration.ofMillis(jitterMs))
            .gone(new LinkedHashSet<>(gone))
            .quirks(quirked)
            .html(new LinkedHashSet<>(html));
    try {
      b.era(Era.of(era));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--era: " + e.getMessage());
    }
    if (cauth != null) {
      b.cauth(cauth);
    }
    if (pageSize != null) {
      b.pageSize(pageSize);
    }
    if (expireAfter != null) {
      b.expireAfter(expireAfter);
    }
    if (faultRate > 0) {
      Set<Fault> kinds = new LinkedHashSet<>();
      for (String f : faults) {
        kinds.add(fault(cmd, f));
      }
      if (maxFaultsPerRequest < 0) {
        throw new CommandLine.ParameterException(cmd, "--max-faults-per-request must be >= 0");
      }
      FaultPlan.Builder plan = FaultPlan.builder().maxFaultsPerRequest(maxFaultsPerRequest);
      for (Fault f : kinds) {
        plan.probability(f, faultRate / kinds.size());
      }
      b.faults(plan.build());
    }
    CountDownLatch stop = new CountDownLatch(1);
    try (FakeCourseraServer server = b.start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "serve-fixtures-stop"));
      cmd.getOut().println(server.baseUri() + " CAUTH=" + server.cauth());
      cmd.getOut().flush();
      cmd.getErr()
          .println(
              "Serving "
                  + who.name()
                  + " as Coursera's API of "
                  + server.era()
                  + " on both Coursera hosts at "
                  + server.baseUri()
                  + "; stats at "
                  + server.baseUri()
                  + "/__fake/stats. Ctrl-C to stop.");
      cmd.getErr().flush();
      stop.await();
    }
    return 0;
  }

  private static Fault fault(CommandLine cmd, String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "429" -> Fault.RATE_LIMITED;
      case "500" -> Fault.SERVER_ERROR;
      case "502" -> Fault.BAD_GATEWAY;
      case "503" -> Fault.UNAVAILABLE;
      case "reset" -> Fault.RESET;
      case "truncate" -> Fault.TRUNCATED;
      case "slow" -> Fault.SLOW_BODY;
      case "html" -> Fault.HTML_200;
      default ->
          throw new CommandLine.ParameterException(
              cmd, "unknown fault '" + name + "': use 429,500,502,503,reset,truncate,slow,html");
    };
  }
}
