package io.github.courseport.export.replay;

import io.github.courseport.adapters.http.coursera.CourseraApi;
import io.github.courseport.adapters.http.coursera.RequestShape;
import io.github.courseport.core.port.SourcePorts;

/**
 * Coursera's API layer over a {@link ReplayExchange}: the same request building, mapping, fallbacks
 * and assembly as a live export, cut the way the built-in sources cut requests ({@link
 * RequestShape#DEFAULT}: every course asked on its own, so plain and batch exports ask the same
 * URLs), so each request finds the answer the original export stored for it.
 */
public final class ReplaySource {
  private ReplaySource() {}

  /**
   * Whether archives of a source are replayed through Coursera's API layer: those of the built-in
   * sources ({@code http}, {@code batch}, {@code fixtures}), which all ask the same URLs.
   */
  public static boolean replays(String sourceName) {
    return java.util.Set.of("http", "batch", "fixtures").contains(sourceName);
  }

  /** The ports of a rebuild over these answers. */
  public static SourcePorts ports(ReplayExchange exchange) {
    return CourseraApi.ports(exchange, RequestShape.DEFAULT);
  }
}
