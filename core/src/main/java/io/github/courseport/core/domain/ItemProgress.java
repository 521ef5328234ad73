package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One item's state in {@code onDemandCoursesProgress.v1} (e.g. {@code Completed}, epoch ms). */
@Described("One item's progress state (e.g. Completed) and when it was reached.")
public record ItemProgress(String progressState, @Nullable Instant timestamp, Extras extras) {}
