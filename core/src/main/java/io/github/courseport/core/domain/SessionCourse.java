package io.github.courseport.core.domain;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A session-based (v1) course: the catalog entry ({@code catalog.v1/courses}, {@code courses.v1} or
 * the course part of {@code users/v1/me/enrollments}) plus the ids of its sessions.
 *
 * @param provenance where each field came from, when the course was put together from two sources
 *     (see {@link #mergedWith}); empty for a course from one source
 */
@Described(
    "A session-based (v1) course (catalog.v1/courses, courses.v1 or the course part of "
        + "users/v1/me/enrollments).")
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
    Extras extras,
    @AddedLater("issue 15: list provenance")
        @Described(
            "Where each field came from when the course was put together from "
                + "catalog.v1/courses and courses.v1: the sources that agree, or the one kept and "
                + "what the other says. Empty for a course from one source.")
        SortedMap<String, String> provenance)
    implements Course {
  public SessionCourse {
    if (!id.isSessionBased()) {
      throw new IllegalArgumentException("not a session-based course id: " + id);
    }
    partnerIds = List.copyOf(partnerIds);
    instructorIds = List.copyOf(instructorIds);
    categoryIds = List.copyOf(categoryIds);
    sessionIds = List.copyOf(sessionIds);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
  }

  /** A course from one source. */
  public SessionCourse(
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
      Extras extras) {
    this(
        id,
        slug,
        name,
        partnerIds,
        instructorIds,
        categoryIds,
        sessionIds,
        photoUrl,
        smallIconHover,
        description,
        extras,
        new TreeMap<>());
  }

  /**
   * This course completed by what another source says of the same course, field by field, neither
   * silently winning: a field only one source has comes from it; where both have it and agree, both
   * are named; where they disagree, this one's value is kept and the other's is written into {@link
   * #provenance} next to its source's name. Unknown fields of both are kept (this one's first).
   *
   * @param mine the name of this course's source, e.g. {@code catalog.v1/courses}
   * @param theirs the other source's name, e.g. {@code courses.v1}
   */
  public SessionCourse mergedWith(SessionCourse other, String mine, String theirs) {
    if (!other.id.equals(id)) {
      throw new IllegalArgumentException(other.id + " is not " + id);
    }
    SortedMap<String, String> from = new TreeMap<>();
    String s = pick("slug", slug, other.slug, mine, theirs, from);
    String n = pick("name", name, other.name, mine, theirs, from);
    List<PartnerId> p = pick("partnerIds", partnerIds, other.partnerIds, mine, theirs, from);
    List<InstructorId> i =
        pick("instructorIds", instructorIds, other.instructorIds, mine, theirs, from);
    List<CategoryId> c = pick("categoryIds", categoryIds, other.categoryIds, mine, theirs, from);
    List<SessionId> ss = pick("sessionIds", sessionIds, other.sessionIds, mine, theirs, from);
    String photo = pick("photoUrl", photoUrl, other.photoUrl, mine, theirs, from);
    String icon = pick("smallIconHover", smallIconHover, other.smallIconHover, mine, theirs, from);
    String d = pick("description", description, other.description, mine, theirs, from);
    SortedMap<String, String> more = new TreeMap<>(other.extras.fields());
    more.putAll(extras.fields());
    return new SessionCourse(
        id,
        s == null ? "" : s,
        n == null ? "" : n,
        p == null ? List.of() : p,
        i == null ? List.of() : i,
        c == null ? List.of() : c,
        ss == null ? List.of() : ss,
        photo,
        icon,
        d,
        Extras.of(more),
        from);
  }

  private static <T> @Nullable T pick(
      String field,
      @Nullable T a,
      @Nullable T b,
      String mine,
      String theirs,
      SortedMap<String, String> from) {
    boolean hasA = present(a);
    boolean hasB = present(b);
    if (hasA && hasB) {
      from.put(
          field,
          Objects.equals(a, b)
              ? mine + ", " + theirs
              : mine + " (" + theirs + " says " + String.valueOf(b) + ")");
      return a;
    }
    if (hasA) {
      from.put(field, mine);
      return a;
    }
    if (hasB) {
      from.put(field, theirs);
      return b;
    }
    return a;
  }

  private static boolean present(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof String str) {
      return !str.isEmpty();
    }
    if (value instanceof List<?> list) {
      return !list.isEmpty();
    }
    return true;
  }
}
