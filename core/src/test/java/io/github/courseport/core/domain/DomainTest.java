package io.github.courseport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.port.Credentials;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainTest {
  @Test
  void aPartialDateIsNeverAFakeMidnight() {
    PartialDate march = new PartialDate(2013, 3, null);
    assertThat(march.toLocalDate()).isEmpty();
    assertThat(march).hasToString("2013-03-??");
    assertThat(new PartialDate(2013, 3, 4).toLocalDate()).contains(LocalDate.of(2013, 3, 4));
    assertThat(PartialDate.unknown().isUnknown()).isTrue();
    assertThatThrownBy(() -> new PartialDate(2013, 2, 31)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> new PartialDate(null, 13, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void courseIdsTellTheGeneration() {
    assertThat(CourseId.sessionBased(77)).isEqualTo(new CourseId("v1-77"));
    assertThat(new CourseId("v1-77").isSessionBased()).isTrue();
    assertThat(new CourseId("v1-77").catalogNumber()).isEqualTo(77);
    assertThat(new CourseId("s5sEkwAHEeW9ISIACxWDhA").isSessionBased()).isFalse();
    assertThat(new CourseId("v1-x").isSessionBased()).isFalse();
  }

  @Test
  void idsRejectWhatCanNeverBeAnId() {
    assertThatThrownBy(() -> new CourseId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseId("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseId("x".repeat(10_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000 characters");
    // Hostile but printable text is a legal id: it must simply never become a path.
    assertThat(new CourseId("../../etc/passwd").value()).isEqualTo("../../etc/passwd");
    assertThat(UserId.parse(" 3060151 ")).isEqualTo(new UserId(3060151));
    assertThatThrownBy(() -> UserId.parse("99999999999999999999999"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentialsNeverShowThemselves() {
    Credentials c = new Credentials("SECRET-CAUTH-123", "CSRF-456");
    assertThat(c.toString()).doesNotContain("SECRET").doesNotContain("CSRF-456");
    assertThat(c.redact("Cookie: CAUTH=SECRET-CAUTH-123; x=CSRF-456"))
        .isEqualTo("Cookie: CAUTH=<redacted>; x=<redacted>");
    assertThat(new Credentials("abc", " ").csrf3Token()).isEmpty();
    assertThatThrownBy(() -> new Credentials("a b", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("a b");
  }

  @Test
  void outcomesKeepTheirReasonsAndSources() {
    SourceRef ref = new SourceRef("x.v1", "00");
    Outcome<Integer> found = Outcome.found(1, ref);
    assertThat(found.map(i -> i + 1).found()).contains(2);
    assertThat(found.map(i -> i + 1).sources()).containsExactly(ref);
    Outcome<Integer> gone = Outcome.unavailable("HTTP 404", ref);
    assertThat(gone.isGap()).isTrue();
    assertThat(gone.<String>map(String::valueOf).reason()).isEqualTo("HTTP 404");
    assertThat(Outcome.absent().isGap()).isFalse();
    assertThatThrownBy(found::retype).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void familyOutcomesAreTypedAndGivenOnce() {
    CourseId id = new CourseId("s5sEkwAHEeW9ISIACxWDhA");
    HomeProgress hp = new HomeProgress(id, List.of(), List.of(), Extras.none());
    FamilyOutcomes f =
        FamilyOutcomes.builder().put(CourseFamily.HOME_PROGRESS, Outcome.found(hp)).build();
    assertThat(f.get(CourseFamily.HOME_PROGRESS)).isNotNull();
    assertThat(f.get(CourseFamily.GRADES)).isNull();
    assertThatThrownBy(
            () ->
                FamilyOutcomes.builder()
                    .put(CourseFamily.GRADES, Outcome.absent())
                    .put(CourseFamily.GRADES, Outcome.absent()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(CourseFamily.named("homeProgress")).isSameAs(CourseFamily.HOME_PROGRESS);
  }

  @Test
  void theReportNamesEveryGap() {
    CompletenessReport r =
        CompletenessReport.builder()
            .add("grades", "c1", Outcome.failed("HTTP 500 after 4 tries"))
            .add("grades", "c2", Outcome.found(1))
            .add("notes", "c1", Outcome.unavailable("HTTP 404"))
            .add("notes", "c2", Outcome.absent())
            .transport("grades", "http")
            .build();
    assertThat(r.complete()).isFalse();
    assertThat(r.gaps())
        .extracting(CompletenessReport.Gap::family, CompletenessReport.Gap::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("grades", "c1"),
            org.assertj.core.groups.Tuple.tuple("notes", "c1"));
    assertThat(r.families().get("notes"))
        .isEqualTo(new CompletenessReport.Tally(2, 0, 1, 1, 0, new java.util.TreeSet<>()));
    assertThat(CompletenessReport.builder().add("x", "", Outcome.absent()).build().complete())
        .isTrue();
  }

  @Test
  void sourceDocumentsHashTheirBytesAndHideTheirBody() {
    SourceDocument d =
        SourceDocument.ofText("x.v1", "/api/x.v1", 200, java.time.Instant.EPOCH, "http", "{}");
    assertThat(d.sha256())
        .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    assertThat(d.toString()).doesNotContain("{}");
    byte[] body = d.body();
    body[0] = 'x';
    assertThat(d.body()[0]).isEqualTo((byte) '{');
  }
}
