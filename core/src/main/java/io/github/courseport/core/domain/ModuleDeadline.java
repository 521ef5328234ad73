package io.github.courseport.core.domain;

import java.time.Instant;

/** A module's deadline (epoch milliseconds on the wire). */
public record ModuleDeadline(ModuleId moduleId, Instant deadline, Extras extras) {}
