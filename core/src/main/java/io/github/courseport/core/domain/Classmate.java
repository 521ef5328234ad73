package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A classmate's course profile ({@code onDemandClassmateProfiles.v1?q=byExternalIds}). */
@Described("A classmate's course profile.")
public record Classmate(
    ExternalUserId id,
    @Nullable UserId userId,
    @Nullable Double courseProgressPercentage,
    @Nullable Boolean courseCompleted,
    @Nullable Integer postsCount,
    @Nullable Integer votesReceivedCount,
    @Nullable SocialProfile socialProfile,
    Extras extras) {}
