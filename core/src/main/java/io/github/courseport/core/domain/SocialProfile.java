package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A classmate's social profile ({@code onDemandSocialProfiles.v1}, linked from classmates). */
@Described("A classmate's social profile (onDemandSocialProfiles.v1).")
public record SocialProfile(
    UserId id,
    @Nullable String fullName,
    @Nullable String photoUrl,
    @Nullable String courseRole,
    Extras extras) {}
