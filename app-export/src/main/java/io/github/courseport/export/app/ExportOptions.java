package io.github.courseport.export.app;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code courseport export} takes the record from, already parsed: the source, its session
 * and hosts, and how politely it asks. What the run writes and prints is in {@link RunOptions},
 * which a rebuild shares.
 *
 * @param demo export the embedded demo learner from an embedded fake server
 * @param wwwBase base of the internal API (www host), or null for Coursera's
 * @param apiBase base of the public API (api host), or null for Coursera's
 * @param cookieFile a file holding the session, or null to use the environment
 * @param source the source name ({@code http}, {@code batch}, a plug-in's)
 * @param retryBackoffMillis the upper bound of the first wait before a retry, or null for the
 *     adapter's default
 * @param strictBatch the batch source fails instead of falling back to one request per resource
 * @param rateLimit requests per second at most (0: none), or null for the default: polite to a real
 *     Coursera host, unlimited for a loopback one (the demo, a fake server)
 * @param laterDays with {@code demo}: serve the demo learner this many days later (0: as it is)
 * @param demoEra with {@code demo}: the generation of Coursera's API the demo server speaks ({@code
 *     today} or {@code 2015})
 * @param sourceOptions the source's own options ({@code --source-option KEY=VALUE})
 */
public record ExportOptions(
    boolean demo,
    @Nullable URI wwwBase,
    @Nullable URI apiBase,
    @Nullable Path cookieFile,
    String source,
    @Nullable Double rateLimit,
    @Nullable Long retryBackoffMillis,
    boolean strictBatch,
    int laterDays,
    String demoEra,
    java.util.Map<String, String> sourceOptions) {
  public ExportOptions {
    sourceOptions = java.util.Map.copyOf(sourceOptions);
  }
}
