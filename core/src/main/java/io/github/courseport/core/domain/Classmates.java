package io.github.courseport.core.domain;

import java.util.List;

/**
 * The classmate profiles a source could ask for in a course; {@code unasked} says, in words, whose
 * could not be asked (the API takes external ids, and nothing lists them all).
 */
@Described("Classmates' course profiles (onDemandClassmateProfiles.v1).")
public record Classmates(
    CourseId courseId,
    List<Classmate> classmates,
    @Described(
            "Whose profiles could not be asked, in words (the API takes external ids, and "
                + "nothing lists them all).")
        String unasked) {
  public Classmates {
    classmates = List.copyOf(classmates);
  }
}
