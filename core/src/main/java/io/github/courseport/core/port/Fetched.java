package io.github.courseport.core.port;

import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import java.util.List;

/**
 * The answer to a single (non-keyed) question, such as "all the learner's memberships": the outcome
 * and every raw document fetched to reach it, failures included.
 */
public record Fetched<T>(Outcome<T> outcome, List<SourceDocument> documents) {
  public Fetched {
    documents = List.copyOf(documents);
  }

  public static <T> Fetched<T> of(Outcome<T> outcome) {
    return new Fetched<>(outcome, List.of());
  }
}
