package io.github.courseport.core.port;

import java.util.Map;
import java.util.Optional;

/**
 * The plug-in point for sources: a jar on the class path that lists an implementation in {@code
 * META-INF/services/io.github.courseport.core.port.SourceProvider} can be chosen with {@code
 * --source NAME}. Implementations need a public no-argument constructor.
 */
public interface SourceProvider {
  /** The name users pass to {@code --source}; lower case, no spaces. */
  String name();

  /** One line for {@code --help} and {@code courseport sources}. */
  String description();

  /**
   * Whether the source reads Coursera with the learner's session (the {@code CAUTH} cookie). A
   * source that reads something else (a file, another service) says false: the command then asks
   * for no cookie and checks no Coursera host, and {@link SourceSettings#credentials()} is null.
   */
  default boolean needsSession() {
    return true;
  }

  /**
   * The options this source reads from {@link SourceSettings#options()} ({@code --source-option
   * KEY=VALUE}), each with one line that says what it does: listed by {@code courseport sources},
   * and the only keys the command accepts for this source.
   */
  default Map<String, String> options() {
    return Map.of();
  }

  /**
   * Opens the source; the returned ports may hold threads or connections until they are closed
   * ({@link SourcePorts#close()}).
   *
   * @throws IllegalArgumentException when the settings do not fit (a missing or bad option, a file
   *     that cannot be read): the message says which, and the command shows it as a usage error
   */
  SourcePorts open(SourceSettings settings);

  /**
   * The same source answering from an archive's raw answers instead of its origin, for {@code
   * courseport rebuild}: a source that can derive its record again from the documents it stored
   * returns ports that read them (and never the network or the original files). Empty by default:
   * an archive of this source then cannot be rebuilt, and the command says so.
   */
  default Optional<SourcePorts> replay(RecordedAnswers answers, SourceSettings settings) {
    return Optional.empty();
  }
}
