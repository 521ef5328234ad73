package io.github.courseport.adapters.http.coursera;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.IdentityPort;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who the session is: {@code memberships.v1?q=me} (an element's {@code userId}), then {@code
 * adminUserPermissions.v1?q=my} (an element's {@code id}) when the first names nobody. A 401 on
 * either throws: that is the session being refused.
 */
final class CourseraIdentity implements IdentityPort {
  private final ApiContext s;

  CourseraIdentity(ApiContext s) {
    this.s = s;
  }

  @Override
  public Fetched<Identity> whoAmI() {
    return s.run(this::whoAmI);
  }

  private Fetched<Identity> whoAmI(Call call) {
    Reply first = call.send(List.of(s.endpoints.whoAmIByMemberships())).get(0);
    Outcome<Identity> viaMemberships =
        identify(first, Endpoints.MEMBERSHIPS, WireMapper::userIdOfMembership);
    if (viaMemberships.status() == Outcome.Status.FOUND) {
      return new Fetched<>(viaMemberships, call.documents());
    }
    Reply second = call.send(List.of(s.endpoints.whoAmIByPermissions())).get(0);
    Outcome<Identity> viaPermissions =
        identify(second, Endpoints.PERMISSIONS, WireMapper::userIdOfPermissions);
    return new Fetched<>(Outcomes.orElse(viaMemberships, viaPermissions), call.documents());
  }

  private Outcome<Identity> identify(
      Reply reply, String resource, Function<ObjectNode, @Nullable UserId> userOf) {
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return Outcomes.gap(reply, true, s::redact);
    }
    SourceRef[] ref = reply.lastRef().toArray(SourceRef[]::new);
    try {
      Envelope envelope = Envelope.parse(data.json());
      for (ObjectNode element : envelope.elements()) {
        UserId user = userOf.apply(element);
        if (user != null) {
          return Outcome.found(new Identity(user, resource, null), ref);
        }
      }
      return Outcome.unavailable(
          resource
              + ": no element names the session's user"
              + (envelope.elements().isEmpty() ? " (the list is empty)" : ""),
          ref);
    } catch (InvalidDataException e) {
      return Outcome.unavailable(s.redact(resource + ": " + e.userMessage()), ref);
    }
  }

  @Override
  public Fetched<LearnerProfile> profile(UserId user) {
    return s.run(call -> profile(call, user));
  }

  private Fetched<LearnerProfile> profile(Call call, UserId user) {
    Reply reply = call.send(List.of(s.endpoints.profile())).get(0);
    if (!(reply.verdict() instanceof Verdict.Data data)) {
      return new Fetched<>(Outcomes.gap(reply, true, s::redact), call.documents());
    }
    List<SourceRef> ref = reply.lastRef();
    try {
      Envelope envelope = Envelope.parse(data.json());
      if (envelope.elements().isEmpty()) {
        return new Fetched<>(Outcome.absent(ref.toArray(SourceRef[]::new)), call.documents());
      }
      LearnerProfile profile = WireMapper.profile(envelope.elements().get(0), user);
      return new Fetched<>(Outcome.found(profile, ref.toArray(SourceRef[]::new)), call.documents());
    } catch (InvalidDataException e) {
      return new Fetched<>(
          Outcomes.unreadable(Endpoints.PROFILES, e, ref, s::redact), call.documents());
    }
  }

  @Override
  public String toString() {
    return "coursera identity";
  }
}
