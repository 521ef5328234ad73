package io.github.courseport.export.app;

import io.github.courseport.core.port.Credentials;
import java.net.URI;

/** Starts the embedded fake Coursera server with the demo learner, for {@code --demo}. */
public interface DemoServer {
  /** A running demo server: where it listens and the session it accepts. */
  interface Running extends AutoCloseable {
    URI baseUri();

    Credentials credentials();

    @Override
    void close();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param laterDays serve the demo learner this many days later ({@code Learners.later}); 0 for
   *     the demo learner as it is
   * @param era the generation of Coursera's API to speak: {@code today} or {@code 2015}
   */
  Running start(int laterDays, String era);
}
