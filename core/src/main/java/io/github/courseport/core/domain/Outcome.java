package io.github.courseport.core.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a source said about one key: found (with the value), absent (the source has nothing),
 * unavailable (the endpoint is gone or refuses, with the reason), failed (after retries, with the
 * reason), or not carried (this source does not hold this kind of data at all, with the reason:
 * neither "the learner has none" nor a gap). Every outcome keeps the references to the raw
 * documents it rests on.
 *
 * @param <V> the value type
 */
public sealed interface Outcome<V>
    permits Outcome.Found, Outcome.Absent, Outcome.Unavailable, Outcome.Failed, Outcome.NotCarried {

  /** The kinds of outcome, in the order reports list them. */
  enum Status {
    FOUND,
    ABSENT,
    UNAVAILABLE,
    FAILED,
    /**
     * The source does not carry this kind of data (a recording with grades but no deadlines): not a
     * statement about the learner, and not a gap.
     */
    NOT_CARRIED
  }

  List<SourceRef> sources();

  Status status();

  /** The value when found. */
  default Optional<V> found() {
    return this instanceof Found<V> f ? Optional.of(f.value()) : Optional.empty();
  }

  /** The reason for an unavailable, failed or not-carried outcome, empty otherwise. */
  default String reason() {
    if (this instanceof Unavailable<V> u) {
      return u.reason();
    }
    if (this instanceof NotCarried<V> n) {
      return n.reason();
    }
    if (this instanceof Failed<V> f) {
      return f.reason();
    }
    return "";
  }

  /**
   * What arrived: the value when found, or the part a failed outcome received before it failed (the
   * pages of a list before its paging broke). A consumer that must lose nothing the server sent
   * reads this, not {@link #found()}.
   */
  default Optional<V> received() {
    if (this instanceof Found<V> f) {
      return Optional.of(f.value());
    }
    if (this instanceof Failed<V> f) {
      return Optional.ofNullable(f.part());
    }
    return Optional.empty();
  }

  /** Whether this outcome leaves the record incomplete (unavailable or failed). */
  default boolean isGap() {
    return status() == Status.UNAVAILABLE || status() == Status.FAILED;
  }

  /** The same outcome with a transformed value. */
  default <W> Outcome<W> map(Function<? super V, ? extends W> f) {
    if (this instanceof Found<V> found) {
      return new Found<W>(f.apply(found.value()), found.sources());
    }
    if (this instanceof Failed<V> failed) {
      V part = failed.part();
      return new Failed<W>(failed.reason(), failed.sources(), part == null ? null : f.apply(part));
    }
    return retype();
  }

  /** A non-found outcome as an outcome of another value type; a found one is refused. */
  @SuppressWarnings("unchecked")
  default <W> Outcome<W> retype() {
    if (this instanceof Found<V>) {
      throw new IllegalStateException("a found outcome cannot change its value type");
    }
    if (this instanceof Failed<V> f && f.part() != null) {
      return new Failed<>(f.reason(), f.sources());
    }
    return (Outcome<W>) this;
  }

  static <V> Outcome<V> found(V value, SourceRef... sources) {
    return new Found<>(value, List.of(sources));
  }

  static <V> Outcome<V> absent(SourceRef... sources) {
    return new Absent<>(List.of(sources));
  }

  static <V> Outcome<V> unavailable(String reason, SourceRef... sources) {
    return new Unavailable<>(reason, List.of(sources));
  }

  static <V> Outcome<V> failed(String reason, SourceRef... sources) {
    return new Failed<>(reason, List.of(sources));
  }

  /**
   * The source does not carry this kind of data at all; the reason says which source and why (for
   * example "the recording has no deadlines"). The export stays complete.
   */
  static <V> Outcome<V> notCarried(String reason) {
    return new NotCarried<>(reason, List.of());
  }

  /** A failure that still received something: the part that arrived is kept, never dropped. */
  static <V> Outcome<V> partial(V received, String reason, SourceRef... sources) {
    return new Failed<>(reason, List.of(sources), received);
  }

  /** The source returned the value. */
  @Described("the source returned the value (value).")
  record Found<V>(V value, List<SourceRef> sources) implements Outcome<V> {
    public Found {
      sources = List.copyOf(sources);
    }

    @Override
    public Status status() {
      return Status.FOUND;
    }
  }

  /** The source answered, and it has nothing for this key. */
  @Described("the source answered, and it has nothing for this key.")
  record Absent<V>(List<SourceRef> sources) implements Outcome<V> {
    public Absent {
      sources = List.copyOf(sources);
    }

    @Override
    public Status status() {
      return Status.ABSENT;
    }
  }

  /** The endpoint is gone, refuses, or answers with something that is not data. */
  @Described(
      "the endpoint is gone, refuses, or answers with something that is not data (reason); a gap.")
  record Unavailable<V>(String reason, List<SourceRef> sources) implements Outcome<V> {
    public Unavailable {
      sources = List.copyOf(sources);
    }

    @Override
    public Status status() {
      return Status.UNAVAILABLE;
    }
  }

  /**
   * Fetching failed, after whatever retries the source makes.
   *
   * @param part what arrived before the failure (the pages of a list received before its paging
   *     broke), or null when nothing usable did
   */
  @Described(
      "fetching failed after retries (reason); a failed list keeps in received what arrived "
          + "before it failed; a gap.")
  record Failed<V>(
      String reason,
      List<SourceRef> sources,
      @Described(
              "Only with failed: what arrived before the failure (the pages of a list received "
                  + "before its paging broke), in the shape a found value would have.")
          @Nullable V part)
      implements Outcome<V> {
    public Failed {
      sources = List.copyOf(sources);
    }

    public Failed(String reason, List<SourceRef> sources) {
      this(reason, sources, null);
    }

    @Override
    public Status status() {
      return Status.FAILED;
    }
  }

  /** The source does not carry this kind of data at all: neither "none" nor a gap. */
  @Described("the source does not carry this kind of data at all (reason); no gap.")
  record NotCarried<V>(String reason, List<SourceRef> sources) implements Outcome<V> {
    public NotCarried {
      sources = List.copyOf(sources);
    }

    @Override
    public Status status() {
      return Status.NOT_CARRIED;
    }
  }
}
