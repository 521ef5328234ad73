package io.github.courseport.adapters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Response;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.Pager;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireElement;
import io.github.courseport.adapters.http.naptime.api.CatalogV1Api;
import io.github.courseport.adapters.http.naptime.api.CourseListsApi;
import io.github.courseport.adapters.http.naptime.api.CoursesApi;
import io.github.courseport.adapters.http.naptime.api.CourseworkApi;
import io.github.courseport.adapters.http.naptime.api.InstructorNotesApi;
import io.github.courseport.adapters.http.naptime.api.LearnerActivityApi;
import io.github.courseport.adapters.http.naptime.api.MembershipsApi;
import io.github.courseport.adapters.http.naptime.api.ProgressApi;
import io.github.courseport.adapters.http.naptime.api.PublicApi;
import io.github.courseport.adapters.http.naptime.api.SpecializationsApi;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.Host;
import io.github.courseport.adapters.http.naptime.client.Reply;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every port of one adapter shares: the transport, the API clients, the fan-out, the cache.
 */
final class Context {
  final CourseraHttp http;
  final FanOut fanOut;
  final LinkedCache cache = new LinkedCache();
  final int pageSize;
  final int maxIdsLength;
  final MembershipsApi memberships;
  final SpecializationsApi specializations;
  final CourseListsApi courseLists;
  final CoursesApi courses;
  final ProgressApi progress;
  final CourseworkApi coursework;
  final InstructorNotesApi notes;
  final LearnerActivityApi activity;
  final PublicApi publicApi;
  final CatalogV1Api catalogV1;

  Context(CourseraHttp http, FanOut fanOut, int pageSize, int maxIdsLength) {
    this.http = http;
    this.fanOut = fanOut;
    this.pageSize = pageSize;
    this.maxIdsLength = maxIdsLength;
    this.memberships = http.api(MembershipsApi.class, Host.WWW);
    this.specializations = http.api(SpecializationsApi.class, Host.WWW);
    this.courseLists = http.api(CourseListsApi.class, Host.WWW);
    this.courses = http.api(CoursesApi.class, Host.WWW);
    this.progress = http.api(ProgressApi.class, Host.WWW);
    this.coursework = http.api(CourseworkApi.class, Host.WWW);
    this.notes = http.api(InstructorNotesApi.class, Host.WWW);
    this.activity = http.api(LearnerActivityApi.class, Host.WWW);
    this.publicApi = http.api(PublicApi.class, Host.API);
    this.catalogV1 = http.api(CatalogV1Api.class, Host.API);
  }

  String transport() {
    return http.transport();
  }

  /**
   * A whole list, page by page.
   *
   * @param gap why the list is not (completely) known, or null when it is
   * @param elements every element of every page
   * @param envelopes the envelope of every page, with {@code refs} the reference of each
   * @param documents every document fetched, failures included
   */
  record Listed(
      @Nullable Outcome<?> gap,
      List<ObjectNode> elements,
      List<Envelope> envelopes,
      List<SourceRef> refs,
      List<SourceDocument> documents) {

    <T> Outcome<T> gapAs() {
      Outcome<?> g = gap;
      if (g == null) {
        throw new IllegalStateException("no gap");
      }
      return g.retype();
    }
  }

  /** Follows the pages of a collection request; {@code page} makes the request from a cursor. */
  Listed list(String resource, Function<@Nullable String, Response> page) {
    return list(resource, page, true);
  }

  /**
   * Follows the pages of a collection request.
   *
   * @param authFatal whether a 401 throws (the list matters) or is only a gap (an optional list)
   */
  Listed list(String resource, Function<@Nullable String, Response> page, boolean authFatal) {
    List<SourceDocument> documents = new ArrayList<>();
    List<Envelope> envelopes = new ArrayList<>();
    List<SourceRef> refs = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Pager.Paged<Reply> paged =
        Pager.follow(
            start -> http.call(resource, Expect.COLLECTION, () -> page.apply(start)),
            reply -> {
              documents.addAll(reply.documents());
              if (!reply.isData()) {
                if (authFatal) {
                  Answers.checkAuthenticated(reply, http);
                }
                return null;
              }
              try {
                Envelope e = Answers.envelope(reply);
                envelopes.add(e);
                refs.addAll(reply.lastRef());
                return e;
              } catch (InvalidDataException ex) {
                unreadable.add(ex.userMessage());
                return null;
              }
            });
    Outcome<?> gap = null;
    if (paged.failedPage()) {
      Reply last = paged.pages().get(paged.pages().size() - 1);
      SourceRef[] lastRef = last.lastRef().toArray(SourceRef[]::new);
      if (!unreadable.isEmpty()) {
        gap = Outcome.unavailable(http.redact(resource + ": " + unreadable.get(0)), lastRef);
      } else if (paged.pages().size() == 1) {
        gap = Answers.gap(last, http, authFatal);
      } else {
        Outcome<?> pageGap = Answers.gap(last, http, authFatal);
        List<SourceRef> all = new ArrayList<>(refs);
        all.addAll(pageGap.sources());
        gap =
            Outcome.failed(
                http.redact(
                    resource
                        + ": page "
                        + paged.pages().size()
                        + " of the list failed after "
                        + paged.elements().size()
                        + " elements ("
                        + pageGap.reason()
                        + ")"),
                all.toArray(SourceRef[]::new));
      }
    } else if (!paged.complete()) {
      gap =
          Outcome.failed(
              http.redact(resource + ": " + paged.problem()), refs.toArray(SourceRef[]::new));
    }
    return new Listed(gap, paged.elements(), envelopes, refs, documents);
  }

  /**
   * The outcome per key of an {@code ids=} look-up, and every document fetched.
   *
   * @param outcomes one outcome per key asked
   * @param multiGetRefused the keys whose {@code ids=} request was refused as a route (405, a
   *     routing error, an HTML page) rather than as a gone resource (404): asking them one by one
   *     may still work
   */
  record Keyed<K, V>(
      Map<K, Outcome<V>> outcomes, List<SourceDocument> documents, Set<K> multiGetRefused) {
    Keyed(Map<K, Outcome<V>> outcomes, List<SourceDocument> documents) {
      this(outcomes, documents, Set.of());
    }
  }

  /**
   * Looks keys up with {@code ids=} requests in URL-sized chunks, in parallel. A key whose element
   * did not come back is absent; an element that cannot be read fails its key.
   *
   * @param wireId the id as the endpoint knows it
   * @param request makes the request for one {@code ids=} value
   * @param map reads an element
   * @param linked receives each chunk's envelope and reference, in chunk order, for caching
   */
  <K extends Comparable<? super K>, V> Keyed<K, V> byIds(
      String resource,
      Collection<K> keys,
      Function<K, String> wireId,
      Function<String, Response> request,
      Function<ObjectNode, V> map,
      BiConsumer<Envelope, SourceRef> linked) {
    return byIds(resource, keys, wireId, request, (k, e) -> map.apply(e), linked);
  }

  /**
   * Like {@link #byIds(String, Collection, Function, Function, Function, BiConsumer)}, with a
   * mapping that is told the key of the element.
   */
  <K extends Comparable<? super K>, V> Keyed<K, V> byIds(
      String resource,
      Collection<K> keys,
      Function<K, String> wireId,
      Function<String, Response> request,
      BiFunction<K, ObjectNode, V> map,
      BiConsumer<Envelope, SourceRef> linked) {
    Map<K, Outcome<V>> outcomes = new TreeMap<>();
    List<SourceDocument> documents = new ArrayList<>();
    Set<K> refused = new java.util.TreeSet<>();
    if (keys.isEmpty()) {
      return new Keyed<>(outcomes, documents, refused);
    }
    Map<String, K> byWire = new LinkedHashMap<>();
    keys.stream().sorted().forEach(k -> byWire.putIfAbsent(wireId.apply(k), k));
    List<List<String>> chunks = NaptimeIds.chunks(new ArrayList<>(byWire.keySet()), maxIdsLength);
    List<Reply> replies =
        fanOut.map(
            chunks,
            chunk ->
                http.call(
                    resource, Expect.COLLECTION, () -> request.apply(NaptimeIds.join(chunk))));
    for (int i = 0; i < chunks.size(); i++) {
      List<String> chunk = chunks.get(i);
      Reply reply = replies.get(i);
      documents.addAll(reply.documents());
      if (!reply.isData()) {
        Outcome<V> gap = Answers.gap(reply, http);
        boolean routeRefused =
            reply.verdict() instanceof Verdict.Gone
                && (reply.last() == null || reply.last().status() != 404);
        for (String w : chunk) {
          outcomes.put(byWire.get(w), gap);
          if (routeRefused) {
            refused.add(byWire.get(w));
          }
        }
        continue;
      }
      Envelope envelope;
      try {
        envelope = Answers.envelope(reply);
      } catch (InvalidDataException e) {
        Outcome<V> bad =
            Outcome.unavailable(
                http.redact(resource + ": " + e.userMessage()),
                reply.lastRef().toArray(SourceRef[]::new));
        chunk.forEach(w -> outcomes.put(byWire.get(w), bad));
        continue;
      }
      SourceRef ref = reply.lastRef().get(0);
      Set<String> wanted = new HashSet<>(chunk);
      boolean anonymousFailure = false;
      String anonymousReason = "";
      for (ObjectNode element : envelope.elements()) {
        String id = WireElement.of(element).text("id");
        if (id == null || !wanted.contains(id)) {
          if (id == null) {
            anonymousFailure = true;
            anonymousReason = "an element without an id came back";
          }
          continue;
        }
        K key = byWire.get(id);
        if (outcomes.containsKey(key)) {
          continue; // the first element of an id wins
        }
        try {
          outcomes.put(key, Outcome.found(map.apply(key, element), ref));
        } catch (InvalidDataException e) {
          outcomes.put(key, Answers.unreadable(resource, e, List.of(ref), http));
        }
      }
      for (String w : chunk) {
        K key = byWire.get(w);
        if (!outcomes.containsKey(key)) {
          outcomes.put(
              key,
              anonymousFailure
                  ? Outcome.failed(http.redact(resource + ": " + anonymousReason), ref)
                  : Outcome.absent(ref));
        }
      }
      linked.accept(envelope, ref);
    }
    return new Keyed<>(outcomes, documents, refused);
  }
}
