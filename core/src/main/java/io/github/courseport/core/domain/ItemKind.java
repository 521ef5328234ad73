package io.github.courseport.core.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kind of an outline item, read from its open-ended type name: views choose words and xAPI
 * activity types by kind, and the export walks the learner's own work by kind. A type name this
 * version does not know is {@link #OTHER}; the item keeps the name as it came.
 */
public enum ItemKind {
  LECTURE("lecture"),
  READING("reading"),
  QUIZ("quiz"),
  EXAM("exam"),
  PEER_ASSIGNMENT("peer assignment"),
  PROGRAMMING_ASSIGNMENT("programming assignment"),
  STAFF_GRADED("staff-graded assignment"),
  DISCUSSION_PROMPT("discussion prompt"),
  LAB("lab"),
  WIDGET("interactive item"),
  OTHER("item");

  private final String noun;

  ItemKind(String noun) {
    this.noun = noun;
  }

  /** The kind's name in a sentence ({@code "peer assignment"}). */
  public String noun() {
    return noun;
  }

  /** The kind of a type name; {@link #OTHER} for null, blank or unknown names. */
  public static ItemKind of(@Nullable String typeName) {
    if (typeName == null) {
      return OTHER;
    }
    return switch (typeName.toLowerCase(Locale.ROOT)) {
      case "lecture", "video" -> LECTURE;
      case "supplement", "reading" -> READING;
      case "quiz", "practicequiz", "ungradedquiz" -> QUIZ;
      case "exam", "gradedquiz" -> EXAM;
      case "peer", "phasedpeer", "closedpeer", "gradedpeer" -> PEER_ASSIGNMENT;
      case "gradedprogramming", "ungradedprogramming", "programming" -> PROGRAMMING_ASSIGNMENT;
      case "staffgraded" -> STAFF_GRADED;
      case "discussionprompt" -> DISCUSSION_PROMPT;
      case "ungradedlab", "gradedlab", "workspacelauncher", "gradedlti", "ungradedlti" -> LAB;
      case "ungradedwidget", "gradedwidget", "coach" -> WIDGET;
      default -> OTHER;
    };
  }

  /** Whether items of this kind are graded work the learner submits (attempts, submissions). */
  public boolean isAssessment() {
    return switch (this) {
      case QUIZ, EXAM, PEER_ASSIGNMENT, PROGRAMMING_ASSIGNMENT, STAFF_GRADED -> true;
      default -> false;
    };
  }
}
