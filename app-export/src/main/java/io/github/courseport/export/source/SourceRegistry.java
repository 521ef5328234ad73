package io.github.courseport.export.source;

import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.SourceProvider;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every source the command can use: the built-in ones (opened with handles that count their
 * requests), then every other {@link SourceProvider} found on the class path with {@link
 * ServiceLoader}: the plug-ins. A built-in name wins over a plug-in of the same name, and a
 * provider whose name a built-in one has (the built-in adapters list theirs too, for embedders) is
 * registered once, as the built-in one.
 */
public final class SourceRegistry {
  private final SortedMap<String, SourceFactory> factories = new TreeMap<>();

  public SourceRegistry(Collection<SourceFactory> builtIn) {
    builtIn.forEach(f -> factories.put(f.name(), f));
    for (SourceProvider provider : ServiceLoader.load(SourceProvider.class)) {
      factories.putIfAbsent(provider.name(), SourceFactory.plugIn(provider));
    }
  }

  /** The factory of a name, if any. */
  public Optional<SourceFactory> find(String name) {
    return Optional.ofNullable(factories.get(name));
  }

  /** Every source, by name. */
  public SortedMap<String, SourceFactory> all() {
    return new TreeMap<>(factories);
  }

  /** Every name with its description, sorted. */
  public SortedMap<String, String> describe() {
    SortedMap<String, String> out = new TreeMap<>();
    factories.forEach((n, f) -> out.put(n, f.description()));
    return out;
  }

  /** Every renderer on the class path (the built-in views and plug-ins), by name. */
  public static List<RecordRenderer> renderers() {
    List<RecordRenderer> all = new java.util.ArrayList<>();
    ServiceLoader.load(RecordRenderer.class).forEach(all::add);
    all.sort(java.util.Comparator.comparing(RecordRenderer::name));
    return List.copyOf(all);
  }
}
