package com.example.courseport.recording;

import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.GradeOutcome;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.CatalogPort;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.IdentityPort;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.LearnerListsPort;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.V1Enrollments;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ports of the recording source. Every question is answered from one document, the recording
 * as it was read for that question ({@code GET /recording/<question>}); every value cites it, and
 * the archive keeps it under {@code data/raw/}. So a rebuild answers the same questions from the
 * archive's documents ({@link RecordingSourceProvider#replay}) and derives the same record.
 */
final class RecordingPorts {
  /** The resource every document of this source is stored under. */
  static final String RESOURCE = "recording";

  /** The name of this source in reports and archives. */
  static final String NAME = "recording";

  private final Function<String, Optional<SourceDocument>> ask;

  /**
   * Ports that answer each question with the document {@code ask} gives for its request line, or a
   * failure when it gives none.
   */
  private RecordingPorts(Function<String, Optional<SourceDocument>> ask) {
    this.ask = ask;
  }

  /** The ports over a question-answering function; the source carries grades and nothing else. */
  static SourcePorts of(Function<String, Optional<SourceDocument>> ask) {
    RecordingPorts r = new RecordingPorts(ask);
    Map<CourseFamily<?>, CourseFamilyPort<?>> families =
        Map.of(CourseFamily.GRADES, CourseFamilyPort.of(CourseFamily.GRADES, r::grades));
    return new SourcePorts(NAME, r.identity(), r.lists(), r.catalog(), families, 50);
  }

  /** One answer: the recording read for a question, or why there is none. */
  private record Answer(Optional<Recording> recording, List<SourceDocument> documents, String why) {
    <T> Outcome<T> outcome(Function<Recording, T> value) {
      if (recording.isEmpty()) {
        return Outcome.failed(why);
      }
      return Outcome.found(value.apply(recording.get()), documents.get(0).ref());
    }
  }

  private Answer answer(String question) {
    String request = "/recording/" + question;
    Optional<SourceDocument> document = ask.apply(request);
    if (document.isEmpty()) {
      return new Answer(Optional.empty(), List.of(), "no recording answers " + request);
    }
    try {
      return new Answer(
          Optional.of(Recording.parse(document.get().body())), List.of(document.get()), "");
    } catch (IllegalArgumentException e) {
      return new Answer(Optional.empty(), List.of(document.get()), e.getMessage());
    }
  }

  private IdentityPort identity() {
    return new IdentityPort() {
      @Override
      public Fetched<Identity> whoAmI() {
        Answer a = answer("whoami");
        return new Fetched<>(a.outcome(r -> new Identity(r.user(), RESOURCE, null)), a.documents());
      }

      @Override
      public Fetched<LearnerProfile> profile(UserId user) {
        Answer a = answer("profile");
        return new Fetched<>(
            a.outcome(
                r -> new LearnerProfile(r.user(), r.name(), null, null, null, null, Extras.none())),
            a.documents());
      }
    };
  }

  private LearnerListsPort lists() {
    return new LearnerListsPort() {
      @Override
      public Fetched<List<Membership>> memberships(UserId user) {
        Answer a = answer("memberships");
        return new Fetched<>(
            a.outcome(
                r ->
                    r.courses().keySet().stream()
                        .map(
                            id ->
                                new Membership(
                                    "m-" + id.value(), r.user(), id, "LEARNER", null,
                                    Extras.none()))
                        .toList()),
            a.documents());
      }

      @Override
      public Fetched<V1Enrollments> enrollments(UserId user) {
        Answer a = answer("enrollments");
        return new Fetched<>(
            a.outcome(r -> new V1Enrollments(List.of(), List.of())), a.documents());
      }

      @Override
      public Fetched<List<SpecializationMembership>> specializationMemberships(UserId user) {
        Answer a = answer("specializations");
        return new Fetched<>(a.outcome(r -> List.<SpecializationMembership>of()), a.documents());
      }

      @Override
      public Fetched<List<CourseList>> courseLists(UserId user) {
        Answer a = answer("course-lists");
        return new Fetched<>(a.outcome(r -> List.<CourseList>of()), a.documents());
      }
    };
  }

  private CatalogPort catalog() {
    return new CatalogPort() {
      @Override
      public KeyedResult<CourseId, Course> courses(Set<CourseId> ids) {
        return keyed(
            "courses",
            ids,
            (r, id) ->
                Optional.ofNullable(r.courses().get(id))
                    .map(
                        c ->
                            new OnDemandCourse(
                                c.id(), c.slug(), c.name(), List.of(), List.of(), null, null,
                                null, null, Extras.none())));
      }

      @Override
      public KeyedResult<SessionId, Session> sessions(Set<SessionId> ids) {
        return keyed("sessions", ids, (r, id) -> Optional.empty());
      }

      @Override
      public KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids) {
        return keyed("partners", ids, (r, id) -> Optional.empty());
      }

      @Override
      public KeyedResult<InstructorId, Instructor> instructors(Set<InstructorId> ids) {
        return keyed("instructors", ids, (r, id) -> Optional.empty());
      }

      @Override
      public KeyedResult<SpecializationId, Specialization> specializations(
          Set<SpecializationId> ids) {
        return keyed("specializations-by-id", ids, (r, id) -> Optional.empty());
      }

      @Override
      public KeyedResult<CategoryId, Category> categories(Set<CategoryId> ids) {
        return keyed("categories", ids, (r, id) -> Optional.empty());
      }
    };
  }

  private KeyedResult<CourseId, CourseGrade> grades(FamilyRequest request) {
    Set<CourseId> ids =
        request.courses().stream().map(CourseRef::id).collect(Collectors.toCollection(TreeSet::new));
    return keyed(
        "grades",
        ids,
        (r, id) ->
            Optional.ofNullable(r.grades().get(id))
                .map(
                    g ->
                        new CourseGrade(
                            id,
                            null,
                            g.passingState(),
                            new TreeMap<>(),
                            null,
                            new GradeOutcome(0, g.fraction(), Extras.none()),
                            null,
                            Extras.none())));
  }

  /**
   * A keyed answer: one question for all the keys (none for no key), found where the recording
   * has the key, absent where not.
   */
  private <K extends Comparable<? super K>, V> KeyedResult<K, V> keyed(
      String question,
      Set<K> keys,
      java.util.function.BiFunction<Recording, K, Optional<V>> lookUp) {
    if (keys.isEmpty()) {
      return new KeyedResult<K, V>(new TreeMap<K, Outcome<V>>(), List.of(), NAME);
    }
    String ids = new TreeSet<>(keys).stream().map(Object::toString).collect(Collectors.joining(","));
    Answer a = answer(question + "?ids=" + ids);
    Map<K, Outcome<V>> out = new TreeMap<>();
    for (K key : keys) {
      if (a.recording().isEmpty()) {
        out.put(key, Outcome.failed(a.why()));
        continue;
      }
      Optional<V> value = lookUp.apply(a.recording().get(), key);
      out.put(
          key,
          value.isPresent()
              ? Outcome.found(value.get(), a.documents().get(0).ref())
              : Outcome.absent(a.documents().get(0).ref()));
    }
    return new KeyedResult<>(out, a.documents(), NAME);
  }
}
