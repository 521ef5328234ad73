package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.TransportSettings;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The {@code batch} source for {@code --source batch}, found by {@link ServiceLoader}. Options (all
 * optional): those of {@link TransportSettings.Options}, which every built-in source reads, and
 * {@link #STRICT} ({@code true}/{@code false}), {@link #MAX_SUB_REQUESTS}, {@link #MAX_BODY_BYTES},
 * {@link #LINGER}.
 *
 * <p>Closing the ports it opens ({@link SourcePorts#close()}) closes the adapter and its threads.
 */
public final class BatchSourceProvider implements SourceProvider {
  /** Fail instead of sending requests on their own when the batch endpoint is gone. */
  public static final String STRICT = "batch.strict";

  /** Sub-requests per batch at most. */
  public static final String MAX_SUB_REQUESTS = "batch.maxSubRequests";

  /** Bytes of batch body at most. */
  public static final String MAX_BODY_BYTES = "batch.maxBodyBytes";

  /** Milliseconds a batch that is not full waits for company. */
  public static final String LINGER = "batch.lingerMillis";

  /** For {@link ServiceLoader}. */
  public BatchSourceProvider() {}

  @Override
  public String name() {
    return BatchCourseraAdapter.NAME;
  }

  @Override
  public String description() {
    return "Coursera's web API through POST /api/batch, many requests per round trip";
  }

  @Override
  public java.util.Map<String, String> options() {
    java.util.SortedMap<String, String> out = TransportSettings.Options.described();
    out.put(STRICT, "true: stop when POST /api/batch is gone instead of falling back");
    out.put(MAX_SUB_REQUESTS, "sub-requests per batch at most");
    out.put(MAX_BODY_BYTES, "bytes per batch request body at most");
    out.put(LINGER, "ms a batch waits for more requests before it is sent");
    return out;
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    BatchCourseraAdapter adapter = builder(settings).build();
    return adapter.ports().closing(adapter::close);
  }

  /** The adapter builder these settings describe. */
  public static BatchCourseraAdapter.Builder builder(SourceSettings settings) {
    BatchCourseraAdapter.Builder b = BatchCourseraAdapter.builder(settings);
    b.strict(
        settings
            .option(STRICT)
            .map(v -> v.trim().toLowerCase(Locale.ROOT))
            .map(
                v -> {
                  if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException(
                        "the option " + STRICT + " must be true or false, not \"" + v + "\"");
                  }
                  return v.equals("true");
                })
            .orElse(settings.transport().strict()));
    TransportSettings.Options.number(settings, MAX_SUB_REQUESTS)
        .ifPresent(n -> b.maxSubRequests(n.intValue()));
    TransportSettings.Options.number(settings, MAX_BODY_BYTES)
        .ifPresent(n -> b.maxBodyBytes(n.intValue()));
    TransportSettings.Options.number(settings, LINGER)
        .ifPresent(n -> b.linger(Duration.ofMillis(Math.round(n))));
    return b;
  }
}
