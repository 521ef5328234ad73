package io.github.courseport.export.app;

import io.github.courseport.export.archive.BagArchive;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What the user asked of {@code courseport export}, already parsed.
 *
 * @param demo export the embedded demo learner from an embedded fake server
 * @param wwwBase base of the internal API (www host), or null for Coursera's
 * @param apiBase base of the public API (api host), or null for Coursera's
 * @param cookieFile a file holding the session, or null to use the environment
 * @param source the source name ({@code http}, {@code batch}, a plug-in's)
 * @param concurrency port calls (and so requests) in flight at most
 * @param retryBackoffMillis the upper bound of the first wait before a retry, or null for the
 *     adapter's default
 * @param strictBatch the batch source fails instead of falling back to one request per resource
 * @param rateLimit requests per second at most (0: none), or null for the default: polite to a real
 *     Coursera host, unlimited for a loopback one (the demo, a fake server)
 * @param csvBom the CSV views start with a UTF-8 byte-order mark (for spreadsheets that need one)
 * @param laterDays with {@code demo}: serve the demo learner this many days later (0: as it is)
 * @param demoEra with {@code demo}: the generation of Coursera's API the demo server speaks ({@code
 *     today} or {@code 2015})
 * @param noWork leave the learner's own work out (attempts, submissions, answers, notes,
 *     certificates): not asked, and the completeness report says so
 * @param forumRequestsPerCourse search each course's whole forums for the learner's posts, at most
 *     this many requests per course; 0: not searched (the default)
 * @param sourceOptions the source's own options ({@code --source-option KEY=VALUE})
 */
public record ExportOptions(
    boolean demo,
    @Nullable URI wwwBase,
    @Nullable URI apiBase,
    @Nullable Path cookieFile,
    String source,
    Path out,
    BagArchive.Format format,
    int concurrency,
    @Nullable Double rateLimit,
    @Nullable Long retryBackoffMillis,
    boolean strictBatch,
    boolean resume,
    boolean quiet,
    boolean verbose,
    boolean csvBom,
    int laterDays,
    String demoEra,
    boolean noWork,
    int forumRequestsPerCourse,
    java.util.Map<String, String> sourceOptions) {
  public ExportOptions {
    sourceOptions = java.util.Map.copyOf(sourceOptions);
  }
}
