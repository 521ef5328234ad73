package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course completion event ({@code onDemandCompletionEvents.v1}; shape needs reproduction). */
public record CompletionEvent(
    String id, @Nullable String eventType, @Nullable Instant timestamp, Extras extras) {}
