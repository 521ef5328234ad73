package io.github.courseport.core.export;

import io.github.courseport.core.domain.CourseFamily;

/**
 * What an export asks beyond the record's core: the learner's own work (attempts, submissions,
 * answers, notes, certificates: asked unless left out for a quick export) and the search of the
 * whole course forums (opt-in, within a request budget per course).
 *
 * @param learnersWork whether the learner's own work is asked
 * @param notAskedWhy why it is not, in words for the completeness report; empty when it is asked
 * @param forumRequestsPerCourse the request budget per course of the whole-forum search; 0: the
 *     forums are not searched
 */
public record ExportScope(boolean learnersWork, String notAskedWhy, int forumRequestsPerCourse) {
  /** Everything but the opt-in forum search. */
  public static final ExportScope DEFAULT = new ExportScope(true, "", 0);

  public ExportScope {
    if (forumRequestsPerCourse < 0) {
      throw new IllegalArgumentException("the forum request budget must not be negative");
    }
    if (!learnersWork && notAskedWhy.isBlank()) {
      throw new IllegalArgumentException("say why the learner's work is not asked");
    }
    if (learnersWork) {
      notAskedWhy = "";
    }
  }

  /** The same scope without the learner's own work, for the reason given. */
  public ExportScope withoutLearnersWork(String why) {
    return new ExportScope(false, why, 0);
  }

  /** The same scope with the whole course forums searched, at most this many requests a course. */
  public ExportScope withForums(int requestsPerCourse) {
    return new ExportScope(learnersWork, notAskedWhy, learnersWork ? requestsPerCourse : 0);
  }

  /** Whether an export of this scope asks a family. */
  public boolean asks(CourseFamily<?> family) {
    return learnersWork || !family.isLearnersWork();
  }
}
