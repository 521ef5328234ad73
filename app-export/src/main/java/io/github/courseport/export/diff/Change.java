package io.github.courseport.export.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change in the learner's record.
 *
 * @param kind what changed, one of {@link Kind}
 * @param text the change in the learner's words, one line of plain text (names and ids from the
 *     record included as they are: writers escape it for their format)
 * @param fields the facts behind the text, by name (e.g. {@code moduleId}, {@code old}, {@code
 *     new}), in a fixed order; values are strings, numbers, booleans or null
 */
public record Change(Kind kind, String text, Map<String, @Nullable Object> fields) {
  /** The kinds of change, with their names in the JSON output. */
  public enum Kind {
    COURSE_ADDED("courseAdded"),
    COURSE_DROPPED("courseDropped"),
    COURSE_COMPLETED("courseCompleted"),
    GRADE_CHANGED("gradeChanged"),
    ITEM_GRADE_CHANGED("itemGradeChanged"),
    MODULE_COMPLETED("moduleCompleted"),
    ITEM_COMPLETED("itemCompleted"),
    DEADLINE_ADDED("deadlineAdded"),
    DEADLINE_MOVED("deadlineMoved"),
    DEADLINE_REMOVED("deadlineRemoved"),
    NOTE_ADDED("noteAdded"),
    ATTEMPT_ADDED("attemptAdded"),
    ATTEMPT_GRADE_CHANGED("attemptGradeChanged"),
    SUBMISSION_ADDED("submissionAdded"),
    REVIEW_ADDED("reviewAdded"),
    CERTIFICATE_ADDED("certificateAdded"),
    PROFILE_CHANGED("profileChanged"),
    NOT_COMPARED("notCompared");

    private final String json;

    Kind(String json) {
      this.json = json;
    }

    /** The name in the JSON output. */
    public String json() {
      return json;
    }
  }

  public Change {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A change with its facts given as name, value pairs. */
  static Change of(Kind kind, String text, @Nullable Object... nameValues) {
    Map<String, @Nullable Object> f = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      f.put(String.valueOf(nameValues[i]), nameValues[i + 1]);
    }
    return new Change(kind, text, f);
  }
}
