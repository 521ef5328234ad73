package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An on-demand (v2) course from {@code courses.v1}. Empty wire strings arrive here as null. */
@Described("An on-demand (v2) course (courses.v1).")
public record OnDemandCourse(
    CourseId id,
    String slug,
    String name,
    List<PartnerId> partnerIds,
    List<InstructorId> instructorIds,
    @Nullable String photoUrl,
    @Nullable String description,
    @Nullable String partnerLogo,
    @Nullable String certificatePartnerLogo,
    Extras extras)
    implements Course {
  public OnDemandCourse {
    partnerIds = List.copyOf(partnerIds);
    instructorIds = List.copyOf(instructorIds);
  }
}
