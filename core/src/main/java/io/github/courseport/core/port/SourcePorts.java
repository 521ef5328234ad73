package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Outcome;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A complete source of learning records: identity, lists, catalog and one port per course family it
 * carries, and what to release when the export is done.
 *
 * <p>A source may leave families out: a family it does not carry (a recording with grades but no
 * deadlines) answers every course with {@link Outcome#notCarried}, which the contracts accept, the
 * completeness report names, and which leaves the export complete. The built-in sources carry every
 * family.
 *
 * @param name the transport name for reports ({@code http}, {@code batch}, {@code fixtures}, ...)
 * @param families the port of each family the source carries
 * @param keysPerCall how many courses the source likes per family call: 1 for a source that fans
 *     out per request anyway, more for one that packs keys into one round trip
 * @param callsInFlight how many port calls the source wants open at once, or 0 for as many as the
 *     export's concurrency. A source that bounds its own round trips and packs many calls into one
 *     (the batch adapter) asks for more calls than round trips, so that it always has the next
 *     round trip's worth waiting instead of sending half-empty ones
 * @param onClose releases what opening the source took (threads, connections, files); run once by
 *     {@link #close()}
 */
public record SourcePorts(
    String name,
    IdentityPort identity,
    LearnerListsPort lists,
    CatalogPort catalog,
    Map<CourseFamily<?>, CourseFamilyPort<?>> families,
    int keysPerCall,
    int callsInFlight,
    Runnable onClose)
    implements AutoCloseable {
  public SourcePorts {
    for (Map.Entry<CourseFamily<?>, CourseFamilyPort<?>> e : families.entrySet()) {
      if (e.getValue().family() != e.getKey()) {
        throw new IllegalArgumentException(e.getValue() + " is registered for " + e.getKey());
      }
    }
    if (keysPerCall < 1) {
      throw new IllegalArgumentException("keysPerCall must be at least 1");
    }
    if (callsInFlight < 0) {
      throw new IllegalArgumentException("callsInFlight must be 0 (the export's) or more");
    }
    families = Collections.unmodifiableMap(new TreeMap<>(families));
    onClose = once(onClose);
  }

  /** A source with nothing to release when it is done. */
  public SourcePorts(
      String name,
      IdentityPort identity,
      LearnerListsPort lists,
      CatalogPort catalog,
      Map<CourseFamily<?>, CourseFamilyPort<?>> families,
      int keysPerCall,
      int callsInFlight) {
    this(name, identity, lists, catalog, families, keysPerCall, callsInFlight, () -> {});
  }

  /** A source that takes as many calls in flight as the export's concurrency. */
  public SourcePorts(
      String name,
      IdentityPort identity,
      LearnerListsPort lists,
      CatalogPort catalog,
      Map<CourseFamily<?>, CourseFamilyPort<?>> families,
      int keysPerCall) {
    this(name, identity, lists, catalog, families, keysPerCall, 0);
  }

  /** The same ports, releasing {@code release} (and then what these released) when closed. */
  public SourcePorts closing(Runnable release) {
    Runnable before = onClose;
    return new SourcePorts(
        name,
        identity,
        lists,
        catalog,
        families,
        keysPerCall,
        callsInFlight,
        () -> {
          try {
            release.run();
          } finally {
            before.run();
          }
        });
  }

  /** The port calls an export with this concurrency keeps in flight for this source. */
  public int callsInFlight(int concurrency) {
    return Math.max(concurrency, callsInFlight);
  }

  /** Whether this source carries a family. */
  public boolean carries(CourseFamily<?> family) {
    return families.containsKey(family);
  }

  /** The families this source does not carry, in family order. */
  public SortedSet<CourseFamily<?>> notCarried() {
    SortedSet<CourseFamily<?>> out = new TreeSet<>(CourseFamily.all());
    out.removeAll(families.keySet());
    return out;
  }

  /**
   * The port of a family. For a family the source does not carry, a port that answers every course
   * with {@link Outcome#notCarried}, asking nothing.
   */
  public <V> CourseFamilyPort<V> family(CourseFamily<V> family) {
    @SuppressWarnings("unchecked") // the constructor checked that each port serves its key
    CourseFamilyPort<V> port = (CourseFamilyPort<V>) families.get(family);
    if (port != null) {
      return port;
    }
    String reason = "the source " + name + " does not carry " + family.name();
    return CourseFamilyPort.of(
        family,
        request -> {
          List<CourseId> keys = request.courses().stream().map(CourseRef::id).toList();
          return KeyedResult.uniform(keys, Outcome.<V>notCarried(reason), List.of(), name);
        });
  }

  /** Releases what opening the source took; later calls do nothing. */
  @Override
  public void close() {
    onClose.run();
  }

  private static Runnable once(Runnable action) {
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true)) {
        action.run();
      }
    };
  }
}
