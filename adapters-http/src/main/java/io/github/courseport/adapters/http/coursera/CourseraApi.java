package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.Exchange;
import io.github.courseport.core.port.SourcePorts;

/**
 * Coursera's API as core's ports, over any transport: identity, the learner's lists, the catalog
 * and every course family, each asked through the {@link Exchange} it is given. Every rule about
 * the API (which resource to ask, how its answer maps, how lists page, which fallback to try, what
 * a missing answer means) lives here once, so every transport gives the same record for the same
 * answers.
 */
public final class CourseraApi {
  private CourseraApi() {}

  /**
   * The ports of one source; one set serves one export (linked catalog entries are cached).
   *
   * @param exchange how the requests travel; its name names the ports
   * @param shape how the requests are cut: page size, {@code ids=} length, keys per call
   */
  public static SourcePorts ports(Exchange exchange, RequestShape shape) {
    ApiContext ctx = new ApiContext(exchange, shape);
    return new SourcePorts(
        exchange.name(),
        Retired.identity(new CourseraIdentity(ctx)),
        Retired.lists(new CourseraLists(ctx)),
        Retired.catalog(new CourseraCatalog(ctx)),
        Retired.families(new CourseraFamilies(ctx).ports()),
        shape.keysPerCall(),
        shape.callsInFlight());
  }
}
