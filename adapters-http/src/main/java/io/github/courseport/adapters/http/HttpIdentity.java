package io.github.courseport.adapters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Fields;
import io.github.courseport.adapters.http.naptime.client.Reply;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.IdentityPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who the session is: {@code memberships.v1?q=me} (an element's {@code userId}), falling back to
 * {@code adminUserPermissions.v1?q=my} (an element's {@code id}) for learners with no membership or
 * when the first is unavailable. A 401 on either throws: that is the session being refused.
 */
final class HttpIdentity implements IdentityPort {
  static final String MEMBERSHIPS = "memberships.v1";
  static final String PERMISSIONS = "adminUserPermissions.v1";
  static final String PROFILES = "externalBasicProfiles.v1";

  private final Context ctx;

  HttpIdentity(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Fetched<Identity> whoAmI() {
    List<SourceDocument> documents = new ArrayList<>();
    Reply first =
        ctx.http.call(
            MEMBERSHIPS,
            Expect.COLLECTION,
            () -> ctx.memberships.me(null, null, "true", null, null, 1));
    documents.addAll(first.documents());
    Outcome<Identity> viaMemberships = identify(first, MEMBERSHIPS, WireMapper::userIdOfMembership);
    if (viaMemberships.status() == Outcome.Status.FOUND) {
      return new Fetched<>(viaMemberships, documents);
    }
    Reply second =
        ctx.http.call(PERMISSIONS, Expect.COLLECTION, () -> ctx.memberships.myPermissions());
    documents.addAll(second.documents());
    Outcome<Identity> viaPermissions =
        identify(second, PERMISSIONS, WireMapper::userIdOfPermissions);
    return new Fetched<>(Answers.orElse(viaMemberships, viaPermissions), documents);
  }

  private Outcome<Identity> identify(
      Reply reply, String resource, Function<ObjectNode, @Nullable UserId> userOf) {
    if (!reply.isData()) {
      return Answers.gap(reply, ctx.http);
    }
    SourceRef[] ref = reply.lastRef().toArray(SourceRef[]::new);
    try {
      Envelope envelope = Answers.envelope(reply);
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
      return Outcome.unavailable(ctx.http.redact(resource + ": " + e.userMessage()), ref);
    }
  }

  @Override
  public Fetched<LearnerProfile> profile(UserId user) {
    Reply reply =
        ctx.http.call(
            PROFILES,
            Expect.COLLECTION,
            () -> ctx.publicApi.profile(Fields.of("timezone", "locale", "privacy").toString()));
    if (!reply.isData()) {
      return new Fetched<>(Answers.gap(reply, ctx.http), reply.documents());
    }
    List<SourceRef> ref = reply.lastRef();
    SourceRef[] refs = ref.toArray(SourceRef[]::new);
    Envelope envelope;
    try {
      envelope = Answers.envelope(reply);
    } catch (InvalidDataException e) {
      return new Fetched<>(
          Outcome.unavailable(ctx.http.redact(PROFILES + ": " + e.userMessage()), refs),
          reply.documents());
    }
    if (envelope.elements().isEmpty()) {
      return new Fetched<>(Outcome.absent(refs), reply.documents());
    }
    try {
      LearnerProfile profile = WireMapper.profile(envelope.elements().get(0), user);
      return new Fetched<>(Outcome.found(profile, refs), reply.documents());
    } catch (InvalidDataException e) {
      return new Fetched<>(Answers.unreadable(PROFILES, e, ref, ctx.http), reply.documents());
    }
  }

  @Override
  public String toString() {
    return "http identity";
  }
}
