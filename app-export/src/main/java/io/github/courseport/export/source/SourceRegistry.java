package io.github.courseport.export.source;

import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every source the command can use: the built-in ones, then any {@link SourceProvider} found on the
 * classpath with {@link ServiceLoader} (a built-in name wins over a plug-in of the same name).
 */
public final class SourceRegistry {
  private final SortedMap<String, SourceFactory> factories = new TreeMap<>();

  public SourceRegistry(Map<String, SourceFactory> builtIn) {
    factories.putAll(builtIn);
    for (SourceProvider provider : ServiceLoader.load(SourceProvider.class)) {
      factories.putIfAbsent(provider.name(), wrap(provider));
    }
  }

  /** The factory of a name, if any. */
  public java.util.Optional<SourceFactory> find(String name) {
    return java.util.Optional.ofNullable(factories.get(name));
  }

  /** Every name with its description, sorted. */
  public SortedMap<String, String> describe() {
    SortedMap<String, String> out = new TreeMap<>();
    factories.forEach((n, f) -> out.put(n, f.description()));
    return out;
  }

  private static SourceFactory wrap(SourceProvider provider) {
    return SourceFactory.of(
        provider,
        false,
        settings -> {
          SourcePorts ports = provider.open(settings);
          return () -> ports;
        });
  }
}
