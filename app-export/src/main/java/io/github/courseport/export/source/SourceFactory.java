package io.github.courseport.export.source;

import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.util.function.Function;

/** Opens a named source. Built-in ones come from Dagger modules, plug-ins from ServiceLoader. */
public interface SourceFactory {
  /** The name given to {@code --source}. */
  String name();

  /** One line for {@code --help}. */
  String description();

  SourceHandle open(SourceSettings settings);

  /** A factory named and described as a provider says, opening its sources with {@code open}. */
  static SourceFactory of(SourceProvider provider, Function<SourceSettings, SourceHandle> open) {
    return new SourceFactory() {
      @Override
      public String name() {
        return provider.name();
      }

      @Override
      public String description() {
        return provider.description();
      }

      @Override
      public SourceHandle open(SourceSettings settings) {
        return open.apply(settings);
      }
    };
  }
}
