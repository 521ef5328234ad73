package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * The learner's own profile ({@code externalBasicProfiles.v1?q=me}).
 *
 * @param externalId the id classmates see, when an answer revealed it
 */
@Described("The learner's profile (externalBasicProfiles.v1).")
public record LearnerProfile(
    UserId id,
    @Nullable String fullName,
    @Nullable String timezone,
    @Nullable String locale,
    @Nullable String privacy,
    @Described("The id classmates see, when an answer revealed it.")
        @Nullable ExternalUserId externalId,
    Extras extras) {}
