package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of an archive: folders and zips alike, and a zip checked against what it declares
 * before anything is inflated.
 */
class BagReaderTest {
  @TempDir Path tmp;

  private Path zip(String bagInfo, String bigName, long bigSize) throws IOException {
    Path file = tmp.resolve("bag.zip");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("bag/bag-info.txt"));
      zip.write(bagInfo.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("bag/data/small.json"));
      zip.write("{}\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("bag/" + bigName));
      byte[] zeros = new byte[1 << 16];
      for (long n = 0; n < bigSize; n += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, bigSize - n));
      }
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void aFolderAndAZipReadTheSameFilesAndNoPathLeavesTheBag() throws IOException {
    Path dir = tmp.resolve("bag");
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("bag-info.txt"), "Payload-Oxum: 3.1\n");
    Files.writeString(dir.resolve("data/small.json"), "{}\n");
    Path zip = zip("Payload-Oxum: 6.2\n", "data/empty.bin", 3);
    try (BagReader d = BagReader.open(dir);
        BagReader z = BagReader.open(zip)) {
      assertThat(d.text("data/small.json")).isEqualTo(z.text("data/small.json"));
      assertThat(d.localFile("data/small.json"))
          .contains(dir.resolve("data/small.json").toAbsolutePath());
      assertThat(z.localFile("data/small.json")).isEmpty();
      assertThat(z.paths()).containsExactly("bag-info.txt", "data/empty.bin", "data/small.json");
      for (BagReader r : new BagReader[] {d, z}) {
        assertThatThrownBy(() -> r.open("../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.open("data//x")).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void anEntryThatWouldInflateFarBeyondItsPackedSizeIsRefusedUnread() throws IOException {
    Path bomb = zip("Payload-Oxum: 67108867.2\n", "data/exports/record.sqlite", 64L << 20);
    assertThatThrownBy(() -> BagReader.open(bomb))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ArchiveException.Reason.UNSAFE_ZIP);
              assertThat(e.path()).isEqualTo(bomb);
            })
        .hasMessageContaining("Refusing to read")
        .hasMessageContaining("data/exports/record.sqlite would inflate")
        .hasMessageContaining("more than 200 times is refused");
  }

  @Test
  void aMissingArchiveAndAFileThatIsNoZipAreRefusedWithTheirReasons() throws IOException {
    Path nothing = tmp.resolve("nothing");
    assertThatThrownBy(() -> BagReader.open(nothing))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ArchiveException.Reason.MISSING);
              assertThat(e.path()).isEqualTo(nothing);
              assertThat(e.userMessage()).isEqualTo(nothing + " does not exist");
            });
    Path text = Files.writeString(tmp.resolve("notes.zip"), "not a zip");
    assertThatThrownBy(() -> BagReader.open(text))
        .isInstanceOfSatisfying(
            ArchiveException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ArchiveException.Reason.UNREADABLE);
              assertThat(e.userMessage()).contains("neither a folder nor a readable zip file");
            });
  }

  @Test
  void payloadEntriesThatDeclareMoreThanPayloadOxumAreRefused() throws IOException {
    Path zip = zip("Payload-Oxum: 3.1\n", "data/more.json", 1000);
    assertThatThrownBy(() -> BagReader.open(zip))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("declare 1003 bytes in 2 files, more than the 3 bytes in 1 files");
    // fewer than declared (a damaged bag) still opens: verify then names what is missing
    Path fewer = zip("Payload-Oxum: 5000.9\n", "data/more.json", 1000);
    try (BagReader r = BagReader.open(fewer)) {
      assertThat(r.exists("data/more.json")).isTrue();
    }
  }
}
