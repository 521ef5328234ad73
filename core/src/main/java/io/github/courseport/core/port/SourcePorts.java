package io.github.courseport.core.port;

import io.github.courseport.core.domain.CourseFamily;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complete source of learning records: identity, lists, catalog and one port per course family.
 *
 * @param name the transport name for reports ({@code http}, {@code batch}, {@code fixtures}, ...)
 * @param keysPerCall how many courses the source likes per family call: 1 for a source that fans
 *     out per request anyway, more for one that packs keys into one round trip
 * @param callsInFlight how many port calls the source wants open at once, or 0 for as many as the
 *     export's concurrency. A source that bounds its own round trips and packs many calls into one
 *     (the batch adapter) asks for more calls than round trips, so that it always has the next
 *     round trip's worth waiting instead of sending half-empty ones
 */
public record SourcePorts(
    String name,
    IdentityPort identity,
    LearnerListsPort lists,
    CatalogPort catalog,
    Map<CourseFamily<?>, CourseFamilyPort<?>> families,
    int keysPerCall,
    int callsInFlight) {
  public SourcePorts {
    for (CourseFamily<?> family : CourseFamily.all()) {
      CourseFamilyPort<?> port = families.get(family);
      if (port == null) {
        throw new IllegalArgumentException("source " + name + " has no port for " + family);
      }
      if (port.family() != family) {
        throw new IllegalArgumentException(port + " is registered for " + family);
      }
    }
    if (keysPerCall < 1) {
      throw new IllegalArgumentException("keysPerCall must be at least 1");
    }
    if (callsInFlight < 0) {
      throw new IllegalArgumentException("callsInFlight must be 0 (the export's) or more");
    }
    families = Collections.unmodifiableMap(new TreeMap<>(families));
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

  /** The port calls an export with this concurrency keeps in flight for this source. */
  public int callsInFlight(int concurrency) {
    return Math.max(concurrency, callsInFlight);
  }

  /** The port of a family. */
  public <V> CourseFamilyPort<V> family(CourseFamily<V> family) {
    @SuppressWarnings("unchecked") // the constructor checked that each port serves its key
    CourseFamilyPort<V> port = (CourseFamilyPort<V>) families.get(family);
    if (port == null) {
      throw new IllegalStateException("no port for " + family);
    }
    return port;
  }
}
