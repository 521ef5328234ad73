package io.github.courseport.export.source;

import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens a named source: a {@link SourceProvider} (a built-in one or a plug-in found with {@link
 * java.util.ServiceLoader}) and how the command opens it.
 */
public interface SourceFactory {
  /** The provider: its name, description, options, whether it needs a session, its replay. */
  SourceProvider provider();

  /** The name given to {@code --source}. */
  default String name() {
    return provider().name();
  }

  /** One line for {@code --help}. */
  default String description() {
    return provider().description();
  }

  /**
   * Opens the source.
   *
   * @throws IllegalArgumentException when the settings do not fit the source (its message says
   *     why); nothing has been started then
   */
  SourceHandle open(SourceSettings settings);

  /**
   * Whether the source talks to the hosts of its settings ({@code wwwBase}, {@code apiBase}), so
   * that the command checks first that they can be reached. False by default: a plug-in may read
   * from anywhere.
   */
  default boolean reachesHosts() {
    return false;
  }

  /** The options the source reads, each with what it does. */
  default Map<String, String> options() {
    return provider().options();
  }

  /**
   * A factory for a provider, opening its sources with {@code open}.
   *
   * @param reachesHosts whether its sources talk to the hosts of their settings
   */
  static SourceFactory of(
      SourceProvider provider, boolean reachesHosts, Function<SourceSettings, SourceHandle> open) {
    return new SourceFactory() {
      @Override
      public SourceProvider provider() {
        return provider;
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

  /** A plug-in: opened as its provider says, its handle closing the ports it opened. */
  static SourceFactory plugIn(SourceProvider provider) {
    return of(provider, false, settings -> SourceHandle.of(provider.open(settings)));
  }
}
