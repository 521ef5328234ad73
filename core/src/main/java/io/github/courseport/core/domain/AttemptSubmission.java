package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One submitted attempt at a quiz or exam.
 *
 * @param id the submission's id, when the server gave one
 * @param submittedAt when it was submitted
 * @param score the score it earned, when known
 * @param maxScore the most it could earn, when known
 */
@Described("One submitted attempt at a quiz or exam.")
public record AttemptSubmission(
    @Nullable String id,
    @Nullable Instant submittedAt,
    @Nullable Double score,
    @Nullable Double maxScore,
    Extras extras) {}
