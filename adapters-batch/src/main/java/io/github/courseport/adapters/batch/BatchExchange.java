package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.client.HttpExchange;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.error.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch transport under the API layer: the requests of a round (and of the rounds other port
 * calls hand over at the same moment) travel packed into {@code POST /api/batch}. When the batch
 * endpoint turns out to be gone, it says so once and sends those requests, and every later one, on
 * their own through the plain HTTP exchange; in strict mode, or without one, it throws {@link
 * UnavailableException} instead.
 */
final class BatchExchange implements Exchange {
  private static final Logger LOG = LoggerFactory.getLogger(BatchExchange.class);

  private final BatchTransport transport;
  private final @Nullable HttpExchange fallback;
  private final LongAdder fallbacks = new LongAdder();
  private final AtomicBoolean announced = new AtomicBoolean();

  BatchExchange(BatchTransport transport, @Nullable HttpExchange fallback) {
    this.transport = transport;
    this.fallback = fallback;
  }

  /**
   * {@code batch}, or the fallback's name once the batch endpoint is gone: the name of what carries
   * the requests from then on.
   */
  @Override
  public String name() {
    HttpExchange f = fallback;
    return transport.unavailable() != null && f != null ? f.name() : BatchCourseraAdapter.NAME;
  }

  @Override
  public String redact(String text) {
    return transport.redact(text);
  }

  /** Rounds (or parts of rounds) the fallback carried. */
  long fallbacks() {
    return fallbacks.sum();
  }

  /**
   * Sends a round: the GETs packed into batches, any other request (a query of the GraphQL gateway)
   * on its own. Every request is checked against {@link ReadOnly} first: a round holding one that
   * could write sends nothing.
   */
  @Override
  public List<Reply> send(Object owner, List<ApiRequest> requests) {
    requests.forEach(ReadOnly::check);
    if (transport.unavailable() != null) {
      return viaFallback(owner, requests, List.of());
    }
    List<CompletableFuture<SubReply>> futures = transport.submit(owner, requests);
    List<Reply> out = new ArrayList<>(futures.size());
    List<Integer> gone = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      SubReply r = await(futures.get(i));
      out.add(r.reply());
      if (r.batchGone()) {
        gone.add(i);
      }
    }
    if (gone.isEmpty()) {
      return out;
    }
    List<ApiRequest> again = new ArrayList<>(gone.size());
    List<Reply> before = new ArrayList<>(gone.size());
    for (int i : gone) {
      again.add(requests.get(i));
      before.add(out.get(i));
    }
    List<Reply> direct = viaFallback(owner, again, before);
    for (int j = 0; j < gone.size(); j++) {
      out.set(gone.get(j), direct.get(j));
    }
    return out;
  }

  /**
   * Sends requests on their own; each reply keeps the documents its batch attempt received (the
   * answer that showed the endpoint gone) in front of its own.
   */
  private List<Reply> viaFallback(Object owner, List<ApiRequest> requests, List<Reply> before) {
    HttpExchange f = fallback;
    String why = String.valueOf(transport.unavailable());
    if (f == null) {
      throw new UnavailableException(
          "Coursera's batch endpoint (POST /api/batch) is unavailable ("
              + why
              + "). Strict mode forbids falling back to one request per resource; run without"
              + " it, or choose the http source, to export anyway.",
          "batch endpoint unavailable: " + why,
          null);
    }
    if (announced.compareAndSet(false, true)) {
      LOG.warn(
          "The batch endpoint is unavailable ({}): the rest of this run uses the {} source",
          why,
          f.name());
    }
    fallbacks.increment();
    List<Reply> replies = f.send(owner, requests);
    if (before.isEmpty()) {
      return replies;
    }
    List<Reply> out = new ArrayList<>(replies.size());
    for (int i = 0; i < replies.size(); i++) {
      Reply r = replies.get(i);
      List<SourceDocument> documents = new ArrayList<>(before.get(i).documents());
      documents.addAll(r.documents());
      out.add(
          new Reply(r.resource(), r.verdict(), documents, r.last(), r.attempts(), r.evidence()));
    }
    return out;
  }

  private static SubReply await(CompletableFuture<SubReply> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportInterruptedException("The export was interrupted.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public String toString() {
    return "BatchExchange[" + transport + "]";
  }
}
