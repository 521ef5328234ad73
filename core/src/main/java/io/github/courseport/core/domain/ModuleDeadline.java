package io.github.courseport.core.domain;

import java.time.Instant;

/** A module's deadline (epoch milliseconds on the wire). */
@Described("A module's deadline.")
public record ModuleDeadline(ModuleId moduleId, Instant deadline, Extras extras) {}
