package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note the learner wrote in a course (on a video or a reading).
 *
 * @param moduleId the module it was found in
 * @param itemId the item it is attached to, when the server says
 * @param text the learner's words as they wrote them
 * @param extras what else the server sent, its {@code details} (where in the item, a highlight...)
 *     included, as it came
 */
@Described("A note the learner wrote in a course (on a video or a reading).")
public record LearnerNote(
    String id,
    @Nullable ModuleId moduleId,
    @Nullable ItemId itemId,
    @Nullable String text,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    Extras extras) {}
