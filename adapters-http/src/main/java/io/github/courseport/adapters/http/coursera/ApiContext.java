package io.github.courseport.adapters.http.coursera;

import io.github.courseport.adapters.http.exchange.Exchange;
import java.util.function.Function;

/**
 * What every port of one source shares: the exchange its requests travel through, the endpoint
 * table, the cache of linked catalog entries, what the run learned about each route ({@link
 * RouteHealth}), and the size of {@code ids=} requests.
 */
final class ApiContext {
  final Exchange exchange;
  final Endpoints endpoints;
  final LinkedCache cache = new LinkedCache();
  final RouteHealth health;
  final int maxIdsLength;
  final int familyIdsLength;

  ApiContext(Exchange exchange, RequestShape shape) {
    this.exchange = exchange;
    this.endpoints = new Endpoints(shape.pageSize());
    this.maxIdsLength = shape.maxIdsLength();
    this.familyIdsLength = shape.courseIdsTogether() ? shape.maxIdsLength() : IdsStep.ONE_EACH;
    this.health = new RouteHealth(RouteHealth.LEARN_AFTER, exchange::redact);
  }

  /** The transport's name, for results. */
  String name() {
    return exchange.name();
  }

  String redact(String text) {
    return exchange.redact(text);
  }

  /** Runs one port call: its requests, and the documents they bring, belong together. */
  <T> T run(Function<Call, T> portCall) {
    return portCall.apply(new Call(exchange, health));
  }
}
