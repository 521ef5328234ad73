package io.github.courseport.core.port;

import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.UserId;

/** Who is this session, and what is their profile. */
public interface IdentityPort {
  /**
   * Discovers the user id of the session. Cheap enough to be called again to check whether the
   * session is still alive.
   *
   * @return found with the identity; any other outcome means the identity could not be established
   * @throws io.github.courseport.core.error.AuthenticationException when the session is rejected
   */
  Fetched<Identity> whoAmI();

  /**
   * The learner's own profile.
   *
   * @return found, absent when the profile endpoint has no profile, unavailable when it is gone
   */
  Fetched<LearnerProfile> profile(UserId user);
}
