package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.KeyedResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What goes on the wire, what is cached, and the fallbacks between request forms. */
class HeadersAndCacheTest {
  private static final Learner DEMO = Learners.demo();
  private static final CourseId SWIFT = new CourseId("GdeNrll1EeSROyIACtiVvg");
  private static final CourseId MODERN = new CourseId("s5sEkwAHEeW9ISIACxWDhA");

  @Test
  void everyRequestCarriesTheSessionAcceptAndAnHonestUserAgent() {
    AtomicReference<Headers> seen = new AtomicReference<>();
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(DEMO)
                .cauth("cookie-value")
                .override(
                    "/api/adminUserPermissions.v1",
                    ex -> {
                      seen.set(ex.getRequestHeaders());
                      PagingTest.answer(ex, "{\"elements\": [{\"id\": 3060151}]}");
                    })
                .override("/api/memberships.v1", ex -> PagingTest.answer(ex, "{\"elements\": []}"))
                .start();
        HttpCourseraAdapter adapter =
            Fakes.adapter(server)
                .credentials(new Credentials("cookie-value", "csrf-value"))
                .userAgentVersion("1.2.3")
                .build()) {
      Identity who = adapter.ports().identity().whoAmI().outcome().found().orElseThrow();
      // No membership: the user id comes from the permissions.
      assertThat(who.discoveredBy()).isEqualTo("adminUserPermissions.v1");
      Headers h = seen.get();
      assertThat(h.getFirst("Cookie")).isEqualTo("CAUTH=cookie-value; CSRF3-Token=csrf-value");
      assertThat(h.getFirst("x-csrf3-token")).isEqualTo("csrf-value");
      assertThat(h.getFirst("Accept")).isEqualTo("application/json");
      assertThat(h.getFirst("User-Agent"))
          .isEqualTo("Courseport/1.2.3 (+https://github.com/courseport)");
    }
  }

  @Test
  void partnersAndInstructorsLinkedWithCoursesCostNoRequest() {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      KeyedResult<CourseId, Course> courses =
          adapter.ports().catalog().courses(Set.of(SWIFT, MODERN, CourseId.sessionBased(77)));
      Set<SourceRef> courseDocs = new java.util.HashSet<>();
      courses.documents().forEach(d -> courseDocs.add(d.ref()));
      Set<PartnerId> partners = new TreeSet<>();
      Set<InstructorId> instructors = new TreeSet<>();
      courses
          .outcomes()
          .values()
          .forEach(
              o ->
                  o.found()
                      .ifPresent(
                          c -> {
                            partners.addAll(c.partnerIds());
                            instructors.addAll(c.instructorIds());
                          }));
      long before = server.stats().requests();
      var p = adapter.ports().catalog().partners(partners);
      var i = adapter.ports().catalog().instructors(instructors);
      assertThat(server.stats().requests()).isEqualTo(before);
      assertThat(p.documents()).isEmpty();
      for (Outcome<?> o : p.outcomes().values()) {
        assertThat(o.status()).isEqualTo(Outcome.Status.FOUND);
        // ... resting on the document they arrived in, which the courses' answer handed over.
        assertThat(courseDocs).containsAll(o.sources());
      }
      assertThat(i.outcomes().values()).allSatisfy(o -> assertThat(o.found()).isPresent());
      // An id nobody linked is asked for.
      PartnerId unknown = new PartnerId("424242");
      assertThat(adapter.ports().catalog().partners(Set.of(unknown)).outcome(unknown).status())
          .isEqualTo(Outcome.Status.ABSENT);
      assertThat(server.stats().requests("partners.v1")).isEqualTo(1);
      assertThat(server.stats().requests("catalog.v1/universities")).isEqualTo(1);
    }
  }

  @Test
  void idsListsInUrlSizedChunks() {
    Learner many = Learners.synthetic(60, 5);
    Set<CourseId> ids = many.facts().onDemandCourses();
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(many).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).maxIdsLength(200).build()) {
      KeyedResult<CourseId, Course> r = adapter.ports().catalog().courses(ids);
      assertThat(r.outcomes().values()).allSatisfy(o -> assertThat(o.found()).isPresent());
      // 22-character ids, %2C between them: 200 characters hold 8 of them.
      assertThat(server.stats().requests("courses.v1")).isEqualTo((ids.size() + 7) / 8);
      assertThat(r.documents())
          .allSatisfy(
              d -> {
                String q = d.request().substring(d.request().indexOf("ids=") + 4);
                assertThat(q.substring(0, q.indexOf('&'))).hasSizeLessThanOrEqualTo(200);
              });
    }
  }

  @Test
  void whereIdsListsAreNotARouteEachCourseIsAskedByItsOwnUrl() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(DEMO)
                .override(
                    "/api/onDemandCourseGrades.v1",
                    ex -> {
                      byte[] b =
                          "{\"msg\": \"Routing error: multi-get\"}"
                              .getBytes(StandardCharsets.UTF_8);
                      ex.getResponseHeaders().set("Content-Type", "application/json");
                      ex.sendResponseHeaders(405, b.length);
                      try (OutputStream out = ex.getResponseBody()) {
                        out.write(b);
                      }
                    })
                .start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      CourseId unknown = new CourseId("zzzzzzzzzzzzzzzzzzzzzz");
      KeyedResult<CourseId, ?> r =
          adapter
              .ports()
              .family(CourseFamily.GRADES)
              .fetch(
                  new FamilyRequest(
                      new UserId(DEMO.userId()),
                      List.of(
                          new CourseRef(SWIFT, "swift-programming"), new CourseRef(unknown, "x")),
                      Set.of()));
      assertThat(r.outcome(SWIFT).status()).isEqualTo(Outcome.Status.FOUND);
      // By its own URL, a 404 with a Naptime error is an absent grade.
      assertThat(r.outcome(unknown).status()).isEqualTo(Outcome.Status.ABSENT);
      assertThat(server.stats().requests("onDemandCourseGrades.v1")).isEqualTo(2);
    }
  }

  @Test
  void aDeadEndpointOpensItsCircuitAndStopsCostingRetries() {
    try (FakeCourseraServer server =
            FakeCourseraServer.builder()
                .learner(DEMO)
                .override(
                    "/api/onDemandCourseGrades.v1",
                    ex -> {
                      ex.sendResponseHeaders(500, -1);
                      ex.close();
                    })
                .start();
        HttpCourseraAdapter adapter =
            Fakes.adapter(server)
                .retryPolicy(Fakes.FAST_RETRIES.withMaxAttempts(2))
                .circuitBreaker(3, Duration.ofMinutes(1))
                .build()) {
      List<Outcome<?>> outcomes = new java.util.ArrayList<>();
      for (CourseId c : List.of(SWIFT, MODERN, new CourseId("zzzzzzzzzzzzzzzzzzzzzz"))) {
        outcomes.add(
            adapter
                .ports()
                .family(CourseFamily.GRADES)
                .fetch(
                    new FamilyRequest(
                        new UserId(DEMO.userId()), List.of(new CourseRef(c, "x")), Set.of()))
                .outcome(c));
      }
      assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.FAILED));
      // 2 attempts, then 1 before the circuit opened after 3 failures; then none at all.
      assertThat(server.stats().requests("override")).isEqualTo(3);
      assertThat(outcomes.get(2).reason()).contains("circuit open");
      // Other resources are not affected.
      assertThat(adapter.ports().identity().whoAmI().outcome().status())
          .isEqualTo(Outcome.Status.FOUND);
    }
  }

  @Test
  void classmatesAreAskedOnlyByKnownExternalIds() throws IOException {
    try (FakeCourseraServer server = FakeCourseraServer.builder().learner(DEMO).start();
        HttpCourseraAdapter adapter = Fakes.adapter(server).build()) {
      var port = adapter.ports().family(CourseFamily.CLASSMATES);
      List<CourseRef> refs = List.of(new CourseRef(MODERN, "modern-postmodern-2"));
      var none = port.fetch(new FamilyRequest(new UserId(DEMO.userId()), refs, Set.of()));
      assertThat(none.outcome(MODERN).status()).isEqualTo(Outcome.Status.ABSENT);
      assertThat(server.stats().requests("onDemandClassmateProfiles.v1")).isZero();
      var own =
          port.fetch(
              new FamilyRequest(
                  new UserId(DEMO.userId()), refs, Set.of(DEMO.facts().externalId())));
      var classmates = own.outcome(MODERN).found().orElseThrow();
      assertThat(classmates.classmates()).hasSize(1);
      assertThat(classmates.classmates().get(0).socialProfile()).isNotNull();
      assertThat(classmates.unasked()).contains("external");
    }
  }
}
