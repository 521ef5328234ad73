package io.github.courseport.core.port;

/**
 * The plug-in point for sources: a jar on the classpath that lists an implementation in {@code
 * META-INF/services/io.github.courseport.core.port.SourceProvider} can be chosen with {@code
 * --source NAME}.
 */
public interface SourceProvider {
  /** The name users pass to {@code --source}; lower case, no spaces. */
  String name();

  /** One line for {@code --help}. */
  String description();

  /** Opens the source; the returned ports may hold connections until the caller closes them. */
  SourcePorts open(SourceSettings settings);
}
