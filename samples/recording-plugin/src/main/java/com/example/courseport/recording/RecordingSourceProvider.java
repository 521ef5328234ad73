package com.example.courseport.recording;

import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RecordedAnswers;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --source recording}: a learner's recording read from a file ({@code --source-option
 * file=PATH}), with no Coursera session. It carries grades and nothing else: every other family is
 * "not carried", which leaves the export complete. Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.courseport.core.port.SourceProvider}.
 */
public final class RecordingSourceProvider implements SourceProvider {
  /** The option naming the recording file. */
  public static final String FILE = "file";

  /** For {@link java.util.ServiceLoader}. */
  public RecordingSourceProvider() {}

  @Override
  public String name() {
    return RecordingPorts.NAME;
  }

  @Override
  public String description() {
    return "a learner's recording from a file: grades only (sample plug-in)";
  }

  @Override
  public boolean needsSession() {
    return false;
  }

  @Override
  public Map<String, String> options() {
    return Map.of(FILE, "the recording file to read (required)");
  }

  @Override
  public SourcePorts open(SourceSettings settings) {
    Path file =
        Path.of(
            settings
                .option(FILE)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the option file is required: --source-option file=PATH")));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the recording " + file + ": " + e, e);
    }
    Recording.parse(bytes); // a recording that cannot be read is refused before anything starts
    return RecordingPorts.of(
        request ->
            Optional.of(
                new SourceDocument(
                    RecordingPorts.RESOURCE,
                    "GET",
                    request,
                    200,
                    Instant.now(),
                    RecordingPorts.NAME,
                    "text/plain; charset=utf-8",
                    bytes)));
  }

  /** The same questions, answered by the documents an archive of this source kept. */
  @Override
  public Optional<SourcePorts> replay(RecordedAnswers answers, SourceSettings settings) {
    return Optional.of(
        RecordingPorts.of(
            request -> {
              List<SourceDocument> kept = answers.answers(RecordingPorts.RESOURCE, request);
              return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
            }));
  }
}
