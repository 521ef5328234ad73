package io.github.courseport.adapters.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.adapters.http.naptime.client.CourseraHttp;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs sub-requests into {@code POST /api/batch} requests and unpacks the answers.
 *
 * <p>Port calls submit their sub-requests to one shared queue; up to {@code batchesInFlight}
 * batches travel at once, each with at most {@code maxSubRequests} sub-requests and {@code
 * maxBodyBytes} of body. A batch that is not full waits up to {@code linger} for company (so that
 * the small calls the export makes at the same moment share one request), unless a batch is full.
 * Each batch request goes through the shared {@link CourseraHttp} transport, so it obeys the same
 * rate limiter, bulkhead, circuit breaker and retry policy as the HTTP adapter: a batch answered
 * 429, 5xx, reset or truncated is sent again as a whole.
 *
 * <p>A batch is not all-or-nothing: each sub-response is classified on its own ({@link
 * Verdict#classify}); a transient one (429, 5xx, a missing or truncated sub-response, an HTML page
 * for its first tries) is queued again, after the policy's backoff (or its {@code Retry-After}), to
 * travel in a later batch, while the rest are answered. A batch endpoint that turns out gone (404,
 * 405, an HTML page still there after the policy's HTML attempts, an answer that is no batch
 * answer) is reported once and marks the transport unavailable: every queued and later sub-request
 * is answered {@code batchGone}, and the port calls go to their fallback.
 *
 * <p>Requests for the api host travel in batches only when both hosts are the same origin (the
 * batch endpoint of www cannot reach api.coursera.org); otherwise they are sent on their own
 * through the same transport. So is every request that is not a GET (the GraphQL gateway's
 * queries): a batch carries GETs only (its bytes are checked once more by the HTTP client before
 * they leave, {@link ReadOnly}).
 */
final class BatchTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BatchTransport.class);

  /** The resource name of the batch endpoint (documents, logs, circuit breaker, fake server). */
  static final String RESOURCE = "batch";

  /** The method of a sub-request's document. */
  static final String SUB_METHOD = "BATCH GET";

  /**
   * How batches are packed and retried.
   *
   * @param maxSubRequests at most this many sub-requests per batch
   * @param maxBodyBytes at most this many bytes of batch body (a larger sub-request travels alone)
   * @param linger how long a batch that is not full waits for more sub-requests
   * @param batchesInFlight at most this many batch requests at once
   * @param apiHostInBatch whether api-host requests travel in batches
   * @param policy retries of sub-requests (whole batches are retried by the transport)
   */
  record Settings(
      int maxSubRequests,
      int maxBodyBytes,
      Duration linger,
      int batchesInFlight,
      boolean apiHostInBatch,
      RetryPolicy policy) {}

  private final CourseraHttp http;
  private final BatchApi api;
  private final Settings settings;
  private final long lingerNanos;
  private final ExecutorService senders;
  private final ScheduledExecutorService timer;
  private final Deque<Pending> ready = new ArrayDeque<>();
  private final PriorityQueue<Pending> waiting =
      new PriorityQueue<>(Comparator.comparingLong((Pending p) -> p.readyAt));
  private int inFlight;
  private long wakeAt;
  private boolean closed;
  private volatile @Nullable String unavailable;
  private final LongAdder subRequests = new LongAdder();
  private final LongAdder subRetries = new LongAdder();
  private final LongAdder directRequests = new LongAdder();

  BatchTransport(CourseraHttp http, Settings settings) {
    this.http = http;
    this.api = http.api(BatchApi.class, Host.WWW);
    this.settings = settings;
    this.lingerNanos = settings.linger().toNanos();
    this.senders = Executors.newCachedThreadPool(daemons("courseport-batch"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemons("courseport-batch-timer"));
  }

  /** Why the batch endpoint is unavailable, or null while it works. */
  @Nullable String unavailable() {
    return unavailable;
  }

  /** Sub-requests sent inside batches so far (each attempt counts). */
  long subRequests() {
    return subRequests.sum();
  }

  /** Sub-requests sent again in a later batch. */
  long subRequestRetries() {
    return subRetries.sum();
  }

  /** Requests sent on their own (api-host requests when the hosts differ), each attempt counted. */
  long directRequests() {
    return directRequests.sum();
  }

  String redact(String text) {
    return http.redact(text);
  }

  /**
   * Queues sub-requests and returns their replies to come, in the same order.
   *
   * @param owner the port call they belong to: each port call gets its own copy of the failed
   *     whole-batch answers its sub-requests travelled in
   */
  List<CompletableFuture<SubReply>> submit(Object owner, List<ApiRequest> requests) {
    List<Pending> all = new ArrayList<>(requests.size());
    List<Pending> direct = new ArrayList<>();
    List<Pending> refused = new ArrayList<>();
    synchronized (this) {
      long now = System.nanoTime();
      for (ApiRequest r : requests) {
        Pending p = new Pending(r, owner);
        all.add(p);
        if (!r.isGet() || (r.host() == Host.API && !settings.apiHostInBatch())) {
          // A POST that reads (a GraphQL query) is never packed: the batch carries GETs only.
          direct.add(p);
        } else if (closed || unavailable != null) {
          refused.add(p);
        } else {
          p.queuedAt = now;
          ready.addLast(p);
        }
      }
    }
    for (Pending p : direct) {
      execute(() -> direct(p), () -> complete(p, transientVerdict("the adapter is closed")));
    }
    refused.forEach(this::refuse);
    pump();
    List<CompletableFuture<SubReply>> out = new ArrayList<>(all.size());
    all.forEach(p -> out.add(p.future));
    return out;
  }

  // ---- packing ----

  /** Sends whatever batches are due, and schedules the next look when something must wait. */
  private void pump() {
    List<List<Pending>> toSend = new ArrayList<>();
    List<Pending> refused = new ArrayList<>();
    synchronized (this) {
      long now = System.nanoTime();
      while (!waiting.isEmpty() && waiting.peek().readyAt <= now) {
        Pending p = waiting.poll();
        p.queuedAt = p.readyAt;
        ready.addLast(p);
      }
      if (closed || unavailable != null) {
        refused.addAll(ready);
        refused.addAll(waiting);
        ready.clear();
        waiting.clear();
      }
      while (inFlight < settings.batchesInFlight() && !ready.isEmpty()) {
        int count = 0;
        long bytes = 2; // {}
        boolean full = false;
        for (Pending p : ready) {
          long add = (long) p.size + Integer.toString(count).length() + 3 + (count > 0 ? 1 : 0);
          if (count > 0 && bytes + add > settings.maxBodyBytes()) {
            full = true;
            break;
          }
          bytes += add;
          count++;
          if (count == settings.maxSubRequests()) {
            full = true;
            break;
          }
        }
        long oldest = ready.peekFirst().queuedAt;
        if (!full && lingerNanos > 0 && now - oldest < lingerNanos) {
          wake(oldest + lingerNanos, now);
          break;
        }
        List<Pending> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          batch.add(ready.pollFirst());
        }
        inFlight++;
        toSend.add(batch);
      }
      if (!waiting.isEmpty()) {
        wake(waiting.peek().readyAt, now);
      }
    }
    for (List<Pending> batch : toSend) {
      execute(
          () -> send(batch),
          () -> {
            synchronized (this) {
              inFlight--;
            }
            batch.forEach(p -> complete(p, transientVerdict("the adapter is closed")));
          });
    }
    refused.forEach(this::refuse);
  }

  /** Schedules a pump at a time (nanoTime), unless one is due earlier. Holds the lock. */
  private void wake(long at, long now) {
    if (wakeAt != 0 && wakeAt <= at) {
      return;
    }
    wakeAt = at;
    try {
      ScheduledFuture<?> unused =
          timer.schedule(
              () -> {
                synchronized (this) {
                  if (wakeAt == at) {
                    wakeAt = 0;
                  }
                }
                pump();
              },
              Math.max(0, at - now),
              TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      wakeAt = 0; // closed
    }
  }

  // ---- sending and unpacking ----

  private void send(List<Pending> batch) {
    try {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      long now = System.nanoTime();
      for (int i = 0; i < batch.size(); i++) {
        Pending p = batch.get(i);
        body.set(Integer.toString(i), entry(p.request));
        p.attempts++;
        if (p.attempts == 1) {
          p.firstSent = now;
        } else {
          subRetries.increment();
        }
      }
      subRequests.add(batch.size());
      Reply reply = http.call(RESOURCE, Expect.COLLECTION, () -> api.send(body));
      settle(batch, reply);
    } catch (RuntimeException e) {
      LOG.warn("a batch could not be handled: {}", e.getClass().getSimpleName());
      batch.forEach(
          p ->
              complete(
                  p,
                  transientVerdict(
                      "the batch answer could not be handled ("
                          + e.getClass().getSimpleName()
                          + ")")));
    } finally {
      synchronized (this) {
        inFlight--;
      }
      pump();
    }
  }

  private void settle(List<Pending> batch, Reply reply) {
    Verdict verdict = reply.verdict();
    List<SourceDocument> answers = reply.documents();
    SourceDocument lastAnswer = reply.last();
    if (verdict instanceof Verdict.Data && lastAnswer != null) {
      // The answers before the last one are failed attempts of the whole batch: evidence.
      hand(batch, answers.subList(0, Math.max(0, answers.size() - 1)), false);
      Map<String, BatchAnswer.Sub> subs;
      try {
        subs = BatchAnswer.parse(lastAnswer.body());
      } catch (BatchAnswer.NotABatchAnswer e) {
        List<SourceDocument> evidence = new ArrayList<>();
        evidence.add(lastAnswer);
        markUnavailable("it answered HTTP " + lastAnswer.status() + ", but " + e.getMessage());
        hand(batch, evidence, true);
        batch.forEach(this::refuse);
        return;
      }
      int again = 0;
      for (int i = 0; i < batch.size(); i++) {
        if (settleOne(batch.get(i), subs.get(Integer.toString(i)), lastAnswer.fetchedAt())) {
          again++;
        }
      }
      LOG.debug("batch of {} sub-requests answered; {} of them queued again", batch.size(), again);
      return;
    }
    hand(batch, answers, true);
    // Gone, or still an HTML page after the policy's HTML attempts (a page that came once was
    // retried away by the transport): the batch endpoint is not there.
    if (verdict instanceof Verdict.Gone
        || (verdict instanceof Verdict.Transient t && t.notJson())) {
      markUnavailable(http.redact(verdict.reason()));
      batch.forEach(this::refuse);
      return;
    }
    String how = " (" + reply.attempts() + (reply.attempts() == 1 ? " attempt)" : " attempts)");
    Verdict each;
    if (verdict instanceof Verdict.Unauthenticated u) {
      each = new Verdict.Unauthenticated("the batch request was refused: " + u.reason());
    } else if (verdict instanceof Verdict.Denied d) {
      each = new Verdict.Denied("the batch request was refused: " + d.reason());
    } else if (verdict instanceof Verdict.Transient t) {
      each = new Verdict.Transient("the batch request carrying it failed: " + t.reason() + how);
    } else {
      each = new Verdict.Refused("the batch request was refused: " + verdict.reason());
    }
    batch.forEach(p -> complete(p, each));
  }

  /**
   * Hands whole-batch answers to the sub-requests: one copy to the first sub-request of each port
   * call (so every call's result carries the documents its outcomes may cite), and, when the batch
   * failed, their references to every sub-request as evidence.
   */
  private void hand(List<Pending> batch, List<SourceDocument> answers, boolean asEvidence) {
    if (answers.isEmpty()) {
      return;
    }
    Set<Object> owners = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Pending p : batch) {
      if (owners.add(p.owner)) {
        answers.forEach(d -> p.documents.add(copy(d)));
      }
      if (asEvidence) {
        answers.forEach(d -> p.evidence.add(d.ref()));
      }
    }
  }

  /** Settles one sub-response; true when the sub-request was queued again. */
  private boolean settleOne(Pending p, BatchAnswer.@Nullable Sub sub, Instant at) {
    Verdict verdict;
    SourceDocument document = null;
    if (sub == null) {
      verdict = transientVerdict("the batch answer has no sub-response for it");
    } else {
      Integer s = sub.status();
      int status = s == null ? 200 : s;
      String type = sub.header("Content-Type");
      if (type == null && sub.json()) {
        type = "application/json";
      }
      document =
          new SourceDocument(
              p.request.resource(),
              SUB_METHOD,
              http.redact(p.request.url()),
              status,
              at,
              http.transport(),
              type,
              sub.body());
      verdict =
          Verdict.classify(
              status,
              type,
              sub.body(),
              p.request.expect(),
              sub.header("Retry-After"),
              sub.header("Location"));
    }
    p.last = document;
    if (document != null) {
      p.documents.add(document);
    }
    if (settings.policy().retries(verdict, p.attempts)) {
      long now = System.nanoTime();
      long remaining = settings.policy().budget().toNanos() - (now - p.firstSent);
      if (remaining > 0) {
        long wait = Math.min(waitBefore(p.attempts, verdict), remaining);
        synchronized (this) {
          p.readyAt = now + wait;
          waiting.add(p);
        }
        return true;
      }
    }
    complete(p, verdict);
    return false;
  }

  /** Full jitter below the backoff ceiling, or the sub-response's capped Retry-After. */
  private long waitBefore(int retry, Verdict verdict) {
    RetryPolicy policy = settings.policy();
    Duration retryAfter = verdict instanceof Verdict.Transient t ? t.retryAfter() : null;
    if (retryAfter != null) {
      return Math.min(retryAfter.toNanos(), policy.maxRetryAfter().toNanos());
    }
    long ceiling = policy.backoffCeiling(retry).toNanos();
    return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  private void direct(Pending p) {
    Reply r;
    try {
      r = http.call(p.request);
    } catch (RuntimeException e) {
      complete(p, transientVerdict("not sent: " + e.getClass().getSimpleName()));
      return;
    }
    directRequests.add(r.attempts());
    p.attempts = r.attempts();
    p.documents.addAll(r.documents());
    p.last = r.last();
    p.future.complete(
        new SubReply(
            new Reply(p.request.resource(), r.verdict(), p.documents, p.last, p.attempts), false));
  }

  // ---- ends ----

  private void complete(Pending p, Verdict verdict) {
    if (p.future.isDone()) {
      return;
    }
    if (p.last == null && p.attempts > 0 && p.evidence.isEmpty()) {
      // Sent, but nothing came back for it: record the request that failed.
      SourceDocument none =
          new SourceDocument(
              p.request.resource(),
              SUB_METHOD,
              http.redact(p.request.url()),
              0,
              Instant.now(),
              http.transport(),
              null,
              new byte[0]);
      p.documents.add(none);
      p.last = none;
    }
    p.future.complete(new SubReply(reply(p, verdict), false));
  }

  private void refuse(Pending p) {
    String why = unavailable;
    p.future.complete(
        new SubReply(
            reply(
                p,
                new Verdict.Gone(
                    why == null
                        ? "the batch adapter is closed"
                        : "the batch endpoint is unavailable")),
            why != null));
  }

  private static Reply reply(Pending p, Verdict verdict) {
    return new Reply(p.request.resource(), verdict, p.documents, p.last, p.attempts, p.evidence);
  }

  private void markUnavailable(String reason) {
    boolean first;
    synchronized (this) {
      first = unavailable == null;
      if (first) {
        unavailable = reason;
      }
    }
    if (first) {
      LOG.warn(
          "Coursera's batch endpoint (POST /api/batch) is unavailable: {}. It is not asked again"
              + " in this run.",
          reason);
    }
    pump();
  }

  private static Verdict transientVerdict(String reason) {
    return new Verdict.Transient(reason);
  }

  private void execute(Runnable task, Runnable onRejected) {
    try {
      senders.execute(task);
    } catch (RejectedExecutionException e) {
      onRejected.run();
    }
  }

  private static SourceDocument copy(SourceDocument d) {
    return new SourceDocument(
        d.resource(),
        d.method(),
        d.request(),
        d.status(),
        d.fetchedAt(),
        d.transport(),
        d.contentType(),
        d.body());
  }

  /** A sub-request as a batch body carries it: {@code {"method", "url", "headers"}}. */
  static ObjectNode entry(ApiRequest request) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("method", "GET");
    o.put("url", request.url());
    o.putObject("headers");
    return o;
  }

  /** Fails whatever is queued and releases the threads. */
  @Override
  public void close() {
    List<Pending> left = new ArrayList<>();
    synchronized (this) {
      closed = true;
      left.addAll(ready);
      left.addAll(waiting);
      ready.clear();
      waiting.clear();
    }
    left.forEach(p -> complete(p, transientVerdict("the batch adapter was closed")));
    senders.shutdownNow();
    timer.shutdownNow();
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** A sub-request on its way: its attempts and the answers so far. */
  private static final class Pending {
    final ApiRequest request;
    final Object owner;
    final CompletableFuture<SubReply> future = new CompletableFuture<>();
    final List<SourceDocument> documents = new ArrayList<>();
    final List<SourceRef> evidence = new ArrayList<>();
    final int size;
    int attempts;
    long firstSent;
    long readyAt;
    long queuedAt;
    @Nullable SourceDocument last;

    Pending(ApiRequest request, Object owner) {
      this.request = request;
      this.owner = owner;
      int s;
      try {
        s = WireJson.mapper().writeValueAsBytes(entry(request)).length;
      } catch (JsonProcessingException e) {
        s = request.url().length() * 2 + 48;
      }
      this.size = s;
    }

    @Override
    public String toString() {
      return request.toString();
    }
  }

  @Override
  public String toString() {
    return "BatchTransport[" + settings + "]";
  }
}
