package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post of the learner's in a course forum: an answer to a discussion prompt or another thread, or
 * a thread (question) they started.
 *
 * @param id the post's id as the server gave it
 * @param questionId the thread it belongs to (for a thread starter, its own id)
 * @param kind {@code "answer"} or {@code "question"}
 * @param text the post's words as the server sent them (markup kept)
 */
@Described("A post of the learner's in a course forum.")
public record ForumPost(
    String id,
    @Nullable String questionId,
    String kind,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable String text,
    Extras extras) {}
