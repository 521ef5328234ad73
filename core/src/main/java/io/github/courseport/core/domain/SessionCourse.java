package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session-based (v1) course: the catalog entry ({@code catalog.v1/courses} or the course part of
 * {@code users/v1/me/enrollments}) plus the ids of its sessions.
 */
public record SessionCourse(
    CourseId id,
    String slug,
    String name,
    List<PartnerId> partnerIds,
    List<InstructorId> instructorIds,
    List<CategoryId> categoryIds,
    List<SessionId> sessionIds,
    @Nullable String photoUrl,
    @Nullable String smallIconHover,
    @Nullable String description,
    Extras extras)
    implements Course {
  public SessionCourse {
    if (!id.isSessionBased()) {
      throw new IllegalArgumentException("not a session-based course id: " + id);
    }
    partnerIds = List.copyOf(partnerIds);
    instructorIds = List.copyOf(instructorIds);
    categoryIds = List.copyOf(categoryIds);
    sessionIds = List.copyOf(sessionIds);
  }
}
