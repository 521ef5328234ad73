package io.github.courseport.adapters.http;

import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;

/**
 * The {@code http} source for {@code --source http}, found by {@link java.util.ServiceLoader}.
 * Options (all optional) are those of {@link TransportSettings.Options}.
 *
 * <p>Closing the ports it opens ({@link SourcePorts#close()}) closes the adapter and its threads.
 */
public final class HttpSourceProvider implements SourceProvider {
  /** For {@link java.util.ServiceLoader}. */
  public HttpSourceProvider() {}

  @Override
  public String name() {
    return HttpCourseraAdapter.NAME;
  }

  @Override
  public String description() {
    return "Coursera's web API, one request per resource (the default)";
  }

  @Override
  public java.util.Map<String, String> options() {
    return TransportSettings.Options.described();
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    HttpCourseraAdapter adapter = builder(settings).build();
    return adapter.ports().closing(adapter::close);
  }

  /** The adapter builder these settings describe. */
  public static HttpCourseraAdapter.Builder builder(SourceSettings settings) {
    return HttpCourseraAdapter.builder(settings);
  }
}
