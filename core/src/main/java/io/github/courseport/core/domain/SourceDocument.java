package io.github.courseport.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One raw response as the server sent it, byte for byte, with the request that produced it (secrets
 * already redacted by the adapter) and when. The archive stores every one of them.
 */
public final class SourceDocument {
  private final String resource;
  private final String method;
  private final String request;
  private final int status;
  private final Instant fetchedAt;
  private final String transport;
  private final @Nullable String contentType;
  private final byte[] body;
  private final String sha256;

  /**
   * Creates a document.
   *
   * @param resource the resource family, e.g. {@code memberships.v1}
   * @param method the HTTP method, or {@code BATCH} for a batch sub-request
   * @param request path and query as sent, with every secret redacted
   * @param status the HTTP status, or 0 when the transport failed before one arrived
   * @param transport which transport fetched it: {@code http}, {@code batch}, {@code fixtures}...
   * @param body the response body, byte for byte (copied)
   */
  public SourceDocument(
      String resource,
      String method,
      String request,
      int status,
      Instant fetchedAt,
      String transport,
      @Nullable String contentType,
      byte[] body) {
    this.resource = Objects.requireNonNull(resource);
    this.method = Objects.requireNonNull(method);
    this.request = Objects.requireNonNull(request);
    this.status = status;
    this.fetchedAt = Objects.requireNonNull(fetchedAt);
    this.transport = Objects.requireNonNull(transport);
    this.contentType = contentType;
    this.body = body.clone();
    this.sha256 = sha256Hex(this.body);
  }

  /** Convenience for documents whose body is text. */
  public static SourceDocument ofText(
      String resource,
      String request,
      int status,
      Instant fetchedAt,
      String transport,
      String body) {
    return new SourceDocument(
        resource,
        "GET",
        request,
        status,
        fetchedAt,
        transport,
        "application/json",
        body.getBytes(StandardCharsets.UTF_8));
  }

  public String resource() {
    return resource;
  }

  public String method() {
    return method;
  }

  public String request() {
    return request;
  }

  public int status() {
    return status;
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }

  public String transport() {
    return transport;
  }

  public @Nullable String contentType() {
    return contentType;
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  public int size() {
    return body.length;
  }

  public String sha256() {
    return sha256;
  }

  /** The reference that domain values keep to this document. */
  public SourceRef ref() {
    return new SourceRef(resource, sha256);
  }

  /** SHA-256 of some bytes, as lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourceDocument d
        && status == d.status
        && resource.equals(d.resource)
        && method.equals(d.method)
        && request.equals(d.request)
        && fetchedAt.equals(d.fetchedAt)
        && transport.equals(d.transport)
        && Objects.equals(contentType, d.contentType)
        && Arrays.equals(body, d.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, method, request, status, fetchedAt, sha256);
  }

  /** Never includes the body (it may hold personal data); the request is already redacted. */
  @Override
  public String toString() {
    return method
        + " "
        + request
        + " -> "
        + status
        + " ("
        + body.length
        + " bytes, "
        + transport
        + ")";
  }
}
