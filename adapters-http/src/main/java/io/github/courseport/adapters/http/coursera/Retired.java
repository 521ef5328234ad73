package io.github.courseport.adapters.http.coursera;

import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.port.CatalogPort;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.IdentityPort;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.LearnerListsPort;
import io.github.courseport.core.port.V1Enrollments;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The edge of the API layer: a part whose every route is gone for the run (each answered the web
 * app's page after its retries, a 404 of the whole resource, a 405 or a routing error, and no other
 * route of it answered) is something today's Coursera does not serve any more, not a gap that a
 * later run could fill. It leaves the ports as {@link Outcome.Status#NOT_CARRIED}, with the reason
 * that names each route and what it said; the export stays complete and the report names each
 * resource once. Inside the layer such outcomes stay {@code UNAVAILABLE}, so that fallbacks still
 * see them as the route refusing. The session's identity is left alone: without it there is no
 * export at all.
 */
final class Retired {
  private Retired() {}

  /** The outcome as the ports give it. */
  static <V> Outcome<V> edge(Outcome<V> o) {
    return Outcomes.routeGone(o) ? Outcome.notCarried(o.reason()) : o;
  }

  static <V> Fetched<V> edge(Fetched<V> f) {
    return new Fetched<>(edge(f.outcome()), f.documents());
  }

  static <K extends Comparable<? super K>, V> KeyedResult<K, V> edge(KeyedResult<K, V> r) {
    Map<K, Outcome<V>> out = new TreeMap<>();
    r.outcomes().forEach((k, o) -> out.put(k, edge(o)));
    return new KeyedResult<>(out, r.documents(), r.transport());
  }

  static IdentityPort identity(IdentityPort p) {
    return new IdentityPort() {
      @Override
      public Fetched<Identity> whoAmI() {
        return p.whoAmI();
      }

      @Override
      public Fetched<LearnerProfile> profile(UserId user) {
        return edge(p.profile(user));
      }

      @Override
      public String toString() {
        return p.toString();
      }
    };
  }

  static LearnerListsPort lists(LearnerListsPort p) {
    return new LearnerListsPort() {
      @Override
      public Fetched<List<Membership>> memberships(UserId user) {
        return edge(p.memberships(user));
      }

      @Override
      public Fetched<V1Enrollments> enrollments(UserId user) {
        return edge(p.enrollments(user));
      }

      @Override
      public Fetched<List<SpecializationMembership>> specializationMemberships(UserId user) {
        return edge(p.specializationMemberships(user));
      }

      @Override
      public Fetched<List<CourseList>> courseLists(UserId user) {
        return edge(p.courseLists(user));
      }

      @Override
      public String toString() {
        return p.toString();
      }
    };
  }

  static CatalogPort catalog(CatalogPort p) {
    return new CatalogPort() {
      @Override
      public KeyedResult<CourseId, Course> courses(Set<CourseId> ids) {
        return edge(p.courses(ids));
      }

      @Override
      public KeyedResult<SessionId, Session> sessions(Set<SessionId> ids) {
        return edge(p.sessions(ids));
      }

      @Override
      public KeyedResult<PartnerId, Partner> partners(Set<PartnerId> ids) {
        return edge(p.partners(ids));
      }

      @Override
      public KeyedResult<InstructorId, Instructor> instructors(Set<InstructorId> ids) {
        return edge(p.instructors(ids));
      }

      @Override
      public KeyedResult<SpecializationId, Specialization> specializations(
          Set<SpecializationId> ids) {
        return edge(p.specializations(ids));
      }

      @Override
      public KeyedResult<CategoryId, Category> categories(Set<CategoryId> ids) {
        return edge(p.categories(ids));
      }

      @Override
      public String toString() {
        return p.toString();
      }
    };
  }

  static Map<CourseFamily<?>, CourseFamilyPort<?>> families(
      Map<CourseFamily<?>, CourseFamilyPort<?>> ports) {
    Map<CourseFamily<?>, CourseFamilyPort<?>> out = new TreeMap<>();
    ports.forEach((family, port) -> out.put(family, family(port)));
    return out;
  }

  private static <V> CourseFamilyPort<V> family(CourseFamilyPort<V> port) {
    return CourseFamilyPort.of(port.family(), request -> edge(port.fetch(request)));
  }
}
