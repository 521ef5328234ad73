package io.github.courseport.core.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A course of either generation: session-based (v1) or on-demand (v2). */
@Described(
    "A course of either generation, told apart by courseType: session-based (v1.session) or "
        + "on-demand (v2.ondemand).")
public sealed interface Course permits SessionCourse, OnDemandCourse {
  CourseId id();

  /** The URL name: {@code slug} for v2, {@code shortName} for v1. */
  String slug();

  String name();

  List<PartnerId> partnerIds();

  List<InstructorId> instructorIds();

  @Nullable String photoUrl();

  Extras extras();

  /** The wire's {@code courseType}: {@code v1.session} or {@code v2.ondemand}. */
  default String courseType() {
    return this instanceof SessionCourse ? "v1.session" : "v2.ondemand";
  }
}
