package io.github.courseport.adapters.batch;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.error.UnavailableException;
import io.github.courseport.core.port.CourseFamilyPort;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.SourcePorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every port of one adapter shares: the transport, the requests, the linked cache, and the
 * fallback. Every port call goes through {@link #guarded}: on the batch transport while its
 * endpoint works, on the fallback once it is known to be gone (or an error, in strict mode).
 */
final class BatchContext {
  private static final Logger LOG = LoggerFactory.getLogger(BatchContext.class);

  final BatchTransport transport;
  final Requests requests;
  final LinkedCache cache = new LinkedCache();
  final int maxIdsLength;
  private final @Nullable SourcePorts fallback;
  private final boolean strict;
  private final ExecutorService fallbackPool;
  private final LongAdder fallbacks = new LongAdder();
  private final AtomicBoolean announced = new AtomicBoolean();

  BatchContext(
      BatchTransport transport,
      Requests requests,
      int maxIdsLength,
      @Nullable SourcePorts fallback,
      boolean strict,
      ExecutorService fallbackPool) {
    this.transport = transport;
    this.requests = requests;
    this.maxIdsLength = maxIdsLength;
    this.fallback = fallback;
    this.strict = strict;
    this.fallbackPool = fallbackPool;
  }

  /** Port calls the fallback served. */
  long fallbacks() {
    return fallbacks.sum();
  }

  String redact(String text) {
    return transport.redact(text);
  }

  /**
   * Runs a port call on the batch transport, or on the fallback when the batch endpoint is gone.
   *
   * @param viaBatch the call on the batch transport
   * @param viaFallback the same call on the fallback's ports
   * @param withDocuments the fallback's answer with the documents the batch attempt received
   * @throws UnavailableException when the endpoint is gone and there is no fallback or the adapter
   *     is strict
   */
  <T> T guarded(
      Function<Call, T> viaBatch,
      Function<SourcePorts, T> viaFallback,
      java.util.function.BiFunction<T, List<SourceDocument>, T> withDocuments) {
    List<SourceDocument> received = List.of();
    if (transport.unavailable() == null) {
      Call call = new Call(transport);
      try {
        return viaBatch.apply(call);
      } catch (Call.BatchUnavailable e) {
        received = call.documents();
      }
    }
    SourcePorts ports = fallback;
    String why = String.valueOf(transport.unavailable());
    if (ports == null || strict) {
      throw new UnavailableException(
          "Coursera's batch endpoint (POST /api/batch) is unavailable ("
              + why
              + "). "
              + (strict
                  ? "Strict mode forbids falling back to one request per resource; run without"
                      + " it, or choose the http source, to export anyway."
                  : "No fallback source is configured; choose the http source instead."),
          "batch endpoint unavailable: " + why,
          null);
    }
    if (announced.compareAndSet(false, true)) {
      LOG.warn(
          "The batch endpoint is unavailable ({}): the rest of this run uses the {} source",
          why,
          ports.name());
    }
    fallbacks.increment();
    T answer = viaFallback.apply(ports);
    return received.isEmpty() ? answer : withDocuments.apply(answer, received);
  }

  /** A keyed answer with more documents in front. */
  static <K extends Comparable<? super K>, V> KeyedResult<K, V> withDocuments(
      KeyedResult<K, V> r, List<SourceDocument> documents) {
    List<SourceDocument> all = new ArrayList<>(documents);
    all.addAll(r.documents());
    return new KeyedResult<>(r.outcomes(), all, r.transport());
  }

  /** A single answer with more documents in front. */
  static <T> Fetched<T> withDocuments(Fetched<T> r, List<SourceDocument> documents) {
    List<SourceDocument> all = new ArrayList<>(documents);
    all.addAll(r.documents());
    return new Fetched<>(r.outcome(), all);
  }

  /**
   * A family call on the fallback, one course per call (in parallel), as the HTTP adapter is asked
   * at its default: the same requests, so the same records, as a plain HTTP export.
   */
  <V> KeyedResult<CourseId, V> perCourse(CourseFamilyPort<V> port, FamilyRequest request) {
    Map<CourseId, CourseRef> courses = new LinkedHashMap<>();
    request.courses().forEach(c -> courses.putIfAbsent(c.id(), c));
    if (courses.size() <= 1) {
      return port.fetch(request);
    }
    List<Future<KeyedResult<CourseId, V>>> futures = new ArrayList<>();
    for (CourseRef c : courses.values()) {
      FamilyRequest one = new FamilyRequest(request.user(), List.of(c), request.externalIds());
      futures.add(fallbackPool.submit(() -> port.fetch(one)));
    }
    Map<CourseId, Outcome<V>> outcomes = new TreeMap<>();
    List<SourceDocument> documents = new ArrayList<>();
    String transport = null;
    RuntimeException auth = null;
    RuntimeException other = null;
    for (Future<KeyedResult<CourseId, V>> f : futures) {
      try {
        KeyedResult<CourseId, V> r = f.get();
        outcomes.putAll(r.outcomes());
        documents.addAll(r.documents());
        transport = transport == null ? r.transport() : transport;
      } catch (InterruptedException e) {
        futures.forEach(x -> x.cancel(true));
        Thread.currentThread().interrupt();
        throw new ExportInterruptedException("The export was interrupted.");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof AuthenticationException a) {
          auth = auth == null ? a : auth;
        } else if (cause instanceof RuntimeException r) {
          other = other == null ? r : other;
        } else {
          other = other == null ? new IllegalStateException(cause) : other;
        }
      }
    }
    if (auth != null) {
      throw auth;
    }
    if (other != null) {
      throw other;
    }
    return new KeyedResult<>(outcomes, documents, transport == null ? "none" : transport);
  }
}
