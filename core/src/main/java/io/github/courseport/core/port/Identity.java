package io.github.courseport.core.port;

import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who the session belongs to.
 *
 * @param userId the id the session reports (never one the user typed)
 * @param discoveredBy the resource that revealed it, e.g. {@code memberships.v1}
 * @param externalId the learner's external id, when an answer revealed it
 */
public record Identity(UserId userId, String discoveredBy, @Nullable ExternalUserId externalId) {}
