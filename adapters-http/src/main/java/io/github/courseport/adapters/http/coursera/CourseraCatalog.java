package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.port.CatalogPort;
import io.github.courseport.core.port.KeyedResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Catalog look-ups by {@code ids=} in URL-sized chunks, every chunk a request (on-demand and v1
 * courses in the same round). Entries that arrive linked with {@code courses.v1} and {@code
 * catalog.v1/courses} are cached with the reference of the document that brought them; where the
 * on-demand catalog does not know a numeric partner or instructor id, the v1 catalog is asked in a
 * second round; where the v1 catalog is gone, {@code courses.v1} is asked for {@code v1-<n>}.
 */
final class CourseraCatalog implements CatalogPort {
  private final ApiContext s;

  CourseraCatalog(ApiContext s) {
    this.s = s;
  }

  private String name() {
    return s.name();
  }

  @Override
  public KeyedResult<CourseId, Course> courses(Set<CourseId> ids) {
    return s.run(call -> courses(call, ids));
  }

  private KeyedResult<CourseId, Course> courses(Call call, Set<CourseId> ids) {
    List<CourseId> onDemand = ids.stream().filter(c -> !c.isSessionBased()).sorted().toList();
    List<CourseId> sessionBased = ids.stream().filter(CourseId::isSessionBased).sorted().toList();
    IdsStep<CourseId, Course> v2 = coursesV1(onDemand, WireMapper::onDemandCourse, true);
    IdsStep<CourseId, Course> v1 =
        new IdsStep<>(
            Endpoints.V1_COURSES,
            sessionBased,
            id -> Long.toString(id.catalogNumber()),
            s.endpoints::v1Courses,
            (k, e) -> WireMapper.catalogV1Course(e),
            this::offerV1Linked,
            s.maxIdsLength,
            s::redact);
    // courses.v1 holds session-based courses too (v1-<n>): asked in the same round, its answer
    // completes catalog.v1's. Its linked partners are not cached: a v1 course's partners are
    // catalog.v1's universities, whatever order the answers arrive in.
    IdsStep<CourseId, Course> v1InCourses =
        coursesV1(sessionBased, WireMapper::sessionCourseFromCoursesV1, false);
    call.round(List.of(v2, v1, v1InCourses));
    Map<CourseId, Outcome<Course>> outcomes = new TreeMap<>(v2.result().outcomes());
    Map<CourseId, Outcome<Course>> fromCatalog = v1.result().outcomes();
    Map<CourseId, Outcome<Course>> fromCourses = v1InCourses.result().outcomes();
    for (CourseId id : sessionBased) {
      outcomes.put(
          id,
          merged(
              fromCatalog.getOrDefault(id, Outcome.failed("not asked")),
              fromCourses.getOrDefault(id, Outcome.failed("not asked"))));
    }
    // A course no catalog answered for may have come linked with the memberships.
    LinkedCache.Split<CourseId, Course> linked =
        s.cache.lookup(
            Course.class,
            outcomes.entrySet().stream()
                .filter(e -> e.getValue().status() != Outcome.Status.FOUND)
                .map(Map.Entry::getKey)
                .toList());
    linked
        .answered()
        .forEach(
            (id, found) -> {
              Outcome<Course> asked = outcomes.get(id);
              outcomes.put(
                  id, Outcomes.orElse(asked == null ? Outcome.failed("not asked") : asked, found));
            });
    return new KeyedResult<>(outcomes, call.documents(), name());
  }

  /**
   * A session-based course from both catalogs: merged field by field when both know it (catalog.v1
   * first: it has the sessions and categories), else whichever knows it.
   */
  private static Outcome<Course> merged(Outcome<Course> catalog, Outcome<Course> courses) {
    if (catalog.found().orElse(null) instanceof SessionCourse a
        && courses.found().orElse(null) instanceof SessionCourse b) {
      List<SourceRef> refs = new ArrayList<>(catalog.sources());
      courses.sources().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
      return Outcome.found(
          a.mergedWith(b, Endpoints.V1_COURSES, Endpoints.COURSES), refs.toArray(SourceRef[]::new));
    }
    if (catalog.found().orElse(null) instanceof SessionCourse a
        && courses.status() == Outcome.Status.FAILED) {
      // courses.v1 would have completed the course and failed after its retries: the course is
      // kept (received), and the failure is a gap, not a silently thinner record.
      List<SourceRef> refs = new ArrayList<>(catalog.sources());
      courses.sources().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
      return Outcome.partial(
          (Course) a,
          courses.reason() + " (the course is from " + Endpoints.V1_COURSES + " alone)",
          refs.toArray(SourceRef[]::new));
    }
    return Outcomes.orElse(catalog, courses);
  }

  private IdsStep<CourseId, Course> coursesV1(
      List<CourseId> ids, Function<ObjectNode, ? extends Course> map, boolean cacheLinked) {
    return new IdsStep<>(
        Endpoints.COURSES,
        ids,
        CourseId::value,
        s.endpoints::courses,
        (k, e) -> map.apply(e),
        cacheLinked ? this::offerCoursesLinked : IdsStep::noLinked,
        s.maxIdsLength,
        s::redact);
  }

  private void offerCoursesLinked(Envelope e, SourceRef ref) {
    s.cache.offer(
        Partner.class, e.linked(Endpoints.PARTNERS), ref, WireMapper::partner, Partner::id);
    s.cache.offer(
        Instructor.class,
        e.linked(Endpoints.INSTRUCTORS),
        ref,
        WireMapper::instructor,
        Instructor::id);
  }

  private void offerV1Linked(Envelope e, SourceRef ref) {
    s.cache.offer(
        Partner.class,
        e.linked(Endpoints.V1_LINKED_UNIVERSITIES),
        ref,
        WireMapper::partner,
        Partner::id);
    s.cache.offer(
        Instructor.class,
        e.linked(Endpoints.V1_LINKED_INSTRUCTORS),
        ref,
        WireMapper::instructor,
        Instructor::id);
    s.cache.offer(
        Category.class,
        e.linked(Endpoints.V1_LINKED_CATEGORIES),
        ref,
        WireMapper::category,
        Category::id);
    // Sessions are not taken from here: they are asked of catalog.v1/sessions, so that which
    // document a session cites never depends on which course answer arrived first.
  }

  @Override
  public KeyedResult<SessionId, Session> sessions(Set<SessionId> ids) {
    return s.run(
        call ->
            cachedThen(
                call,
                Session.class,
                ids,
                missing ->
                    ids(
                        Endpoints.V1_SESSIONS,
                        missing,
                        SessionId::toString,
                        s.endpoints::v1Sessions,
                        WireMapper::session),
                null));
  }

  @Override
  public KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids) {
    return s.run(
        call ->
            cachedThen(
                call,
                Partner.class,
                ids,
                missing ->
                    ids(
                        Endpoints.PARTNERS,
                        missing,
                        PartnerId::value,
                        s.endpoints::partners,
                        WireMapper::partner),
                new V1Fallback<>(
                    Endpoints.V1_UNIVERSITIES,
                    PartnerId::value,
                    s.endpoints::v1Universities,
                    WireMapper::partner)));
  }

  @Override
  public KeyedResult<InstructorId, Instructor> instructors(Set<InstructorId> ids) {
    return s.run(
        call ->
            cachedThen(
                call,
                Instructor.class,
                ids,
                missing ->
                    ids(
                        Endpoints.INSTRUCTORS,
                        missing,
                        InstructorId::value,
                        s.endpoints::instructors,
                        WireMapper::instructor),
                new V1Fallback<>(
                    Endpoints.V1_INSTRUCTORS,
                    InstructorId::value,
                    s.endpoints::v1Instructors,
                    WireMapper::instructor)));
  }

  @Override
  public KeyedResult<SpecializationId, Specialization> specializations(Set<SpecializationId> ids) {
    return s.run(
        call ->
            cachedThen(
                call,
                Specialization.class,
                ids,
                missing ->
                    ids(
                        Endpoints.SPECIALIZATIONS,
                        missing,
                        SpecializationId::value,
                        s.endpoints::specializations,
                        WireMapper::specialization),
                null));
  }

  @Override
  public KeyedResult<CategoryId, Category> categories(Set<CategoryId> ids) {
    return s.run(
        call ->
            cachedThen(
                call,
                Category.class,
                ids,
                missing ->
                    ids(
                        Endpoints.V1_CATEGORIES,
                        missing,
                        CategoryId::value,
                        s.endpoints::v1Categories,
                        WireMapper::category),
                null));
  }

  private <K extends Comparable<? super K>, V> IdsStep<K, V> ids(
      String resource,
      List<K> keys,
      Function<K, String> wireId,
      Function<String, ApiRequest> request,
      Function<ObjectNode, V> map) {
    return new IdsStep<>(
        resource,
        keys,
        wireId,
        request,
        (k, e) -> map.apply(e),
        IdsStep::noLinked,
        s.maxIdsLength,
        s::redact);
  }

  /** Where the v1 catalog (which shares the id space) is asked for numeric ids not found. */
  private record V1Fallback<K, V>(
      String resource,
      Function<K, String> wireId,
      Function<String, ApiRequest> request,
      Function<ObjectNode, V> map) {}

  /** Answers what the cache holds, asks for the rest, then the v1 catalog for numeric misses. */
  private <K extends Comparable<? super K>, V> KeyedResult<K, V> cachedThen(
      Call call,
      Class<V> type,
      Set<K> ids,
      Function<List<K>, IdsStep<K, V>> fetch,
      @Nullable V1Fallback<K, V> v1) {
    LinkedCache.Split<K, V> split = s.cache.lookup(type, ids);
    Map<K, Outcome<V>> outcomes = new TreeMap<>(split.answered());
    if (!split.missing().isEmpty()) {
      Map<K, Outcome<V>> first = call.run(fetch.apply(split.missing())).outcomes();
      outcomes.putAll(first);
      if (v1 != null) {
        List<K> retry = new ArrayList<>();
        first.forEach(
            (k, o) -> {
              if (o.status() != Outcome.Status.FOUND && isNumeric(v1.wireId().apply(k))) {
                retry.add(k);
              }
            });
        if (!retry.isEmpty()) {
          Map<K, Outcome<V>> second =
              call.run(ids(v1.resource(), retry, v1.wireId(), v1.request(), v1.map())).outcomes();
          for (K k : retry) {
            outcomes.put(
                k,
                Outcomes.orElse(
                    first.getOrDefault(k, Outcome.failed("not asked")),
                    second.getOrDefault(k, Outcome.failed("not asked"))));
          }
        }
      }
    }
    return new KeyedResult<>(outcomes, call.documents(), name());
  }

  private static boolean isNumeric(String id) {
    return !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(Character::isDigit);
  }

  @Override
  public String toString() {
    return "coursera catalog";
  }
}
