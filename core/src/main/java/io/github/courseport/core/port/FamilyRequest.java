package io.github.courseport.core.port;

import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.UserId;
import java.util.List;
import java.util.Set;

/**
 * What a per-course family call needs: whose, which courses, and the external user ids known so far
 * (the classmates endpoint can only be asked by external id).
 */
public record FamilyRequest(UserId user, List<CourseRef> courses, Set<ExternalUserId> externalIds) {
  public FamilyRequest {
    courses = List.copyOf(courses);
    externalIds = Set.copyOf(externalIds);
  }
}
