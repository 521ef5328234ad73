package io.github.courseport.archviolations.adapters.http.exchange;

/** A stand-in for the transport seam. */
public interface Exchange {
  int send();
}
