package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.LearnerListsPort;
import io.github.courseport.core.port.V1Enrollments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learner's lists, every page followed (follow-up pages of several lists share a round) and
 * counted against the server's total: memberships ({@code memberships.v1}, completed by {@code
 * openCourseMemberships.v1}), v1 enrollments, course lists and specialization memberships.
 */
final class CourseraLists implements LearnerListsPort {
  private static final Logger LOG = LoggerFactory.getLogger(CourseraLists.class);

  private final ApiContext s;

  CourseraLists(ApiContext s) {
    this.s = s;
  }

  @Override
  public Fetched<List<Membership>> memberships(UserId user) {
    return s.run(call -> memberships(call, user));
  }

  private Fetched<List<Membership>> memberships(Call call, UserId user) {
    String id = Long.toString(user.value());
    List<Call.Listed> both =
        call.lists(
            List.of(
                new Call.ListSpec(Endpoints.MEMBERSHIPS, s.endpoints::memberships, true),
                new Call.ListSpec(
                    Endpoints.OPEN_MEMBERSHIPS,
                    start -> s.endpoints.openMemberships(id, start),
                    false)));
    Call.Listed main = both.get(0);
    Call.Listed open = both.get(1);
    offerLinkedCourses(main);
    Outcome<List<Membership>> fromMain =
        mapAll(
            Endpoints.MEMBERSHIPS,
            main,
            e -> WireMapper.membership(e).alsoListedBy(Endpoints.MEMBERSHIPS));
    Outcome<List<Membership>> fromOpen =
        mapAll(
            Endpoints.OPEN_MEMBERSHIPS,
            open,
            e -> WireMapper.membership(e).alsoListedBy(Endpoints.OPEN_MEMBERSHIPS));
    if (fromMain.status() == Outcome.Status.UNAVAILABLE) {
      LOG.warn("{}; using {} instead", fromMain.reason(), Endpoints.OPEN_MEMBERSHIPS);
      return new Fetched<>(Outcomes.orElse(fromMain, fromOpen), call.documents());
    }
    List<Membership> union =
        union(fromMain.received().orElse(List.of()), fromOpen.received().orElse(List.of()));
    List<SourceRef> refs = new ArrayList<>(fromMain.sources());
    fromOpen.sources().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
    SourceRef[] all = refs.toArray(SourceRef[]::new);
    // The open list only completes the main one: when it is gone, the main list alone is whole.
    boolean openUsable = fromOpen.status() != Outcome.Status.UNAVAILABLE;
    List<String> problems = new ArrayList<>();
    if (fromMain.isGap()) {
      problems.add(fromMain.reason());
    }
    if (fromOpen.isGap() && openUsable) {
      problems.add(fromOpen.reason());
    }
    if (problems.isEmpty()) {
      return new Fetched<>(Outcome.found(union, all), call.documents());
    }
    return new Fetched<>(
        union.isEmpty()
            ? Outcome.failed(String.join("; ", problems), all)
            : Outcome.partial(union, String.join("; ", problems), all),
        call.documents());
  }

  /**
   * Both membership lists as one: a course either names is in it once, the main list's membership
   * completed by the open list's (role and timestamp where it has none), with both lists named.
   * Courses only the open list knows are kept, never dropped.
   */
  private static List<Membership> union(List<Membership> main, List<Membership> open) {
    Map<String, Membership> byId = new HashMap<>();
    Map<CourseId, Membership> byCourse = new HashMap<>();
    for (Membership m : open) {
      byId.putIfAbsent(m.id(), m);
      byCourse.putIfAbsent(m.courseId(), m);
    }
    List<Membership> out = new ArrayList<>(main.size() + open.size());
    Set<CourseId> taken = new HashSet<>();
    for (Membership m : main) {
      Membership o = byId.getOrDefault(m.id(), byCourse.get(m.courseId()));
      if (o == null) {
        out.add(m);
      } else {
        out.add(WireMapper.enrich(m, o));
        taken.add(o.courseId());
      }
      taken.add(m.courseId());
    }
    for (Membership o : open) {
      if (taken.add(o.courseId())) {
        out.add(o);
      }
    }
    return out;
  }

  /** Courses that came linked with memberships: kept, for a course no catalog answers for. */
  private void offerLinkedCourses(Call.Listed listed) {
    for (int i = 0; i < listed.envelopes().size(); i++) {
      s.cache.offer(
          Course.class,
          listed.envelopes().get(i).linked(Endpoints.COURSES),
          listed.refs().get(i),
          WireMapper::courseFromCoursesV1,
          Course::id);
    }
  }

  @Override
  public Fetched<V1Enrollments> enrollments(UserId user) {
    return s.run(this::enrollments);
  }

  private Fetched<V1Enrollments> enrollments(Call call) {
    Reply reply = call.send(List.of(s.endpoints.enrollments())).get(0);
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return new Fetched<>(Outcomes.gap(reply, true, s::redact), call.documents());
    }
    List<SourceRef> ref = reply.lastRef();
    JsonNode json = data.json();
    if (!json.isObject() || (!json.has("enrollments") && !json.has("courses"))) {
      return new Fetched<>(
          Outcome.unavailable(
              Endpoints.ENROLLMENTS + ": the answer has neither \"courses\" nor \"enrollments\"",
              ref.toArray(SourceRef[]::new)),
          call.documents());
    }
    try {
      return new Fetched<>(
          Outcome.found(WireMapper.v1Enrollments(json), ref.toArray(SourceRef[]::new)),
          call.documents());
    } catch (InvalidDataException e) {
      return new Fetched<>(
          Outcomes.unreadable(Endpoints.ENROLLMENTS, e, ref, s::redact), call.documents());
    }
  }

  @Override
  public Fetched<List<SpecializationMembership>> specializationMemberships(UserId user) {
    return s.run(this::specializationMemberships);
  }

  private Fetched<List<SpecializationMembership>> specializationMemberships(Call call) {
    Call.Listed listed =
        call.list(
            new Call.ListSpec(
                Endpoints.SPECIALIZATION_MEMBERSHIPS,
                s.endpoints::specializationMemberships,
                true));
    for (int i = 0; i < listed.envelopes().size(); i++) {
      Envelope e = listed.envelopes().get(i);
      s.cache.offer(
          Specialization.class,
          e.linked(Endpoints.SPECIALIZATIONS),
          listed.refs().get(i),
          WireMapper::specialization,
          Specialization::id);
    }
    return new Fetched<>(
        mapAll(Endpoints.SPECIALIZATION_MEMBERSHIPS, listed, WireMapper::specializationMembership),
        call.documents());
  }

  @Override
  public Fetched<List<CourseList>> courseLists(UserId user) {
    return s.run(this::courseLists);
  }

  private Fetched<List<CourseList>> courseLists(Call call) {
    Call.Listed listed =
        call.list(new Call.ListSpec(Endpoints.COURSE_LISTS, s.endpoints::courseLists, true));
    return new Fetched<>(
        mapAll(Endpoints.COURSE_LISTS, listed, WireMapper::courseList), call.documents());
  }

  /**
   * The whole list mapped, found on the pages' references. A list whose paging broke keeps what
   * arrived: a failure that carries the elements received, never an empty hole. A gap before any
   * element, or an unreadable element, fails.
   */
  private <T> Outcome<List<T>> mapAll(
      String resource, Call.Listed listed, Function<ObjectNode, T> map) {
    Outcome<?> gap = listed.gap();
    if (gap != null && listed.elements().isEmpty()) {
      return listed.gapAs();
    }
    SourceRef[] refs = (gap != null ? gap.sources() : listed.refs()).toArray(SourceRef[]::new);
    List<T> out = new ArrayList<>(listed.elements().size());
    for (int i = 0; i < listed.elements().size(); i++) {
      try {
        out.add(map.apply(listed.elements().get(i)));
      } catch (InvalidDataException e) {
        return Outcome.failed(
            s.redact(resource + ": element " + (i + 1) + ": " + e.userMessage()), refs);
      }
    }
    if (gap != null) {
      return Outcome.partial(out, gap.reason(), refs);
    }
    return Outcome.found(out, refs);
  }

  @Override
  public String toString() {
    return "coursera lists";
  }
}
