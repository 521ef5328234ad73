package io.github.courseport.export.source;

import io.github.courseport.core.port.SourceSettings;

/** Opens a named source. Built-in ones come from Dagger modules, plug-ins from ServiceLoader. */
public interface SourceFactory {
  /** The name given to {@code --source}. */
  String name();

  /** One line for {@code --help}. */
  String description();

  SourceHandle open(SourceSettings settings);

  /**
   * Whether the source talks to the hosts of its settings ({@code wwwBase}, {@code apiBase}), so
   * that the command checks first that they can be reached. False by default: a plug-in may read
   * from anywhere.
   */
  default boolean reachesHosts() {
    return false;
  }
}
