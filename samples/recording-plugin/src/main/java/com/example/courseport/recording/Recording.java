package com.example.courseport.recording;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A learner's recording, one fact a line (a {@code #} starts a comment):
 *
 * <pre>
 * user 1001 Ada Lovelace
 * course c-intro-java intro-java Introduction to Java
 * grade c-intro-java 0.97 passed
 * </pre>
 *
 * <p>Courses are on-demand courses with an id, a slug and a name; a grade is a fraction (0 to 1) and
 * a passing state. The recording holds no deadlines, progress or anything else: the source says it
 * does not carry those.
 */
record Recording(
    UserId user, String name, SortedMap<CourseId, Course> courses, Map<CourseId, Grade> grades) {
  record Course(CourseId id, String slug, String name) {}

  record Grade(double fraction, String passingState) {}

  /**
   * Reads a recording.
   *
   * @throws IllegalArgumentException when a line is not one of the three kinds, naming the line
   */
  static Recording parse(byte[] bytes) {
    UserId user = null;
    String name = "";
    SortedMap<CourseId, Course> courses = new TreeMap<>();
    Map<CourseId, Grade> grades = new TreeMap<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ", 4);
      try {
        switch (f[0]) {
          case "user" -> {
            user = new UserId(Long.parseLong(f[1]));
            name = f.length > 2 ? line.substring(line.indexOf(f[2], 5)) : "";
          }
          case "course" -> {
            CourseId id = new CourseId(f[1]);
            courses.put(id, new Course(id, f[2], f[3]));
          }
          case "grade" -> grades.put(new CourseId(f[1]), new Grade(Double.parseDouble(f[2]), f[3]));
          default -> throw new IllegalArgumentException("unknown fact " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of the recording is not a user, course or grade line: " + line,
            e);
      }
    }
    if (user == null) {
      throw new IllegalArgumentException("the recording names no user (a line: user ID NAME)");
    }
    return new Recording(user, name, courses, grades);
  }
}
