package io.github.courseport.export.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.export.archive.BagArchive;
import io.github.courseport.export.replay.Rebuild;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a rebuild runs with is what it needs, with nothing of an export's source filled in. */
class RunOptionsTest {
  private static final Path OUT = Path.of("new-archive.zip");

  @Test
  void aRebuildStartsANewArchiveWithTheLibrarysConcurrencyAndTheOldArchivesScope() {
    RunOptions r = RunOptions.rebuild(OUT, BagArchive.Format.ZIP, true, false, true, true, 0);
    assertThat(r)
        .isEqualTo(
            new RunOptions(
                OUT,
                BagArchive.Format.ZIP,
                Rebuild.CONCURRENCY,
                false,
                true,
                false,
                true,
                true,
                0));
    assertThat(r.resume()).as("a rebuild never resumes").isFalse();
    assertThat(RunOptions.rebuild(OUT, BagArchive.Format.DIR, false, true, false, false, 25))
        .satisfies(
            o -> {
              assertThat(o.forumRequestsPerCourse()).isEqualTo(25);
              assertThat(o.noWork()).isFalse();
              assertThat(o.csvBom()).isFalse();
              assertThat(o.verbose()).isTrue();
              assertThat(o.format()).isEqualTo(BagArchive.Format.DIR);
            });
  }

  @Test
  void impossibleCombinationsAreRefused() {
    assertThatThrownBy(
            () ->
                new RunOptions(OUT, BagArchive.Format.ZIP, 0, false, false, false, false, false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
    assertThatThrownBy(
            () -> RunOptions.rebuild(OUT, BagArchive.Format.ZIP, true, true, false, false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quiet and verbose");
    assertThatThrownBy(
            () -> RunOptions.rebuild(OUT, BagArchive.Format.ZIP, false, false, false, false, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forum budget");
  }
}
