package io.github.courseport.export.cli;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.InMemoryCoursera;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.adapters.http.HttpSourceProvider;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.RecordedAnswers;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.replay.ReplayExchange;
import io.github.courseport.export.replay.ReplaySource;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plug-in source as the command meets one through {@link java.util.ServiceLoader} (listed in this
 * module's test resources): it needs no Coursera session, reads its own option {@code learner},
 * refuses a bad one on {@code open}, carries no deadlines, and can replay its archives. It serves
 * the demo learner's recorded answers from memory.
 */
public final class PlugInSourceForTests implements SourceProvider {
  static final String NAME = "test-plug-in";

  /** For {@link java.util.ServiceLoader}. */
  public PlugInSourceForTests() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a test plug-in: the demo learner, without deadlines";
  }

  @Override
  public boolean needsSession() {
    return false;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("learner", "which learner to serve: demo (the only one; bug: a plug-in bug)");
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    String learner = settings.option("learner").orElse("");
    if (learner.equals("bug")) {
      throw new IllegalStateException("a bug of the plug-in");
    }
    if (!learner.equals("demo")) {
      throw new IllegalArgumentException(
          "the option learner must be demo, not \"" + learner + "\"");
    }
    InMemoryCoursera memory = new InMemoryCoursera(Learners.demo(), "plug-in", 100);
    HttpCourseraAdapter adapter =
        HttpSourceProvider.builder(
                new SourceSettings(
                    InMemoryCoursera.BASE,
                    InMemoryCoursera.BASE,
                    new Credentials("plug-in", null),
                    settings.concurrency(),
                    Map.of()))
            .rateLimitPerSecond(0)
            .client(memory, NAME)
            .build();
    return withoutDeadlines(adapter.ports()).closing(adapter::close);
  }

  @Override
  public Optional<SourcePorts> replay(RecordedAnswers answers, SourceSettings settings) {
    return Optional.of(withoutDeadlines(ReplaySource.ports(new ReplayExchange(answers))));
  }

  private static SourcePorts withoutDeadlines(SourcePorts all) {
    Map<CourseFamily<?>, CourseFamilyPort<?>> some = new TreeMap<>(all.families());
    some.remove(CourseFamily.DEADLINES);
    return new SourcePorts(
        NAME,
        all.identity(),
        all.lists(),
        all.catalog(),
        some,
        all.keysPerCall(),
        all.callsInFlight(),
        all::close);
  }
}
