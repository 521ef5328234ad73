package io.github.courseport.core.domain;

import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A line of the learner's course index: enough to find and name the course record, and where the
 * course came from.
 *
 * @param listedBy every list that named the course (resource names, sorted): its provenance
 * @param member whether the learner is a member of the course (a membership or enrollment names
 *     it), not only someone who saved it in a list or joined a specialization that holds it
 */
@Described(
    "A line of the course index: enough to find and name the course record, and where the "
        + "course came from.")
public record CourseSummary(
    CourseId id,
    String courseType,
    @Nullable String slug,
    @Nullable String name,
    @AddedLater("issue 15: list provenance")
        @Described(
            "Every list that named the course (resource names, or 'specialization <id>'), "
                + "sorted: its provenance.")
        List<String> listedBy,
    @AddedLater("issue 15: list provenance")
        @Described(
            "Whether a membership or enrollment names the course (the learner is a member), "
                + "not only a saved list or a specialization.")
        boolean member) {
  public CourseSummary {
    listedBy = List.copyOf(new TreeSet<>(listedBy));
  }

  /** A summary of a member's course whose lists are not known. */
  public CourseSummary(
      CourseId id, String courseType, @Nullable String slug, @Nullable String name) {
    this(id, courseType, slug, name, List.of(), true);
  }
}
