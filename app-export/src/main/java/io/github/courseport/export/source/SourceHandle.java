package io.github.courseport.export.source;

import io.github.courseport.core.port.SourcePorts;

/** An open source: its ports, what it has cost so far, and how to let it go. */
public interface SourceHandle extends AutoCloseable {
  SourcePorts ports();

  /** HTTP requests made so far, or -1 when the source does not count them. */
  default long requests() {
    return -1;
  }

  /** Retries made so far, or -1 when the source does not count them. */
  default long retries() {
    return -1;
  }

  @Override
  default void close() {}
}
