package io.github.courseport.export.source;

import io.github.courseport.core.port.SourcePorts;
import java.util.function.LongSupplier;

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

  /** A handle over ports that count nothing, closing them when it is closed. */
  static SourceHandle of(SourcePorts ports) {
    return of(ports, () -> -1, () -> -1, ports::close);
  }

  /** A handle over ports whose costs are counted, closed by {@code close}. */
  static SourceHandle of(
      SourcePorts ports, LongSupplier requests, LongSupplier retries, Runnable close) {
    return new SourceHandle() {
      @Override
      public SourcePorts ports() {
        return ports;
      }

      @Override
      public long requests() {
        return requests.getAsLong();
      }

      @Override
      public long retries() {
        return retries.getAsLong();
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }
}
