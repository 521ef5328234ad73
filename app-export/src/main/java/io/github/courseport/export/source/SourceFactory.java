package io.github.courseport.export.source;

import io.github.courseport.core.port.SourceSettings;

/** Opens a named source. Built-in ones come from Dagger modules, plug-ins from ServiceLoader. */
public interface SourceFactory {
  /** The name given to {@code --source}. */
  String name();

  /** One line for {@code --help}. */
  String description();

  SourceHandle open(SourceSettings settings);
}
