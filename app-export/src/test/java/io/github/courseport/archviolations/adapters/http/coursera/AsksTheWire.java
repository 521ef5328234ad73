package io.github.courseport.archviolations.adapters.http.coursera;

import io.github.courseport.archviolations.adapters.http.naptime.client.Wire;

/** Breaks "the API layer knows no transport": it sends through the plain HTTP client itself. */
public class AsksTheWire {
  public int value() {
    return Wire.send();
  }
}
