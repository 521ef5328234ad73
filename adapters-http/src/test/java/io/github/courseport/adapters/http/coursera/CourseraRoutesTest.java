package io.github.courseport.adapters.http.coursera;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.http.HttpCourseraAdapter;
import io.github.courseport.core.contract.MemoryArchive;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.export.ExportLearningRecord;
import io.github.courseport.core.export.ExportListener;
import io.github.courseport.core.port.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The API layer keeps to the route table ({@link CourseraRoutes}): every per-course resource an
 * export asks is one of its family's routes, every family's records cite only its routes, and the
 * route that answered is the first one the era serves (today's grades today, 2015's in 2015).
 */
class CourseraRoutesTest {
  private static final Learner LEARNER = Learners.synthetic(12, 4);

  private static Set<String> resources(CourseFamily<?> family) {
    Set<String> out = new TreeSet<>();
    CourseraRoutes.of(family).steps().forEach(s -> s.forEach(r -> out.add(r.resource())));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Era.class)
  void everyFamilyCitesOnlyItsRoutesAndTheFirstTheEraServes(Era era) {
    MemoryArchive archive = new MemoryArchive();
    try (FakeCourseraServer server =
            FakeCourseraServer.builder().learner(LEARNER).era(era).start();
        HttpCourseraAdapter adapter =
            HttpCourseraAdapter.builder()
                .wwwBase(server.baseUri())
                .apiBase(server.baseUri())
                .credentials(new Credentials(server.cauth(), null))
                .rateLimitPerSecond(0)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        new ExportLearningRecord(adapter.ports(), archive, pool, 4, ExportListener.NONE).run();
      } finally {
        pool.shutdownNow();
      }
    }
    Set<String> perCourse = new TreeSet<>();
    CourseraRoutes.families().forEach(f -> perCourse.addAll(resources(f.family())));
    Map<CourseFamily<?>, Set<String>> cited = new TreeMap<>();
    for (CourseRecord r : archive.courses().values()) {
      r.families()
          .asMap()
          .forEach(
              (family, outcome) -> {
                Set<String> got = cited.computeIfAbsent(family, f -> new TreeSet<>());
                outcome.sources().stream().map(SourceRef::resource).forEach(got::add);
                if (outcome.status() == Outcome.Status.FOUND) {
                  assertThat(outcome.sources()).as("%s of %s", family, r.id()).isNotEmpty();
                }
              });
    }
    assertThat(cited.keySet()).containsExactlyInAnyOrderElementsOf(CourseFamily.all());
    cited.forEach((family, got) -> assertThat(resources(family)).as("%s", family).containsAll(got));
    // Grades come from today's route where it exists, from 2015's where it does not.
    String grades = era == Era.TODAY ? Endpoints.VIEW_GRADES : Endpoints.GRADES;
    assertThat(cited.get(CourseFamily.GRADES)).containsExactly(grades);
    // Nothing per course is asked that the table does not name (the learner-level and catalog
    // resources are asked before the per-course phase).
    Set<String> asked =
        archive.documents().stream()
            .map(SourceDocument::resource)
            .filter(r -> !List.of(Endpoints.SOCIAL_PROFILES).contains(r))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> learnerLevel =
        Set.of(
            Endpoints.MEMBERSHIPS,
            Endpoints.PERMISSIONS,
            Endpoints.PROFILES,
            Endpoints.OPEN_MEMBERSHIPS,
            Endpoints.ENROLLMENTS,
            Endpoints.SPECIALIZATION_MEMBERSHIPS,
            Endpoints.COURSE_LISTS,
            Endpoints.COURSES,
            Endpoints.PARTNERS,
            Endpoints.INSTRUCTORS,
            Endpoints.SPECIALIZATIONS,
            Endpoints.V1_COURSES,
            Endpoints.V1_UNIVERSITIES,
            Endpoints.V1_CATEGORIES,
            Endpoints.V1_INSTRUCTORS,
            Endpoints.V1_SESSIONS);
    asked.removeAll(learnerLevel);
    assertThat(perCourse).containsAll(asked);
  }
}
