package io.github.courseport.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Fields;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.client.Reply;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
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
 * The learner's lists, every page followed and counted against the server's total: memberships
 * ({@code memberships.v1}, completed by {@code openCourseMemberships.v1}), v1 enrollments, course
 * lists and specialization memberships.
 */
final class HttpLists implements LearnerListsPort {
  private static final Logger LOG = LoggerFactory.getLogger(HttpLists.class);
  static final String MEMBERSHIPS = "memberships.v1";
  static final String OPEN_MEMBERSHIPS = "openCourseMemberships.v1";
  static final String ENROLLMENTS = "users/v1/me/enrollments";
  static final String SPECIALIZATION_MEMBERSHIPS = "onDemandSpecializationMemberships.v1";
  static final String SPECIALIZATIONS = "onDemandSpecializations.v1";
  static final String COURSE_LISTS = "courseLists.v1";

  static final String MEMBERSHIP_INCLUDES = "courseId,courses.v1";
  static final String MEMBERSHIP_FIELDS =
      Fields.of("userId", "courseId", "role", "timestamp")
          .with("courses.v1", "slug", "name", "courseType")
          .toString();

  private final Context ctx;

  HttpLists(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Fetched<List<Membership>> memberships(UserId user) {
    Context.Listed main =
        ctx.list(
            MEMBERSHIPS,
            start ->
                ctx.memberships.me(
                    MEMBERSHIP_INCLUDES,
                    MEMBERSHIP_FIELDS,
                    "true",
                    "current,preEnrolled",
                    start,
                    ctx.pageSize));
    Context.Listed open =
        ctx.list(
            OPEN_MEMBERSHIPS,
            start -> ctx.memberships.findByUser(Long.toString(user.value()), start, null),
            false);
    List<SourceDocument> documents = new ArrayList<>(main.documents());
    documents.addAll(open.documents());

    Outcome<List<Membership>> fromOpen = mapAll(OPEN_MEMBERSHIPS, open, WireMapper::membership);
    if (main.gap() != null) {
      Outcome<List<Membership>> gap = main.gapAs();
      if (gap.status() == Outcome.Status.UNAVAILABLE) {
        // memberships.v1 is gone: openCourseMemberships.v1 lists the same memberships.
        LOG.warn("{}; using {} instead", gap.reason(), OPEN_MEMBERSHIPS);
        return new Fetched<>(Answers.orElse(gap, fromOpen), documents);
      }
      return new Fetched<>(gap, documents);
    }
    Outcome<List<Membership>> fromMain = mapAll(MEMBERSHIPS, main, WireMapper::membership);
    List<Membership> base = fromMain.found().orElse(null);
    List<Membership> more = fromOpen.found().orElse(null);
    if (base == null || more == null) {
      return new Fetched<>(fromMain, documents);
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
    return new Fetched<>(Outcome.found(enriched, refs.toArray(SourceRef[]::new)), documents);
  }

  @Override
  public Fetched<V1Enrollments> enrollments(UserId user) {
    Reply reply = ctx.http.call(ENROLLMENTS, Expect.COLLECTION, ctx.publicApi::enrollments);
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return new Fetched<>(Answers.gap(reply, ctx.http), reply.documents());
    }
    List<SourceRef> ref = reply.lastRef();
    JsonNode json = data.json();
    if (!json.isObject() || (!json.has("enrollments") && !json.has("courses"))) {
      return new Fetched<>(
          Outcome.unavailable(
              ENROLLMENTS + ": the answer has neither \"courses\" nor \"enrollments\"",
              ref.toArray(SourceRef[]::new)),
          reply.documents());
    }
    try {
      return new Fetched<>(
          Outcome.found(WireMapper.v1Enrollments(json), ref.toArray(SourceRef[]::new)),
          reply.documents());
    } catch (InvalidDataException e) {
      return new Fetched<>(Answers.unreadable(ENROLLMENTS, e, ref, ctx.http), reply.documents());
    }
  }

  @Override
  public Fetched<List<SpecializationMembership>> specializationMemberships(UserId user) {
    Context.Listed listed =
        ctx.list(
            SPECIALIZATION_MEMBERSHIPS,
            start -> ctx.specializations.memberships("s12nId", start, ctx.pageSize));
    for (int i = 0; i < listed.envelopes().size(); i++) {
      Envelope e = listed.envelopes().get(i);
      ctx.cache.offer(
          Specialization.class,
          e.linked(SPECIALIZATIONS),
          listed.refs().get(i),
          WireMapper::specialization,
          Specialization::id);
    }
    return new Fetched<>(
        mapAll(SPECIALIZATION_MEMBERSHIPS, listed, WireMapper::specializationMembership),
        listed.documents());
  }

  @Override
  public Fetched<List<CourseList>> courseLists(UserId user) {
    Context.Listed listed =
        ctx.list(COURSE_LISTS, start -> ctx.courseLists.me(null, start, ctx.pageSize));
    return new Fetched<>(mapAll(COURSE_LISTS, listed, WireMapper::courseList), listed.documents());
  }

  /**
   * The whole list mapped, found on the pages' references; a gap or an unreadable element fails.
   */
  private <T> Outcome<List<T>> mapAll(
      String resource, Context.Listed listed, Function<ObjectNode, T> map) {
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
            ctx.http.redact(resource + ": element " + (i + 1) + ": " + e.userMessage()), refs);
      }
    }
    return Outcome.found(out, refs);
  }

  @Override
  public String toString() {
    return "http lists";
  }
}
