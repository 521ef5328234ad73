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

  /**
   * Whether the source talks to the hosts of its settings ({@code wwwBase}, {@code apiBase}), so
   * that the command checks first that they can be reached. False by default: a plug-in may read
   * from anywhere.
   */
  default boolean reachesHosts() {
    return false;
  }

  /**
   * A factory named and described as a provider says, opening its sources with {@code open}.
   *
   * @param reachesHosts whether its sources talk to the hosts of their settings
   */
  static SourceFactory of(
      SourceProvider provider, boolean reachesHosts, Function<SourceSettings, SourceHandle> open) {
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
      public boolean reachesHosts() {
        return reachesHosts;
      }

      @Override
      public SourceHandle open(SourceSettings settings) {
        return open.apply(settings);
      }
    };
  }
}
