package io.github.courseport.core.domain;

/** Passed items and the course grade (0..1 on the wire), overall or for the verified track. */
@Described("Passed items and the course grade (0..1).")
public record GradeOutcome(int passedItemsCount, double courseGrade, Extras extras) {}
