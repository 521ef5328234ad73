package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.port.KeyedResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.github.courseport.core.port.CatalogPort}: every key answered. */
public abstract class CatalogPortContract implements SourceUnderTest {
  @Test
  void coursesOfBothGenerationsAreFoundWithTheirNames() {
    KeyedResult<CourseId, Course> r = source().catalog().courses(expected().courses().keySet());
    assertThat(r.outcomes().keySet()).containsExactlyElementsOf(expected().courses().keySet());
    expected()
        .courses()
        .forEach(
            (id, name) -> {
              Course c = r.outcome(id).found().orElseThrow();
              assertThat(c.id()).isEqualTo(id);
              assertThat(c.name()).isEqualTo(name);
              assertThat(c)
                  .isInstanceOf(id.isSessionBased() ? SessionCourse.class : OnDemandCourse.class);
            });
    expected()
        .slugs()
        .forEach(
            (id, slug) -> assertThat(r.outcome(id).found().orElseThrow().slug()).isEqualTo(slug));
    SourceUnderTest.assertProvenance(r.outcomes().values(), r.documents());
  }

  @Test
  void unknownCoursesAreAbsentNotFailed() {
    CourseId unknown = new CourseId("zzzzzzzzzzzzzzzzzzzzzz");
    CourseId unknownV1 = CourseId.sessionBased(987_654_321L);
    KeyedResult<CourseId, Course> r = source().catalog().courses(Set.of(unknown, unknownV1));
    assertThat(r.outcome(unknown).status()).isEqualTo(Outcome.Status.ABSENT);
    assertThat(r.outcome(unknownV1).status()).isEqualTo(Outcome.Status.ABSENT);
  }

  @Test
  void anEmptyAskGetsAnEmptyAnswer() {
    assertThat(source().catalog().courses(Set.of()).outcomes()).isEmpty();
    assertThat(source().catalog().partners(Set.of()).outcomes()).isEmpty();
  }

  @Test
  void partnersInstructorsSessionsSpecializationsAndCategoriesAreFound() {
    assertAllFound(source().catalog().partners(expected().partners()), expected().partners());
    assertAllFound(
        source().catalog().instructors(expected().instructors()), expected().instructors());
    assertAllFound(source().catalog().sessions(expected().sessions()), expected().sessions());
    assertAllFound(
        source().catalog().specializations(expected().specializations()),
        expected().specializations());
    assertAllFound(source().catalog().categories(expected().categories()), expected().categories());
  }

  @Test
  void unknownPartnersAndSpecializationsAreAbsent() {
    PartnerId p = new PartnerId("999999");
    assertThat(source().catalog().partners(Set.of(p)).outcome(p).status())
        .isEqualTo(Outcome.Status.ABSENT);
    SpecializationId s = new SpecializationId("zzzzzzzzzzzzzzzzzzzzzz");
    assertThat(source().catalog().specializations(Set.of(s)).outcome(s).status())
        .isEqualTo(Outcome.Status.ABSENT);
    SessionId x = new SessionId(987_654_321L);
    assertThat(source().catalog().sessions(Set.of(x)).outcome(x).status())
        .isEqualTo(Outcome.Status.ABSENT);
    InstructorId i = new InstructorId("987654321");
    assertThat(source().catalog().instructors(Set.of(i)).outcome(i).status())
        .isEqualTo(Outcome.Status.ABSENT);
    CategoryId c = new CategoryId("987654321");
    assertThat(source().catalog().categories(Set.of(c)).outcome(c).status())
        .isEqualTo(Outcome.Status.ABSENT);
  }

  private static <K extends Comparable<? super K>> void assertAllFound(
      KeyedResult<K, ?> r, Set<K> keys) {
    assertThat(new TreeSet<>(r.outcomes().keySet())).containsExactlyElementsOf(new TreeSet<>(keys));
    keys.forEach(
        k -> assertThat(r.outcome(k).status()).as("%s", k).isEqualTo(Outcome.Status.FOUND));
    SourceUnderTest.assertProvenance(r.outcomes().values(), r.documents());
  }
}
