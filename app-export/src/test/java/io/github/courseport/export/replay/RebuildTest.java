package io.github.courseport.export.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.port.RecordedAnswers;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.SourceProvider;
import io.github.courseport.core.port.SourceSettings;
import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.archive.BagLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of a rebuild as a library states them: typed refusals, no command line in sight. */
class RebuildTest {
  @TempDir Path tmp;

  /** Finds no plug-in, whatever the name. */
  private static Optional<SourceProvider> noPlugIn(String name) {
    return Optional.empty();
  }

  /** A bag with a raw index and a bag-info.txt but no manifests: it fails verification. */
  private Path unverifiable(String source, String... moreInfo) throws IOException {
    Path bag = Files.createDirectories(tmp.resolve("old-" + source));
    Files.createDirectories(bag.resolve("data/raw"));
    Files.writeString(bag.resolve(BagLayout.RAW_INDEX), "");
    StringBuilder info =
        new StringBuilder(BagArchive.SOURCE_LABEL + ": " + source + "\nPayload-Oxum: 0.1\n");
    for (String line : moreInfo) {
      info.append(line).append('\n');
    }
    Files.writeString(bag.resolve(BagLayout.BAG_INFO), info.toString());
    return bag;
  }

  private static Rebuild.Refused refusal(Runnable open) {
    try {
      open.run();
    } catch (Rebuild.Refused e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void whatIsNoArchiveIsRefusedWithItsReason() throws IOException {
    Path nothing = tmp.resolve("nothing");
    assertThatThrownBy(() -> Rebuild.open(nothing, false, "t", RebuildTest::noPlugIn))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.MISSING));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Rebuild.Refused r = refusal(() -> Rebuild.open(empty, false, "t", RebuildTest::noPlugIn));
    assertThat(r.reason()).isEqualTo(Rebuild.Reason.NOT_AN_ARCHIVE);
    assertThat(r.detail()).isEqualTo("it has no " + BagLayout.RAW_INDEX);
  }

  @Test
  void aDamagedArchiveIsRefusedUnlessForcedAndTheProvenanceSaysSo() throws IOException {
    Path old = unverifiable("http", BagLayout.FORUM_REQUESTS_LABEL + ": 25");
    Rebuild.Refused r = refusal(() -> Rebuild.open(old, false, "t", RebuildTest::noPlugIn));
    assertThat(r.reason()).isEqualTo(Rebuild.Reason.FAILS_VERIFICATION);
    assertThat(r.source()).isEqualTo("http");
    assertThat(r.problems()).isNotEmpty();
    assertThat(r.getMessage()).doesNotContain("--");

    try (Rebuild forced = Rebuild.open(old, true, "9.9", RebuildTest::noPlugIn)) {
      assertThat(forced.source()).isEqualTo("http");
      assertThat(forced.problems()).isEqualTo(r.problems());
      assertThat(forced.answers()).isZero();
      assertThat(forced.requests()).isZero();
      assertThat(forced.forumBudget()).isEqualTo(25);
      assertThat(forced.csvBom()).isFalse();
      assertThat(forced.workLeftOut()).isFalse();
      assertThat(forced.provenance())
          .containsEntry("Rebuilt-By", "Courseport 9.9 (courseport rebuild, no network access)")
          .containsEntry("Rebuilt-From-Payload-Oxum", "0.1")
          .containsEntry("Rebuilt-From-Manifest-SHA256", "none")
          .containsEntry("Rebuilt-From-Courseport-Version", "unknown")
          .containsEntry(
              "Rebuilt-From-Verification",
              "failed with " + r.problems().size() + " problems; rebuilt anyway (forced)")
          .containsEntry(BagArchive.SOURCE_LABEL, "http");
      assertThat(forced.ports().name()).isNotBlank();
    }
  }

  @Test
  void anArchiveOfNoKnownSourceSaysWhich() throws IOException {
    Path old = unverifiable("elsewhere");
    Rebuild.Refused r = refusal(() -> Rebuild.open(old, true, "t", RebuildTest::noPlugIn));
    assertThat(r.reason()).isEqualTo(Rebuild.Reason.SOURCE_NOT_FOUND);
    assertThat(r.source()).isEqualTo("elsewhere");
  }

  @Test
  void aPlugInWithoutAReplayOrThatRefusesItIsNamed() throws IOException {
    Path old = unverifiable("recorder");
    SourceProvider noReplay = provider(null);
    Rebuild.Refused none =
        refusal(() -> Rebuild.open(old, true, "t", name -> Optional.of(noReplay)));
    assertThat(none.reason()).isEqualTo(Rebuild.Reason.NO_REPLAY);
    assertThat(none.source()).isEqualTo("recorder");

    SourceProvider refuses = provider("the recording is of another kind");
    Rebuild.Refused refused =
        refusal(() -> Rebuild.open(old, true, "t", name -> Optional.of(refuses)));
    assertThat(refused.reason()).isEqualTo(Rebuild.Reason.REPLAY_REFUSED);
    assertThat(refused.detail()).isEqualTo("the recording is of another kind");
  }

  /** A plug-in that offers no replay (null) or whose replay refuses with {@code refusal}. */
  private static SourceProvider provider(@Nullable String refusal) {
    return new SourceProvider() {
      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public String description() {
        return "a test plug-in";
      }

      @Override
      public SourcePorts open(SourceSettings settings) {
        throw new UnsupportedOperationException("a rebuild never opens a source");
      }

      @Override
      public Optional<SourcePorts> replay(RecordedAnswers answers, SourceSettings settings) {
        assertThat(settings.concurrency()).isEqualTo(Rebuild.CONCURRENCY);
        assertThat(settings.credentials()).isNull();
        if (refusal == null) {
          return Optional.empty();
        }
        throw new IllegalArgumentException(refusal);
      }
    };
  }
}
