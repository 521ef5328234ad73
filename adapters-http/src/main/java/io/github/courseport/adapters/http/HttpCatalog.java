package io.github.courseport.adapters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Response;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Fields;
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
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceDocument;
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

/**
 * Catalog look-ups by {@code ids=}, in URL-sized chunks. Partners and instructors that arrive
 * linked with {@code courses.v1}, universities, instructors and categories that arrive linked with
 * {@code catalog.v1/courses}, and specializations linked with the specialization memberships are
 * cached with the reference of the document that brought them, so the later look-ups of the export
 * cost no request. Where the on-demand catalog does not know a numeric partner or instructor id,
 * the v1 catalog (which shares the id space) is asked; where the v1 catalog is gone, {@code
 * courses.v1} is asked for {@code v1-<n>}.
 */
final class HttpCatalog implements CatalogPort {
  static final String COURSES = "courses.v1";
  static final String PARTNERS = "partners.v1";
  static final String INSTRUCTORS = "instructors.v1";
  static final String SPECIALIZATIONS = "onDemandSpecializations.v1";
  static final String V1_COURSES = "catalog.v1/courses";
  static final String V1_UNIVERSITIES = "catalog.v1/universities";
  static final String V1_CATEGORIES = "catalog.v1/categories";
  static final String V1_INSTRUCTORS = "catalog.v1/instructors";
  static final String V1_SESSIONS = "catalog.v1/sessions";

  static final String PARTNER_FIELDS =
      Fields.of("shortName", "name", "logo", "classLogo", "location").toString();
  static final String INSTRUCTOR_FIELDS =
      Fields.of("fullName", "title", "department", "photo", "bio").toString();
  static final String COURSE_FIELDS =
      Fields.of(
              "slug",
              "name",
              "courseType",
              "partnerIds",
              "instructorIds",
              "photoUrl",
              "description",
              "partnerLogo",
              "certificatePartnerLogo")
          .with("partners.v1", "shortName", "name", "logo", "classLogo", "location")
          .with("instructors.v1", "fullName", "title", "department", "photo", "bio")
          .toString();
  static final String COURSE_INCLUDES = "partnerIds,instructorIds";
  static final String V1_COURSE_FIELDS =
      Fields.of("shortName", "name", "photo", "smallIconHover", "shortDescription").toString();
  static final String V1_COURSE_INCLUDES = "universities,instructors,categories,sessions";
  static final String SPECIALIZATION_FIELDS =
      Fields.of("slug", "name", "tagline", "description", "courseIds", "partnerIds").toString();

  private final Context ctx;

  HttpCatalog(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public KeyedResult<CourseId, Course> courses(Set<CourseId> ids) {
    List<CourseId> onDemand = ids.stream().filter(c -> !c.isSessionBased()).sorted().toList();
    List<CourseId> sessionBased = ids.stream().filter(CourseId::isSessionBased).sorted().toList();
    Map<CourseId, Outcome<Course>> outcomes = new TreeMap<>();
    List<SourceDocument> documents = new ArrayList<>();

    Context.Keyed<CourseId, Course> v2 = coursesV1(onDemand, WireMapper::onDemandCourse);
    outcomes.putAll(v2.outcomes());
    documents.addAll(v2.documents());

    Context.Keyed<CourseId, Course> v1 =
        ctx.byIds(
            V1_COURSES,
            sessionBased,
            id -> Long.toString(id.catalogNumber()),
            w -> ctx.catalogV1.courses(w, V1_COURSE_FIELDS, V1_COURSE_INCLUDES),
            WireMapper::catalogV1Course,
            this::offerV1Linked);
    documents.addAll(v1.documents());
    List<CourseId> retry = new ArrayList<>();
    v1.outcomes()
        .forEach(
            (id, o) -> {
              if (o.status() == Outcome.Status.UNAVAILABLE) {
                retry.add(id);
              }
            });
    outcomes.putAll(v1.outcomes());
    if (!retry.isEmpty()) {
      // The v1 catalog is gone: courses.v1 also lists session-based courses, as v1-<n>.
      Context.Keyed<CourseId, Course> fallback =
          coursesV1(retry, WireMapper::sessionCourseFromCoursesV1);
      documents.addAll(fallback.documents());
      for (CourseId id : retry) {
        outcomes.put(
            id,
            Answers.orElse(
                v1.outcomes().getOrDefault(id, Outcome.failed("not asked")),
                fallback.outcomes().getOrDefault(id, Outcome.failed("not asked"))));
      }
    }
    return new KeyedResult<>(outcomes, documents, ctx.transport());
  }

  private Context.Keyed<CourseId, Course> coursesV1(
      List<CourseId> ids, Function<ObjectNode, ? extends Course> map) {
    return ctx.byIds(
        COURSES,
        ids,
        CourseId::value,
        w -> ctx.courses.courses(w, COURSE_FIELDS, COURSE_INCLUDES),
        map::apply,
        this::offerCoursesLinked);
  }

  private void offerCoursesLinked(Envelope e, SourceRef ref) {
    ctx.cache.offer(Partner.class, e.linked(PARTNERS), ref, WireMapper::partner, Partner::id);
    ctx.cache.offer(
        Instructor.class, e.linked(INSTRUCTORS), ref, WireMapper::instructor, Instructor::id);
  }

  private void offerV1Linked(Envelope e, SourceRef ref) {
    ctx.cache.offer(Partner.class, e.linked("universities"), ref, WireMapper::partner, Partner::id);
    ctx.cache.offer(
        Instructor.class, e.linked("instructors"), ref, WireMapper::instructor, Instructor::id);
    ctx.cache.offer(
        Category.class, e.linked("categories"), ref, WireMapper::category, Category::id);
    // Linked sessions are not cached: the export asks for sessions while it asks for courses, so
    // whether a session came from the cache or from catalog.v1/sessions would depend on timing,
    // and the same data would not always give the same record.
  }

  @Override
  public KeyedResult<SessionId, Session> sessions(Set<SessionId> ids) {
    return cachedThen(
        Session.class,
        ids,
        missing ->
            ctx.byIds(
                V1_SESSIONS,
                missing,
                SessionId::toString,
                w -> ctx.catalogV1.sessions(w, null),
                WireMapper::session,
                HttpCatalog::ignoreLinked));
  }

  @Override
  public KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids) {
    return cachedThen(
        Partner.class,
        ids,
        missing ->
            withV1Fallback(
                ctx.byIds(
                    PARTNERS,
                    missing,
                    PartnerId::value,
                    w -> ctx.courses.partners(w, PARTNER_FIELDS),
                    WireMapper::partner,
                    HttpCatalog::ignoreLinked),
                V1_UNIVERSITIES,
                PartnerId::value,
                w -> ctx.catalogV1.universities(w, null),
                WireMapper::partner));
  }

  @Override
  public KeyedResult<InstructorId, Instructor> instructors(Set<InstructorId> ids) {
    return cachedThen(
        Instructor.class,
        ids,
        missing ->
            withV1Fallback(
                ctx.byIds(
                    INSTRUCTORS,
                    missing,
                    InstructorId::value,
                    w -> ctx.courses.instructors(w, INSTRUCTOR_FIELDS),
                    WireMapper::instructor,
                    HttpCatalog::ignoreLinked),
                V1_INSTRUCTORS,
                InstructorId::value,
                w -> ctx.catalogV1.instructors(w, null),
                WireMapper::instructor));
  }

  @Override
  public KeyedResult<SpecializationId, Specialization> specializations(Set<SpecializationId> ids) {
    return cachedThen(
        Specialization.class,
        ids,
        missing ->
            ctx.byIds(
                SPECIALIZATIONS,
                missing,
                SpecializationId::value,
                w -> ctx.specializations.byIds(w, SPECIALIZATION_FIELDS),
                WireMapper::specialization,
                HttpCatalog::ignoreLinked));
  }

  @Override
  public KeyedResult<CategoryId, Category> categories(Set<CategoryId> ids) {
    return cachedThen(
        Category.class,
        ids,
        missing ->
            ctx.byIds(
                V1_CATEGORIES,
                missing,
                CategoryId::value,
                w -> ctx.catalogV1.categories(w, null),
                WireMapper::category,
                HttpCatalog::ignoreLinked));
  }

  /** Answers what the cache holds, and asks for the rest. */
  private <K extends Comparable<? super K>, V> KeyedResult<K, V> cachedThen(
      Class<V> type, Set<K> ids, Function<List<K>, Context.Keyed<K, V>> fetch) {
    LinkedCache.Split<K, V> split = ctx.cache.lookup(type, ids);
    Map<K, Outcome<V>> outcomes = new TreeMap<>(split.answered());
    List<SourceDocument> documents = new ArrayList<>();
    if (!split.missing().isEmpty()) {
      Context.Keyed<K, V> fetched = fetch.apply(split.missing());
      outcomes.putAll(fetched.outcomes());
      documents.addAll(fetched.documents());
    }
    return new KeyedResult<>(outcomes, documents, ctx.transport());
  }

  /** Asks the v1 catalog for the numeric ids the on-demand catalog did not give. */
  private <K extends Comparable<? super K>, V> Context.Keyed<K, V> withV1Fallback(
      Context.Keyed<K, V> first,
      String resource,
      Function<K, String> wireId,
      Function<String, Response> request,
      Function<ObjectNode, V> map) {
    List<K> retry = new ArrayList<>();
    first
        .outcomes()
        .forEach(
            (k, o) -> {
              if (o.status() != Outcome.Status.FOUND && isNumeric(wireId.apply(k))) {
                retry.add(k);
              }
            });
    if (retry.isEmpty()) {
      return first;
    }
    Context.Keyed<K, V> second =
        ctx.byIds(resource, retry, wireId, request, map, HttpCatalog::ignoreLinked);
    Map<K, Outcome<V>> outcomes = new TreeMap<>(first.outcomes());
    for (K k : retry) {
      outcomes.put(
          k,
          Answers.orElse(
              first.outcomes().getOrDefault(k, Outcome.failed("not asked")),
              second.outcomes().getOrDefault(k, Outcome.failed("not asked"))));
    }
    List<SourceDocument> documents = new ArrayList<>(first.documents());
    documents.addAll(second.documents());
    return new Context.Keyed<>(outcomes, documents);
  }

  private static boolean isNumeric(String id) {
    return !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(Character::isDigit);
  }

  private static void ignoreLinked(Envelope e, SourceRef ref) {
    // nothing of interest arrives linked with this resource
  }

  @Override
  public String toString() {
    return "http catalog";
  }
}
