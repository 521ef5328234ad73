package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course completion event ({@code onDemandCompletionEvents.v1}; shape needs reproduction). */
@Described("A course completion event.")
public record CompletionEvent(
    String id, @Nullable String eventType, @Nullable Instant timestamp, Extras extras) {}
