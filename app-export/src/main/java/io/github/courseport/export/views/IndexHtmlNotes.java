package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.InstructorNote;
import io.github.courseport.core.domain.InstructorNotes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A course card's notes from the instructors in {@code index.html}, signed with their names. */
final class IndexHtmlNotes {
  private IndexHtmlNotes() {}

  static void write(StringBuilder h, CourseRecord record) {
    InstructorNotes notes = Views.found(record, CourseFamily.INSTRUCTOR_NOTES);
    if (notes == null || notes.notes().isEmpty()) {
      return;
    }
    Map<InstructorId, String> names = new HashMap<>();
    for (Instructor i : notes.instructors()) {
      if (i.fullName() != null) {
        names.put(i.id(), i.fullName());
      }
    }
    record
        .instructors()
        .forEach(
            (id, o) ->
                o.found().map(Instructor::fullName).ifPresent(n -> names.putIfAbsent(id, n)));
    h.append("<h4>From the instructors</h4>\n");
    for (InstructorNote n : notes.notes()) {
      h.append("<div class=\"note\">");
      if (n.title() != null && !n.title().isBlank()) {
        h.append("<b>").append(esc(n.title())).append("</b>");
      }
      if (n.body() != null && !n.body().isBlank()) {
        h.append("<p>").append(esc(n.body())).append("</p>");
      }
      List<String> by = new ArrayList<>();
      n.instructorIds().forEach(id -> by.add(names.getOrDefault(id, "instructor " + id.value())));
      if (!by.isEmpty()) {
        h.append("<span class=\"small muted\">\u2014 ").append(esc(String.join(", ", by)));
        h.append("</span>");
      }
      h.append("</div>\n");
    }
  }
}
