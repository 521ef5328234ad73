package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * One graded item's grade and state, as far as the server tells.
 *
 * @param grade the grade, 0..1
 * @param state the state as the server names it ({@code passed}, {@code notPassed}...), if given
 * @param passed whether the item is passed, when the server says so in so many words
 * @param override an instructor's override of the item's outcome, with its explanation
 */
@Described("One graded item's grade (0..1) and state, as far as the server tells.")
public record ItemGrade(
    @Nullable Double grade,
    @Nullable String state,
    Extras extras,
    @AddedLater("issue 24: today's grades")
        @Described("Whether the item is passed, when the server says so in so many words.")
        @Nullable Boolean passed,
    @AddedLater("issue 24: today's grades")
        @Described("An instructor's override of the item's outcome.")
        @Nullable GradeOverride override) {

  /** An item grade without a passed flag or override (2015's shape). */
  public ItemGrade(@Nullable Double grade, @Nullable String state, Extras extras) {
    this(grade, state, extras, null, null);
  }

  /** The grade that counts: the override's when an instructor overrode the outcome. */
  public @Nullable Double effectiveGrade() {
    return override != null && override.grade() != null ? override.grade() : grade;
  }
}
