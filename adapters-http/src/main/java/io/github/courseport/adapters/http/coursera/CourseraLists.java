package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
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
import java.util.List;
import java.util.Map;
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
    Outcome<List<Membership>> fromOpen =
        mapAll(Endpoints.OPEN_MEMBERSHIPS, open, WireMapper::membership);
    if (main.gap() != null) {
      Outcome<List<Membership>> gap = main.gapAs();
      if (gap.status() == Outcome.Status.UNAVAILABLE) {
        LOG.warn("{}; using {} instead", gap.reason(), Endpoints.OPEN_MEMBERSHIPS);
        return new Fetched<>(Outcomes.orElse(gap, fromOpen), call.documents());
      }
      return new Fetched<>(gap, call.documents());
    }
    Outcome<List<Membership>> fromMain =
        mapAll(Endpoints.MEMBERSHIPS, main, WireMapper::membership);
    List<Membership> base = fromMain.found().orElse(null);
    List<Membership> more = fromOpen.found().orElse(null);
    if (base == null || more == null) {
      return new Fetched<>(fromMain, call.documents());
    }
    Map<String, Membership> byId = new HashMap<>();
    Map<CourseId, Membership> byCourse = new HashMap<>();
    for (Membership m : more) {
      byId.putIfAbsent(m.id(), m);
      byCourse.putIfAbsent(m.courseId(), m);
    }
    List<Membership> enriched = new ArrayList<>(base.size());
    for (Membership m : base) {
      Membership o = byId.getOrDefault(m.id(), byCourse.get(m.courseId()));
      enriched.add(o == null ? m : WireMapper.enrich(m, o));
    }
    List<SourceRef> refs = new ArrayList<>(main.refs());
    refs.addAll(open.refs());
    return new Fetched<>(Outcome.found(enriched, refs.toArray(SourceRef[]::new)), call.documents());
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

  /** The whole list mapped, found on the pages' references; a gap or an unreadable one fails. */
  private <T> Outcome<List<T>> mapAll(
      String resource, Call.Listed listed, Function<ObjectNode, T> map) {
    if (listed.gap() != null) {
      return listed.gapAs();
    }
    SourceRef[] refs = listed.refs().toArray(SourceRef[]::new);
    List<T> out = new ArrayList<>(listed.elements().size());
    for (int i = 0; i < listed.elements().size(); i++) {
      try {
        out.add(map.apply(listed.elements().get(i)));
      } catch (InvalidDataException e) {
        return Outcome.failed(
            s.redact(resource + ": element " + (i + 1) + ": " + e.userMessage()), refs);
      }
    }
    return Outcome.found(out, refs);
  }

  @Override
  public String toString() {
    return "coursera lists";
  }
}
