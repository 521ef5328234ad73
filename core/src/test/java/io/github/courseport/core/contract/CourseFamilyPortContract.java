package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.KeyedResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every {@link io.github.courseport.core.port.CourseFamilyPort}: each course asked
 * is answered, found where the learner has data, absent where not, with its documents; a family the
 * source does not carry ({@link io.github.courseport.core.port.SourcePorts#carries}) answers every
 * course "not carried", with a reason and no document.
 */
public abstract class CourseFamilyPortContract implements SourceUnderTest {
  static Stream<CourseFamily<?>> families() {
    return CourseFamily.all().stream();
  }

  /** The external ids the source may use to ask for classmates; none by default. */
  protected Set<io.github.courseport.core.domain.ExternalUserId> knownExternalIds() {
    return Set.of();
  }

  private List<CourseRef> refs() {
    return expected().onDemandCourses().stream()
        .map(id -> new CourseRef(id, expected().slugs().getOrDefault(id, "")))
        .toList();
  }

  /**
   * The request the export makes of a family: the families asked item by item of the outline get
   * the outlines the same source found, as the export hands them over.
   */
  private FamilyRequest requestFor(CourseFamily<?> family, List<CourseRef> refs) {
    FamilyRequest plain = new FamilyRequest(expected().userId(), refs, knownExternalIds());
    if (!family.needsOutline()) {
      return plain;
    }
    Map<CourseId, CourseOutline> outlines = new TreeMap<>();
    source()
        .family(CourseFamily.OUTLINE)
        .fetch(plain)
        .outcomes()
        .forEach((id, o) -> o.found().ifPresent(outline -> outlines.put(id, outline)));
    return new FamilyRequest(expected().userId(), refs, knownExternalIds(), outlines, 0);
  }

  @ParameterizedTest
  @MethodSource("families")
  void everyCourseIsAnsweredFoundOrAbsent(CourseFamily<?> family) {
    List<CourseRef> refs = refs();
    KeyedResult<CourseId, ?> r = source().family(family).fetch(requestFor(family, refs));
    assertThat(r.outcomes().keySet()).containsExactlyElementsOf(expected().onDemandCourses());
    for (CourseId id : expected().onDemandCourses()) {
      Outcome<?> o = r.outcome(id);
      Outcome.Status want =
          !source().carries(family)
              ? Outcome.Status.NOT_CARRIED
              : expected().found(family).contains(id)
                  ? Outcome.Status.FOUND
                  : Outcome.Status.ABSENT;
      assertThat(o.status()).as("%s of %s: %s", family, id, o.reason()).isEqualTo(want);
      o.found().ifPresent(v -> assertThat(v).isInstanceOf(family.type()));
      if (want == Outcome.Status.NOT_CARRIED) {
        assertThat(o.reason()).as("why %s is not carried", family).isNotBlank();
      }
    }
    SourceUnderTest.assertProvenance(r.outcomes().values(), r.documents());
  }

  static Stream<CourseFamily<?>> outlineBound() {
    return CourseFamily.all().stream().filter(CourseFamily::needsOutline);
  }

  /**
   * A family asked item by item of the outline, asked without one, cannot know what to ask: every
   * course is a gap that says so, never a silent absence (or, from a source that does not carry the
   * family, "not carried" as always).
   */
  @ParameterizedTest
  @MethodSource("outlineBound")
  void anOutlineBoundFamilyAskedWithoutTheOutlineIsAGapThatSaysWhy(CourseFamily<?> family) {
    List<CourseRef> refs = refs();
    KeyedResult<CourseId, ?> r =
        source()
            .family(family)
            .fetch(new FamilyRequest(expected().userId(), refs, knownExternalIds()));
    for (CourseRef c : refs) {
      Outcome<?> o = r.outcome(c.id());
      if (!source().carries(family)) {
        // a source that does not carry the family says so, outline or not
        assertThat(o.status())
            .as("%s of %s: %s", family, c.id(), o.reason())
            .isEqualTo(Outcome.Status.NOT_CARRIED);
        continue;
      }
      assertThat(o.isGap()).as("%s of %s: %s", family, c.id(), o.status()).isTrue();
      assertThat(o.reason()).contains("outline");
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void anUnknownCourseIsNotFound(CourseFamily<?> family) {
    CourseId unknown = new CourseId("zzzzzzzzzzzzzzzzzzzzzz");
    KeyedResult<CourseId, ?> r =
        source()
            .family(family)
            .fetch(
                new FamilyRequest(
                    expected().userId(),
                    List.of(new CourseRef(unknown, "no-such-course")),
                    knownExternalIds()));
    assertThat(r.outcome(unknown).status()).isNotEqualTo(Outcome.Status.FOUND);
  }
}
