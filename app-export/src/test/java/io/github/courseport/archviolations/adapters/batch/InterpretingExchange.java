package io.github.courseport.archviolations.adapters.batch;

import io.github.courseport.archviolations.adapters.http.coursera.Meaning;
import io.github.courseport.archviolations.adapters.http.exchange.Exchange;

/** Breaks "transports know only the seam": a transport that reads the API layer's rules. */
public class InterpretingExchange implements Exchange {
  @Override
  public int send() {
    return Meaning.of();
  }
}
