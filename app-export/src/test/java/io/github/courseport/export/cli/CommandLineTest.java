package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path tmp;

  @Test
  void helpTeachesTheFirstCommand() {
    Cli r = Cli.run("--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("courseport export --demo --out demo-archive").contains("verify");
    Cli e = Cli.run("export", "--help");
    assertThat(e.code).isZero();
    assertThat(e.out)
        .contains("--cookie-file", "--resume", "--format", "--concurrency", "--demo", "--csv-bom")
        .contains("COURSERA_CAUTH")
        .contains("Exit codes");
    assertThat(e.out.replaceAll("\\s+", " ")).contains("never accepted on the command line");
  }

  @Test
  void versionNamesTheTool() {
    Cli r = Cli.run("--version");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("courseport ").doesNotContain("unknown");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() {
    assertThat(Cli.run("export", "--format", "tar").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("export", "--format", "tar").err).contains("--format must be dir or zip");
    assertThat(Cli.run("export", "--concurrency", "0").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("export", "--base-url", "ftp://x").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("export", "--quiet", "--verbose").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("export", "--no-such-option").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("nonsense").code).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theCookieIsNeverAcceptedOnTheCommandLine() {
    Cli r = Cli.run("export", "--cookie", "SECRET-VALUE", "--out", tmp.resolve("o").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    Cli c = Cli.run("export", "--cauth=SECRET-VALUE", "--out", tmp.resolve("o").toString());
    assertThat(c.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err + r.out + c.err + c.out).doesNotContain("SECRET-VALUE");
  }

  @Test
  void aMissingSessionExitsWithFourAndSaysWhereToFindIt() {
    Cli r = Cli.run(Map.of(), "export", "--out", tmp.resolve("o").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(r.err).contains("COURSERA_CAUTH").contains("developer tools").contains("CAUTH");
    assertThat(tmp.resolve("o")).doesNotExist();
    assertThat(tmp.resolve("o.partial")).doesNotExist();
  }

  @Test
  void anUnreadableOrEmptyCookieFileExitsWithFour() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty"), "\n");
    Cli r =
        Cli.run("export", "--cookie-file", empty.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.code).isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(r.err).contains("is empty");
    Cli m =
        Cli.run(
            "export",
            "--cookie-file",
            tmp.resolve("missing").toString(),
            "--out",
            tmp.resolve("o").toString());
    assertThat(m.code).isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(m.err).contains("Cannot read the cookie file");
  }

  @Test
  void anUnknownSourceListsTheKnownOnes() {
    Cli r =
        Cli.run(
            Map.of("COURSERA_CAUTH", "abc"),
            "export",
            "--source",
            "carrier-pigeon",
            "--out",
            tmp.resolve("o").toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err).contains("unknown source 'carrier-pigeon'").contains("Available:");
  }

  @Test
  void verifyExitsWithOneAndListsEveryProblem() throws IOException {
    Path notABag = Files.createDirectories(tmp.resolve("nope"));
    Files.writeString(notABag.resolve("x.txt"), "x");
    Cli r = Cli.run("verify", notABag.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("bagit.txt is missing").contains("manifest-sha256.txt is missing");
    assertThat(r.lastLine()).startsWith("INVALID");
    assertThat(Cli.run("verify", tmp.resolve("absent").toString()).code).isEqualTo(1);
  }
}
