package io.github.courseport.adapters.http.naptime.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.exchange.ReadOnly;
import io.github.courseport.adapters.http.exchange.Reply;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.Credentials;
import io.github.courseport.core.port.SourceSettings;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The shared transport to Coursera: Feign clients over the JDK {@code HttpClient} for the two
 * hosts, the session headers, and one Resilience4j layer around every request.
 *
 * <p>Per attempt, in this order: the rate limiter (requests per second), the bulkhead (requests in
 * flight), the resource's circuit breaker, the request, reading the whole body, and the {@link
 * Verdict}. Transient verdicts are retried by the retry layer with exponential backoff and full
 * jitter, honouring {@code Retry-After}; waits hold neither a bulkhead nor a rate permit. Feign's
 * own retryer is off ({@link Retryer#NEVER_RETRY}), so the layers never multiply. A circuit breaker
 * per resource opens when the last {@code window} attempts to that resource all failed transiently;
 * while open, requests to it fail at once instead of costing retries.
 *
 * <p>Every response becomes a {@link SourceDocument} byte for byte, with the request as path and
 * query (there are no secrets in URLs; the cookie and the CSRF token travel in headers that are
 * never logged nor kept). Thread-safe; close it to release its threads.
 */
public final class CourseraHttp implements AutoCloseable {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(CourseraHttp.class);

  private final URI www;
  private final URI api;
  private final Credentials credentials;
  private final String transport;
  private final RetryPolicy policy;
  private final ExecutorService httpThreads;
  private final Duration attemptTimeout;
  private final Feign.Builder feign;
  private final Client session;
  private final Request.Options options;
  private final Retry retry;
  private final @Nullable RateLimiter rateLimiter;
  private final Bulkhead bulkhead;
  private final CircuitBreakerConfig breakerConfig;
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
  private final Map<String, Object> clients = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final int concurrency;
  private final double ratePerSecond;

  private CourseraHttp(Builder b) {
    this.www = stripSlash(b.wwwBase);
    this.api = stripSlash(b.apiBase);
    this.credentials = Objects.requireNonNull(b.credentials, "credentials");
    this.transport = b.transport;
    this.policy = b.retryPolicy;
    this.concurrency = b.concurrency;
    this.ratePerSecond = b.ratePerSecond;
    this.httpThreads = Executors.newCachedThreadPool(daemonThreads("courseport-http"));
    this.attemptTimeout = b.connectTimeout.plus(b.readTimeout);
    boolean plain = "http".equals(www.getScheme()) || "http".equals(api.getScheme());
    HttpClient client =
        HttpClient.newBuilder()
            .version(plain ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(httpThreads)
            .build();
    this.session =
        new SessionClient(
            b.client != null ? b.client : new Http2Client(client), credentials, b.userAgent);
    this.options = new Request.Options(b.connectTimeout, b.readTimeout, false);
    this.feign =
        Feign.builder()
            .client(session)
            .retryer(Retryer.NEVER_RETRY)
            .options(options)
            .encoder(new JacksonEncoder(WireJson.mapper()))
            .logger(new Logger.NoOpLogger())
            .logLevel(Logger.Level.NONE);
    this.retry =
        Retry.of(
            "coursera-" + transport,
            RetryConfig.<Attempt>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(Attempt::retry)
                .retryOnException(t -> false)
                .intervalBiFunction(this::waitBeforeRetry)
                .failAfterMaxAttempts(false)
                .build());
    this.rateLimiter =
        b.ratePerSecond <= 0 || Double.isInfinite(b.ratePerSecond)
            ? null
            : RateLimiter.of("coursera-" + transport, rateConfig(b.ratePerSecond));
    this.bulkhead =
        Bulkhead.of(
            "coursera-" + transport,
            BulkheadConfig.custom()
                .maxConcurrentCalls(b.concurrency)
                .maxWaitDuration(Duration.ofMinutes(30))
                .fairCallHandlingStrategyEnabled(true)
                .build());
    this.breakerConfig =
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(b.breakerWindow)
            .minimumNumberOfCalls(b.breakerWindow)
            .failureRateThreshold(100f)
            .waitDurationInOpenState(b.breakerOpenFor)
            .permittedNumberOfCallsInHalfOpenState(1)
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .writableStackTraceEnabled(false)
            .build();
  }

  /** A builder with Coursera's hosts and polite defaults; only the credentials are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The honest {@code User-Agent} of Courseport: {@code Courseport/<version>
   * (+https://github.com/courseport)}.
   */
  public static String userAgent(String version) {
    return "Courseport/" + version + " (+https://github.com/courseport)";
  }

  /**
   * A Feign client of an API interface against one host. Interfaces declare their methods with
   * {@code @RequestLine} and return {@link Response}; call them inside {@link #call}.
   */
  public <T> T api(Class<T> type, Host host) {
    String key = type.getName() + "@" + host;
    Object c =
        clients.computeIfAbsent(
            key, k -> feign.target(type, (host == Host.WWW ? www : api).toString()));
    return type.cast(c);
  }

  /** The base URI of a host. */
  public URI base(Host host) {
    return host == Host.WWW ? www : api;
  }

  /** The name put into documents as their transport, e.g. {@code http}. */
  public String transport() {
    return transport;
  }

  /** Replaces the session's secrets in a text, for anything built from server answers. */
  public String redact(String text) {
    return credentials.redact(text);
  }

  /** The counters so far. */
  public TransportStats stats() {
    return new TransportStats(
        requests.get(), retries.get(), failures.get(), inFlight.get(), maxInFlight.get());
  }

  /** At most this many requests in flight. */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Sends one request of the endpoint table (a GET, or a POST that only reads), retried as the
   * policy says.
   *
   * @return the verdict of the last answer and every document received; never throws for HTTP or
   *     network failures
   * @throws io.github.courseport.adapters.http.exchange.WriteRefusedException when the request
   *     could write ({@link ReadOnly}): nothing is sent
   */
  public Reply call(ApiRequest request) {
    ReadOnly.check(request);
    String url = base(request.host()) + request.url();
    String body = request.body();
    if (body == null) {
      return call(request.resource(), request.expect(), () -> send("GET", url, null), null);
    }
    return call(
        request.resource(), request.expect(), () -> send(request.method(), url, body), body);
  }

  private Response send(String method, String url, @Nullable String body) {
    Request.HttpMethod m = Request.HttpMethod.valueOf(method);
    Map<String, Collection<String>> headers =
        body == null ? Map.of() : Map.of("Content-Type", List.of("application/json"));
    Request r =
        Request.create(m, url, headers, body == null ? null : body.getBytes(UTF_8), UTF_8, null);
    try {
      return session.execute(r, options);
    } catch (IOException e) {
      throw new RetryableException(-1, e.getMessage(), m, e, (Long) null, r);
    }
  }

  /**
   * Makes one logical request, retried as the policy says.
   *
   * @param resource the resource family, e.g. {@code memberships.v1}: names documents, logs and the
   *     circuit breaker
   * @param expect what a 404 means for this request
   * @param request one attempt: a call of a Feign client from {@link #api}
   * @return the verdict of the last answer and every document received; never throws for HTTP or
   *     network failures
   */
  public Reply call(String resource, Expect expect, Supplier<Response> request) {
    return call(resource, expect, request, null);
  }

  /**
   * One logical request whose documents record a body beside the path and query ({@link
   * ApiRequest#recorded}), so that two POSTs of one path are told apart.
   */
  private Reply call(
      String resource, Expect expect, Supplier<Response> request, @Nullable String body) {
    CallState state = new CallState(resource, System.nanoTime(), body);
    Attempt last;
    try {
      last = retry.executeSupplier(() -> attempt(resource, expect, request, state));
    } catch (RuntimeException e) {
      // The retry wait was interrupted (CancellationException), or something unexpected.
      Attempt previous = state.last;
      last =
          new Attempt(
              new Verdict.Transient(
                  previous == null
                      ? "not sent: " + e.getClass().getSimpleName()
                      : previous.verdict.reason() + "; then interrupted while waiting to retry"),
              previous == null ? null : previous.document,
              false,
              0);
    }
    List<SourceDocument> documents = new ArrayList<>(state.documents);
    SourceDocument lastDocument = last.document;
    if (lastDocument == null && state.sent != null) {
      lastDocument =
          new SourceDocument(
              resource,
              state.sent.method(),
              redact(ApiRequest.recorded(pathAndQuery(state.sent.url()), state.body)),
              0,
              Instant.now(),
              transport,
              null,
              new byte[0]);
      documents.add(lastDocument);
    }
    if (last.verdict instanceof Verdict.Transient t) {
      failures.incrementAndGet();
      // A page instead of JSON after its attempts is a route that is gone, which the API layer
      // says once for the run; any other transient failure is worth a warning of its own.
      if (t.notJson()) {
        LOG.debug(
            "{}: still a page after {} attempt(s): {}",
            resource,
            state.attempts.get(),
            redact(t.reason()));
      } else {
        LOG.warn(
            "{} {}: gave up after {} attempt(s): {}",
            resource,
            lastDocument == null ? "(not sent)" : lastDocument.request(),
            state.attempts.get(),
            redact(t.reason()));
      }
    }
    return new Reply(resource, last.verdict, documents, lastDocument, state.attempts.get());
  }

  private Attempt attempt(
      String resource, Expect expect, Supplier<Response> request, CallState state) {
    if (Thread.currentThread().isInterrupted()) {
      return state.remember(new Attempt(new Verdict.Transient("interrupted"), null, false, 0));
    }
    if (rateLimiter != null && !rateLimiter.acquirePermission()) {
      return state.remember(
          new Attempt(
              new Verdict.Transient("not sent: the client-side rate limiter timed out"),
              null,
              false,
              0));
    }
    try {
      bulkhead.acquirePermission();
    } catch (BulkheadFullException e) {
      return state.remember(
          new Attempt(
              new Verdict.Transient("not sent: too many requests were waiting"), null, false, 0));
    }
    try {
      CircuitBreaker breaker =
          breakers.computeIfAbsent(resource, r -> CircuitBreaker.of(r, breakerConfig));
      if (!breaker.tryAcquirePermission()) {
        return state.remember(
            new Attempt(
                new Verdict.Transient(
                    "not sent: the last "
                        + breakerConfig.getSlidingWindowSize()
                        + " requests to "
                        + resource
                        + " failed, so it is not asked again for a while (circuit open)"),
                null,
                false,
                0));
      }
      return state.remember(send(resource, expect, request, state, breaker));
    } finally {
      bulkhead.onComplete();
    }
  }

  private Attempt send(
      String resource,
      Expect expect,
      Supplier<Response> request,
      CallState state,
      CircuitBreaker breaker) {
    int n = state.attempts.incrementAndGet();
    requests.incrementAndGet();
    if (n > 1) {
      retries.incrementAndGet();
    }
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    long t0 = System.nanoTime();
    Instant fetchedAt = Instant.now();
    Verdict verdict;
    SourceDocument document = null;
    boolean interrupted = false;
    // The request and the reading of the whole body run on a transport thread, and this thread
    // waits at most the connect and read timeouts together: the JDK client's own timeout ends
    // when the headers arrive, and on Java 17 a read blocked on a trickling body cannot be
    // interrupted, so only waiting elsewhere bounds an attempt.
    AtomicReference<SessionClient.@Nullable Sent> sent = new AtomicReference<>();
    Future<Raw> future = null;
    try {
      future = httpThreads.submit(() -> exchange(request, sent));
      Raw raw = future.get(attemptTimeout.toNanos(), TimeUnit.NANOSECONDS);
      String contentType = header(raw.headers(), "Content-Type");
      document =
          new SourceDocument(
              resource,
              raw.method(),
              redact(ApiRequest.recorded(pathAndQuery(raw.url()), state.body)),
              raw.status(),
              fetchedAt,
              transport,
              contentType,
              raw.body());
      verdict =
          Verdict.classify(
              raw.status(),
              contentType,
              raw.body(),
              expect,
              header(raw.headers(), "Retry-After"),
              header(raw.headers(), "Location"));
    } catch (TimeoutException e) {
      future.cancel(true);
      verdict =
          new Verdict.Transient(
              "no complete answer within " + attemptTimeout.toMillis() + " ms (timeout)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FeignException fe) {
        verdict = fromException(fe);
      } else if (cause instanceof BodyTooLarge) {
        verdict =
            new Verdict.Refused(
                "the answer is larger than "
                    + (MAX_BODY_BYTES >> 20)
                    + " MiB; it was not read (a hostile or broken server)");
      } else if (cause instanceof IOException) {
        verdict = new Verdict.Transient("the connection broke while reading the answer");
      } else {
        verdict =
            new Verdict.Refused(
                "the request could not be made ("
                    + (cause == null ? "unknown" : cause.getClass().getSimpleName())
                    + ")");
      }
    } catch (InterruptedException e) {
      if (future != null) {
        future.cancel(true);
      }
      Thread.currentThread().interrupt();
      interrupted = true;
      verdict = new Verdict.Transient("interrupted");
    } catch (RejectedExecutionException e) {
      verdict = new Verdict.Refused("the request could not be made (the transport is closed)");
    } finally {
      inFlight.decrementAndGet();
      SessionClient.Sent s = sent.get();
      if (s != null) {
        state.sent = s;
      }
    }
    long elapsed = System.nanoTime() - t0;
    // A 429 is load and an HTML page an answer (the API layer learns a route that keeps giving
    // one), not a broken endpoint: neither opens the circuit.
    if (verdict instanceof Verdict.Transient t && !t.throttled() && !t.notJson()) {
      breaker.onError(elapsed, TimeUnit.NANOSECONDS, new TransientFailure());
    } else {
      breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
    }
    long spent = System.nanoTime() - state.started;
    long remaining = Math.max(0, policy.budget().toNanos() - spent) / 1_000_000;
    boolean again = policy.retries(verdict, n) && remaining > 0 && !interrupted;
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} in {} ms (attempt {}){}",
          resource,
          document != null ? document.request() : describeSent(state.sent),
          document != null ? Integer.toString(document.status()) : "no answer",
          elapsed / 1_000_000,
          n,
          verdict instanceof Verdict.Data ? "" : ": " + redact(verdict.reason()));
    }
    return new Attempt(verdict, document, again, remaining);
  }

  /** The raw answer of one exchange, read whole. */
  private static final class Raw {
    private final String method;
    private final String url;
    private final int status;
    private final Map<String, Collection<String>> headers;
    private final byte[] body;

    Raw(
        String method,
        String url,
        int status,
        Map<String, Collection<String>> headers,
        byte[] body) {
      this.method = method;
      this.url = url;
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    String method() {
      return method;
    }

    String url() {
      return url;
    }

    int status() {
      return status;
    }

    Map<String, Collection<String>> headers() {
      return headers;
    }

    /** The body itself, not a copy: it is read once, into a document that copies it. */
    byte[] body() {
      return body;
    }
  }

  /** One exchange, on a transport thread: the request, then the whole body. */
  private static Raw exchange(
      Supplier<Response> request, AtomicReference<SessionClient.@Nullable Sent> sent)
      throws IOException {
    SessionClient.LAST_SENT.remove();
    try (Response response = request.get()) {
      byte[] body = readBody(response);
      Request r = response.request();
      return new Raw(r.httpMethod().name(), r.url(), response.status(), response.headers(), body);
    } finally {
      sent.set(SessionClient.LAST_SENT.get());
      SessionClient.LAST_SENT.remove();
    }
  }

  /**
   * The largest body read, set deliberately: Coursera's largest pages are a few hundred KiB, and a
   * body past this size is refused after reading at most this much, so a hostile server cannot
   * exhaust memory.
   */
  public static final int MAX_BODY_BYTES = 32 << 20;

  /** A body larger than {@link #MAX_BODY_BYTES}. */
  private static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("body larger than " + MAX_BODY_BYTES + " bytes");
    }
  }

  private static byte[] readBody(Response response) throws IOException {
    Response.Body body = response.body();
    if (body == null) {
      return new byte[0];
    }
    Integer declared = body.length();
    if (declared != null && declared > MAX_BODY_BYTES) {
      throw new BodyTooLarge();
    }
    try (InputStream in = body.asInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new BodyTooLarge();
      }
      return bytes;
    }
  }

  private static Verdict fromException(FeignException e) {
    Throwable cause = e.getCause();
    if (cause instanceof HttpConnectTimeoutException) {
      return new Verdict.Transient("the connection could not be made in time");
    }
    if (cause instanceof HttpTimeoutException) {
      return new Verdict.Transient("no answer in time (read timeout)");
    }
    if (cause instanceof java.net.ConnectException) {
      return new Verdict.Transient("the connection was refused");
    }
    if (cause instanceof IOException io) {
      String m = io.getMessage();
      return new Verdict.Transient(
          "the connection failed ("
              + io.getClass().getSimpleName()
              + (m == null ? "" : ": " + io.getMessage())
              + ")");
    }
    return new Verdict.Refused(
        "the request could not be made (" + e.getClass().getSimpleName() + ")");
  }

  /** Full jitter below the backoff ceiling, or the server's capped Retry-After; within budget. */
  private Long waitBeforeRetry(Integer retryNumber, Either<Throwable, Attempt> either) {
    Attempt a = either.isRight() ? either.get() : null;
    long wait;
    Duration retryAfter =
        a != null && a.verdict instanceof Verdict.Transient t ? t.retryAfter() : null;
    if (retryAfter != null) {
      wait = Math.min(retryAfter.toMillis(), policy.maxRetryAfter().toMillis());
    } else {
      long ceiling = policy.backoffCeiling(retryNumber).toMillis();
      wait = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
    }
    if (a != null) {
      wait = Math.min(wait, a.remainingMillis);
    }
    return Math.max(0, wait);
  }

  private static RateLimiterConfig rateConfig(double perSecond) {
    Duration period;
    int permits;
    if (perSecond >= 1000) {
      period = Duration.ofMillis(1);
      permits = (int) Math.ceil(perSecond / 1000);
    } else {
      period = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
      permits = 1;
    }
    return RateLimiterConfig.custom()
        .limitForPeriod(permits)
        .limitRefreshPeriod(period)
        .timeoutDuration(Duration.ofMinutes(30))
        .writableStackTraceEnabled(false)
        .build();
  }

  private static @Nullable String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }

  /** The path and query of a URL as sent, or the text itself when it is not a URI. */
  static String pathAndQuery(String url) {
    try {
      URI u = URI.create(url);
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private String describeSent(SessionClient.@Nullable Sent sent) {
    return sent == null ? "(not sent)" : redact(pathAndQuery(sent.url()));
  }

  private static URI stripSlash(URI base) {
    String s = base.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    URI out = URI.create(s);
    String scheme = out.getScheme() == null ? "" : out.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || out.getHost() == null) {
      throw new IllegalArgumentException("a base URL must be an absolute http(s) URL: " + out);
    }
    if (out.getRawQuery() != null || out.getRawFragment() != null) {
      throw new IllegalArgumentException("a base URL has no query or fragment: " + out);
    }
    return out;
  }

  static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Releases the transport's threads; requests in flight may fail. */
  @Override
  public void close() {
    httpThreads.shutdownNow();
  }

  /** Never shows the session. */
  @Override
  public String toString() {
    return "CourseraHttp[www="
        + www
        + ", api="
        + api
        + ", transport="
        + transport
        + ", concurrency="
        + concurrency
        + ", rate="
        + ratePerSecond
        + "/s, "
        + credentials
        + "]";
  }

  /** The state of one logical request across its attempts. */
  private static final class CallState {
    final String resource;
    final long started;
    final @Nullable String body;
    final AtomicInteger attempts = new AtomicInteger();
    final List<SourceDocument> documents = new ArrayList<>();
    SessionClient.@Nullable Sent sent;
    @Nullable Attempt last;

    CallState(String resource, long started, @Nullable String body) {
      this.resource = resource;
      this.started = started;
      this.body = body;
    }

    Attempt remember(Attempt a) {
      last = a;
      if (a.document != null) {
        documents.add(a.document);
      }
      return a;
    }

    @Override
    public String toString() {
      return resource;
    }
  }

  /** One attempt's verdict, its document, whether to try again, and the budget left. */
  private record Attempt(
      Verdict verdict, @Nullable SourceDocument document, boolean retry, long remainingMillis) {}

  /** Recorded by circuit breakers as a transient failure; never thrown. */
  private static final class TransientFailure extends Exception {
    private static final long serialVersionUID = 1L;

    TransientFailure() {
      super("transient failure", null, false, false);
    }
  }

  /** Settings of a {@link CourseraHttp}. */
  public static final class Builder {
    private URI wwwBase = SourceSettings.COURSERA_WWW;
    private URI apiBase = SourceSettings.COURSERA_API;
    private @Nullable Credentials credentials;
    private String userAgent = CourseraHttp.userAgent("dev");
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int concurrency = 6;
    private double ratePerSecond = 10;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int breakerWindow = 10;
    private Duration breakerOpenFor = Duration.ofSeconds(30);
    private String transport = "http";
    private @Nullable Client client;

    private Builder() {}

    /**
     * The base of the internal {@code /api/...} endpoints; default {@code
     * https://www.coursera.org}.
     */
    public Builder wwwBase(URI base) {
      this.wwwBase = stripSlash(base);
      return this;
    }

    /** The base of the public and catalog APIs; default {@code https://api.coursera.org}. */
    public Builder apiBase(URI base) {
      this.apiBase = stripSlash(base);
      return this;
    }

    /** The session: the {@code CAUTH} cookie and, optionally, the CSRF token. Required. */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** The whole {@code User-Agent}; see {@link CourseraHttp#userAgent(String)}. */
    public Builder userAgent(String userAgent) {
      for (int i = 0; i < userAgent.length(); i++) {
        char c = userAgent.charAt(i);
        if (c < ' ' || c > '~') {
          throw new IllegalArgumentException("the User-Agent must be printable ASCII");
        }
      }
      this.userAgent = userAgent;
      return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for an answer once connected; default 30 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** At most this many requests in flight (the bulkhead); default 6. */
    public Builder concurrency(int requestsInFlight) {
      if (requestsInFlight < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = requestsInFlight;
      return this;
    }

    /**
     * At most this many requests per second (retries included); default 10. Zero or infinity turns
     * the limiter off.
     */
    public Builder rateLimitPerSecond(double perSecond) {
      if (perSecond < 0 || Double.isNaN(perSecond)) {
        throw new IllegalArgumentException("the rate limit must not be negative");
      }
      this.ratePerSecond = perSecond;
      return this;
    }

    /** When and how long to retry; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /**
     * The circuit breaker per resource: it opens when the last {@code window} attempts all failed
     * transiently, and stays open for {@code openFor}; defaults 10 and 30 s.
     */
    public Builder circuitBreaker(int window, Duration openFor) {
      if (window < 1) {
        throw new IllegalArgumentException("the circuit breaker window must be at least 1");
      }
      this.breakerWindow = window;
      this.breakerOpenFor = positive(openFor, "openFor");
      return this;
    }

    /** The transport name documents carry; default {@code http}. */
    public Builder transport(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("the transport name must not be blank");
      }
      this.transport = name;
      return this;
    }

    /**
     * The client that carries each request, below the session headers; default the JDK {@code
     * HttpClient}. Tests and the fixtures give an in-memory one.
     */
    public Builder client(Client client) {
      this.client = client;
      return this;
    }

    public CourseraHttp build() {
      if (credentials == null) {
        throw new IllegalStateException("credentials are required");
      }
      return new CourseraHttp(this);
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
