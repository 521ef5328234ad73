package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * The learner's own profile ({@code externalBasicProfiles.v1?q=me}).
 *
 * @param externalId the id classmates see, when an answer revealed it
 */
public record LearnerProfile(
    UserId id,
    @Nullable String fullName,
    @Nullable String timezone,
    @Nullable String locale,
    @Nullable String privacy,
    @Nullable ExternalUserId externalId,
    Extras extras) {}
