package io.github.courseport.export.replay;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Quote;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RecordedAnswers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

/**
 * A transport that never touches the network: it answers each request with the answers an archive
 * stored for it ({@link RawAnswers}), byte for byte and with the time and transport they first came
 * with. Each answer is classified as a live one would be ({@link Verdict#classify}), so the API
 * layer maps, falls back and assembles as in a live export. A request the archive holds no answer
 * to is answered as its route answered another request when that answer said the route is gone (a
 * live export sends no more requests to a gone route, and which request found out depends on the
 * order it asked in), and as gone too when the archive holds no answer of the resource at all (the
 * export that wrote it did not ask it: an older Courseport); any other is refused (not retryable)
 * with a reason that names it: a gap of the rebuilt record.
 */
public final class ReplayExchange implements Exchange {
  /** The name of this transport in {@code run.json}. */
  public static final String NAME = "replay";

  private final RecordedAnswers answers;
  private final BiPredicate<String, String> listed;
  private final Set<String> missing = Collections.synchronizedSet(new LinkedHashSet<>());
  private final AtomicLong requests = new AtomicLong();
  private final Map<String, Optional<SourceDocument>> goneRoutes = new ConcurrentHashMap<>();

  /**
   * The statuses of answers that may say a route is gone: a {@link Verdict.Gone}, or a page instead
   * of JSON ({@link Verdict.Transient#notJson()}) that was still a page after its retries.
   */
  private static final Set<Integer> ROUTE_STATUSES =
      Set.of(200, 203, 300, 301, 302, 303, 307, 308, 400, 404, 405, 410, 501);

  /**
   * Answers from an archive's raw answers.
   *
   * @param archiveName how gap reasons name the archive, e.g. its file name
   */
  public ReplayExchange(RawAnswers answers, String archiveName) {
    this(answers.named(archiveName), answers::lists);
  }

  /**
   * Answers from the raw answers {@code courseport rebuild} hands a plug-in's {@link
   * io.github.courseport.core.port.SourceProvider#replay}: for a plug-in that reads Coursera's API,
   * as the built-in sources do.
   */
  public ReplayExchange(RecordedAnswers answers) {
    this(answers, (resource, request) -> false);
  }

  private ReplayExchange(RecordedAnswers answers, BiPredicate<String, String> listed) {
    this.answers = answers;
    this.listed = listed;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Reply> send(Object owner, List<ApiRequest> requests) {
    requests.forEach(ReadOnly::check);
    List<Reply> out = new ArrayList<>(requests.size());
    for (ApiRequest r : requests) {
      out.add(answer(r));
    }
    return out;
  }

  /**
   * Answers one request from the archive: the answers stored for the same resource and request as
   * recorded ({@link ApiRequest#recorded()}: a POST's body is part of it, so two queries of the
   * gateway are two requests). A request that could write is refused like by every transport.
   */
  public Reply answer(ApiRequest request) {
    ReadOnly.check(request);
    requests.incrementAndGet();
    String recorded = request.recorded();
    List<SourceDocument> documents = answers.answers(request.resource(), recorded);
    if (documents.isEmpty()) {
      Optional<SourceDocument> gone =
          goneRoutes.computeIfAbsent(
              request.resource() + " " + request.expect(), k -> goneAnswer(request));
      if (gone.isPresent()) {
        SourceDocument d = gone.get();
        return new Reply(request.resource(), verdict(d, request), List.of(d), d, 1);
      }
      if (!answers.holdsResource(request.resource())) {
        return new Reply(
            request.resource(),
            new Verdict.Gone(
                "not in the archive: "
                    + answers.archiveName()
                    + " holds no answer of "
                    + request.resource()
                    + " at all (the Courseport that wrote it did not ask it)",
                // as a 404 of the whole resource: asked another way, the archive has none either
                404),
            List.of(),
            null,
            0);
      }
      missing.add(request.resource() + " " + recorded);
      String line =
          request.method() + " " + (request.isGet() ? recorded : Quote.clip(recorded, 300));
      return new Reply(
          request.resource(),
          new Verdict.Refused(
              listed.test(request.resource(), recorded)
                  ? "not in the archive: the answer of "
                      + answers.archiveName()
                      + " to "
                      + line
                      + " is missing or damaged"
                  : "not in the archive: " + answers.archiveName() + " holds no answer to " + line),
          List.of(),
          null,
          0);
    }
    SourceDocument last = documents.get(documents.size() - 1);
    return new Reply(request.resource(), verdict(last, request), documents, last, documents.size());
  }

  private Verdict verdict(SourceDocument answer, ApiRequest request) {
    return answer.status() == 0
        ? new Verdict.Transient(
            "no answer arrived when the archive was exported (recorded in "
                + answers.archiveName()
                + ")")
        : Verdict.classify(
            answer.status(), answer.contentType(), answer.body(), request.expect(), null, null);
  }

  /** The first stored answer of the request's route that says the route is gone, if any. */
  private Optional<SourceDocument> goneAnswer(ApiRequest request) {
    for (SourceDocument d : answers.answersWithStatus(request.resource(), ROUTE_STATUSES)) {
      Verdict v = verdict(d, request);
      if (v instanceof Verdict.Gone) {
        return Optional.of(d);
      }
      if (v instanceof Verdict.Transient t && t.notJson()) {
        // a page is a route gone only when its request never got anything else after it
        List<SourceDocument> all = answers.answers(d.resource(), d.request());
        SourceDocument last = all.isEmpty() ? d : all.get(all.size() - 1);
        if (verdict(last, request) instanceof Verdict.Transient lt && lt.notJson()) {
          return Optional.of(last);
        }
      }
    }
    return Optional.empty();
  }

  /** The requests asked so far. */
  public long requests() {
    return requests.get();
  }

  /** Every request the archive held no answer to, as {@code resource url}, in the order asked. */
  public List<String> missing() {
    synchronized (missing) {
      return List.copyOf(missing);
    }
  }

  @Override
  public String redact(String text) {
    return text; // an archive holds no secret: its requests were redacted when written
  }
}
