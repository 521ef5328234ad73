package io.github.courseport.export.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.export.archive.ArchiveException;
import io.github.courseport.export.archive.ArchiveException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line words the library's typed refusals; the library's own words name no option. */
class ArchiveRefusalsTest {
  private static final Path TARGET = Path.of("/tmp/archive");
  private static final Path PARTIAL = Path.of("/tmp/archive.partial");

  private static ArchiveException refusal(Reason reason, Path path, String message) {
    return new ArchiveException(reason, path, message, null);
  }

  @Test
  void anInterruptedRunIsResumedByAnExportAndStartedOverByARebuild() {
    ArchiveException waiting =
        refusal(Reason.INTERRUPTED_RUN_WAITING, PARTIAL, "An unfinished archive is waiting.");
    assertThat(ArchiveRefusals.forExport(waiting))
        .isEqualTo(
            "An interrupted export is waiting at "
                + PARTIAL
                + ". Run the same command with --resume to continue it, or delete that folder to"
                + " start over.");
    assertThat(ArchiveRefusals.forRebuild(waiting))
        .isEqualTo(
            "An unfinished archive is waiting at "
                + PARTIAL
                + ". A rebuild starts over: delete that folder, or choose another --out.")
        .doesNotContain("--resume");
  }

  @Test
  void aTakenOrRootTargetNamesOut() {
    ArchiveException exists = refusal(Reason.TARGET_EXISTS, TARGET, TARGET + " already exists.");
    assertThat(ArchiveRefusals.forExport(exists))
        .isEqualTo(
            TARGET + " already exists. Choose another --out, or move the old archive away first.")
        .isEqualTo(ArchiveRefusals.forRebuild(exists));
    ArchiveException root = refusal(Reason.TARGET_IS_ROOT, Path.of("/"), "root");
    assertThat(ArchiveRefusals.forExport(root))
        .isEqualTo("--out cannot be the root of the file system");
  }

  @Test
  void otherReasonsKeepTheLibrarysWords() {
    for (Reason r :
        new Reason[] {Reason.TARGET_UNWRITABLE, Reason.UNSAFE_ZIP, Reason.MISSING, Reason.OTHER}) {
      ArchiveException e = refusal(r, TARGET, "the fact, in words");
      assertThat(ArchiveRefusals.forExport(e)).isEqualTo("the fact, in words");
      assertThat(ArchiveRefusals.forRebuild(e)).isEqualTo("the fact, in words");
    }
    ArchiveException plain = new ArchiveException("no reason given", null);
    assertThat(plain.reason()).isEqualTo(Reason.OTHER);
    assertThat(plain.path()).isNull();
  }
}
