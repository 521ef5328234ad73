package io.github.courseport.export.archive;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small hand-made records for archive tests. */
final class Records {
  static final UserId USER = new UserId(3060151);

  private Records() {}

  static SourceDocument doc(String resource, String body) {
    return SourceDocument.ofText(
        resource,
        "/api/" + resource + "?q=me",
        200,
        Instant.parse("2026-01-01T00:00:00Z"),
        "http",
        body);
  }

  static CourseRecord course(String id, SourceDocument doc) {
    CourseId cid = new CourseId(id);
    Course c =
        new OnDemandCourse(
            cid,
            "slug-" + id,
            "Course <b>" + id + "</b>",
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            Extras.of(Map.of("futureField", "{\"b\":1,\"a\":[true,null]}")));
    CourseGrade grade =
        new CourseGrade(
            cid,
            Instant.ofEpochMilli(1_441_491_952_482L),
            "notPassed",
            new TreeMap<>(),
            5,
            null,
            null,
            Extras.none());
    return new CourseRecord(
        cid,
        Outcome.found(c, doc.ref()),
        List.of(),
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeSet<>(),
        FamilyOutcomes.builder()
            .put(CourseFamily.GRADES, Outcome.found(grade, doc.ref()))
            .put(CourseFamily.COMPLETION_EVENTS, Outcome.unavailable("HTTP 404 from the server"))
            .build());
  }

  static LearnerRecord learner(List<CourseRecord> courses) {
    return new LearnerRecord(
        USER,
        "memberships.v1",
        Outcome.absent(),
        Outcome.found(List.of()),
        Outcome.found(List.of()),
        Outcome.found(List.of()),
        Outcome.found(List.of()),
        new TreeMap<>(),
        new TreeMap<>(),
        courses.stream()
            .map(c -> new CourseSummary(c.id(), "v2.ondemand", "slug", "name"))
            .toList());
  }

  static CompletenessReport report(List<CourseRecord> courses) {
    CompletenessReport.Builder b = CompletenessReport.builder();
    courses.forEach(c -> b.addCourse(c.completeness()));
    return b.build();
  }
}
