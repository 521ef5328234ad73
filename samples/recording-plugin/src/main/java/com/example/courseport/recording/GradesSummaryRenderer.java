package com.example.courseport.recording;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.port.ExportedRecord;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.core.port.RenderTarget;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code exports/grades-summary.txt}: one line per course, its name and grade in percent, or why it
 * has none. Deterministic (courses in id order, no time), and streamed: it holds one course at a
 * time. Found by {@link java.util.ServiceLoader} through {@code
 * META-INF/services/io.github.courseport.core.port.RecordRenderer}.
 */
public final class GradesSummaryRenderer implements RecordRenderer {
  /** The file, relative to the archive's {@code data/}. */
  public static final String PATH = "exports/grades-summary.txt";

  /** For {@link java.util.ServiceLoader}. */
  public GradesSummaryRenderer() {}

  @Override
  public String name() {
    return "grades-summary";
  }

  @Override
  public String description() {
    return PATH + ": each course's grade in one line of text (sample plug-in)";
  }

  @Override
  public void render(ExportedRecord record, RenderTarget target) throws IOException {
    try (Writer out = new OutputStreamWriter(target.open(PATH), StandardCharsets.UTF_8)) {
      out.write("Grades of user " + record.learner().userId() + "\n");
      for (CourseRecord course : record.courses()) {
        String name = course.course().found().map(c -> c.name()).orElse(course.id().value());
        out.write(name + ": " + grade(course.families().get(CourseFamily.GRADES)) + "\n");
      }
    }
  }

  private static String grade(Outcome<CourseGrade> grades) {
    if (grades == null) {
      return "no grades (a session-based course)";
    }
    return switch (grades.status()) {
      case FOUND -> {
        CourseGrade g = grades.found().orElseThrow();
        yield g.overallOutcome() == null
            ? "graded, no overall grade"
            : String.format(Locale.ROOT, "%.1f %%", 100 * g.overallOutcome().courseGrade())
                + (g.passingState() == null ? "" : " (" + g.passingState() + ")");
      }
      case ABSENT -> "no grade yet";
      case NOT_CARRIED -> "not carried by this archive's source";
      case UNAVAILABLE, FAILED -> "missing: " + grades.reason();
    };
  }
}
