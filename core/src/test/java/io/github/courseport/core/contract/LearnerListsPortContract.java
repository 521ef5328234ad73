package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.V1Enrollments;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.github.courseport.core.port.LearnerListsPort}: complete lists. */
public abstract class LearnerListsPortContract implements SourceUnderTest {
  @Test
  void membershipsAreCompleteAndBelongToTheLearner() {
    Fetched<List<Membership>> m = source().lists().memberships(expected().userId());
    List<Membership> all = m.outcome().found().orElseThrow();
    assertThat(all).hasSize(expected().memberships());
    assertThat(all).allSatisfy(x -> assertThat(x.userId()).isEqualTo(expected().userId()));
    assertThat(all.stream().map(Membership::courseId).distinct())
        .containsExactlyInAnyOrderElementsOf(expected().onDemandCourses());
    SourceUnderTest.assertProvenance(List.of(m.outcome()), m.documents());
  }

  @Test
  void enrollmentsJoinTheirCoursesById() {
    Fetched<V1Enrollments> e = source().lists().enrollments(expected().userId());
    V1Enrollments v1 = e.outcome().found().orElseThrow();
    assertThat(v1.enrollments()).hasSize(expected().enrollments());
    TreeSet<CourseId> enrolled = new TreeSet<>();
    v1.enrollments().forEach(x -> enrolled.add(x.courseId()));
    assertThat(enrolled).containsExactlyElementsOf(expected().sessionCourses());
    v1.courses().forEach(c -> assertThat(c.name()).isEqualTo(expected().courses().get(c.id())));
    SourceUnderTest.assertProvenance(List.of(e.outcome()), e.documents());
  }

  @Test
  void specializationMembershipsNameTheExpectedSpecializations() {
    Fetched<List<SpecializationMembership>> s =
        source().lists().specializationMemberships(expected().userId());
    assertThat(s.outcome().found().orElseThrow().stream().map(x -> x.specializationId()))
        .containsExactlyInAnyOrderElementsOf(expected().specializations());
    SourceUnderTest.assertProvenance(List.of(s.outcome()), s.documents());
  }

  @Test
  void courseListsAreComplete() {
    Fetched<List<CourseList>> l = source().lists().courseLists(expected().userId());
    assertThat(l.outcome().status()).isIn(Outcome.Status.FOUND);
    assertThat(l.outcome().found().orElseThrow()).hasSize(expected().courseLists());
    SourceUnderTest.assertProvenance(List.of(l.outcome()), l.documents());
  }
}
