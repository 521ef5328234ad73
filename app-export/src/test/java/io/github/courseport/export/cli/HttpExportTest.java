package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command against a fake Coursera server: exit codes, cookie forms, secrets. */
class HttpExportTest {
  private static final String COOKIE = "CAUTH-7f3e-RECOGNIZABLE-SECRET-91ac";
  private static final String CSRF = "CSRF3-RECOGNIZABLE-TOKEN-5d2b";
  @TempDir Path tmp;

  private static String[] args(FakeCourseraServer s, Path out, String... more) {
    String[] base = {
      "export",
      "--base-url",
      s.baseUri().toString(),
      "--api-base-url",
      s.baseUri().toString(),
      "--out",
      out.toString()
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aGoneEndpointIsNamedOnceAndTheExportStaysComplete() throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .gone(Set.of("onDemandCourseGrades.v1"))
            .start()) {
      Path out = tmp.resolve("out");
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args(s, out));
      // No route of the grades answers (today's does not exist in this era, 2015's is gone):
      // Coursera does not serve them, which no later run could change. Said once, not a gap.
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
      assertThat(r.err).contains("onDemandCourseGrades.v1 is gone");
      assertThat(Files.readString(out.resolve("bag-info.txt"))).contains("Export-Status: complete");
      assertThat(Files.readString(out.resolve("data/record/completeness.json")))
          .contains("\"complete\" : true")
          .contains("\"learnedUnavailable\"")
          .contains("\"notCarried\" : 2");
      assertThat(Cli.run("verify", out.toString()).code).isZero();
    }
  }

  @Test
  void aFailingEndpointGivesAnIncompleteArchiveThatSaysWhatIsMissing() throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .faults(
                FaultPlan.builder()
                    .probability(Fault.UNAVAILABLE, 1.0)
                    .onlyResources(Set.of("onDemandCourseSchedules.v1"))
                    .build())
            .start()) {
      Path out = tmp.resolve("out");
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args(s, out, "--retry-backoff", "1"));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.INCOMPLETE);
      assertThat(r.lastLine()).startsWith("Export INCOMPLETE");
      assertThat(r.err).contains("schedule");
      assertThat(Files.readString(out.resolve("bag-info.txt")))
          .contains("Export-Status: incomplete");
      assertThat(Files.readString(out.resolve("data/record/completeness.json")))
          .contains("\"complete\" : false")
          .contains("\"schedule\"");
      assertThat(Cli.run("verify", out.toString()).code).isZero();
    }
  }

  @Test
  void goneDefaultInstructorNotesKeepTheMainNotesAndAreNamedAsNotServed() throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .gone(Set.of("onDemandDefaultInstructorNotes.v1"))
            .start()) {
      Path out = tmp.resolve("out");
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args(s, out));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
      assertThat(Files.readString(out.resolve("data/record/completeness.json")))
          .contains("\"defaultInstructorNotes\"")
          .contains("onDemandDefaultInstructorNotes.v1");
      assertThat(r.err).contains("onDemandDefaultInstructorNotes.v1 is gone");
      // The adapter's warning reaches the user as a plain line, not a logger's.
      assertThat(r.errLines())
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith("courseport: warning: ")
                      .contains("instructor notes come from"));
      assertThat(r.err).doesNotContain("WARN").doesNotContain("CourseraHttp");
    }
  }

  @Test
  void theProgressBarCountsUpOneCourseAtATime() {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.synthetic(40, 7))
            .cauth(COOKIE)
            .latency(java.time.Duration.ofMillis(2))
            .start()) {
      Cli r =
          Cli.runOnTerminal(
              Map.of("COURSERA_CAUTH", COOKIE), args(s, tmp.resolve("out"), "--concurrency", "16"));
      assertThat(r.code).as(r.toString()).isZero();
      java.util.regex.Matcher bar =
          java.util.regex.Pattern.compile("\r\\[[#.]+] (\\d+)/(\\d+) courses").matcher(r.err);
      List<Integer> counts = new java.util.ArrayList<>();
      while (bar.find()) {
        assertThat(bar.group(2)).isEqualTo("40");
        counts.add(Integer.parseInt(bar.group(1)));
      }
      List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i <= 40; i++) {
        expected.add(i);
      }
      assertThat(counts).isEqualTo(expected);
    }
  }

  @Test
  void quietShowsNoWarnings() {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .gone(Set.of("onDemandDefaultInstructorNotes.v1"))
            .start()) {
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", COOKIE), args(s, tmp.resolve("out"), "--quiet"));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.COMPLETE);
      assertThat(r.err).doesNotContain("warning:").doesNotContain(" is gone");
    }
  }

  @Test
  void aRejectedCookieExitsWithFourAndSaysWhereToFindANewOne() {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(Learners.demo()).cauth("the-right-one").start()) {
      Cli r = Cli.run(Map.of("COURSERA_CAUTH", "a-wrong-one"), args(s, tmp.resolve("out")));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.AUTHENTICATION);
      assertThat(r.err).contains("rejected").contains("developer tools");
      assertThat(r.err + r.out).doesNotContain("a-wrong-one");
    }
  }

  @Test
  void aSessionThatExpiresMidRunExitsWithFourAndKeepsWhatWasFinished() {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.synthetic(20, 3))
            .cauth(COOKIE)
            .expireAfter(60)
            .start()) {
      Cli r =
          Cli.run(
              Map.of("COURSERA_CAUTH", COOKIE), args(s, tmp.resolve("out"), "--concurrency", "1"));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.AUTHENTICATION);
      assertThat(r.err).contains("--resume");
      assertThat(tmp.resolve("out")).doesNotExist();
      assertThat(tmp.resolve("out.partial")).isDirectory();
    }
  }

  @Test
  void aCookiesTxtWorksAndSecretsAppearNowhere() throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(Learners.demo()).cauth(COOKIE).start()) {
      Path cookies =
          Files.writeString(
              tmp.resolve("cookies.txt"),
              "# Netscape HTTP Cookie File\n"
                  + String.join(
                      "\t", "#HttpOnly_.coursera.org", "TRUE", "/", "TRUE", "0", "CAUTH", COOKIE)
                  + "\n"
                  + String.join(
                      "\t", ".coursera.org", "TRUE", "/", "FALSE", "0", "CSRF3-Token", CSRF)
                  + "\n");
      Path dir = tmp.resolve("dir");
      Cli r = Cli.run(Map.of(), args(s, dir, "--cookie-file", cookies.toString(), "--verbose"));
      assertThat(r.code).as(r.toString()).isZero();
      Path zip = tmp.resolve("out.zip");
      Cli z =
          Cli.run(
              Map.of("COURSERA_CAUTH", COOKIE, "COURSERA_CSRF3_TOKEN", CSRF),
              args(s, zip, "--format", "zip", "--verbose"));
      assertThat(z.code).as(z.toString()).isZero();
      for (String secret : new String[] {COOKIE, CSRF}) {
        assertThat(r.out + r.err + z.out + z.err).doesNotContain(secret);
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path f : all.filter(Files::isRegularFile).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                .as(f.toString())
                .doesNotContain(secret);
          }
        }
        byte[] zipped = Files.readAllBytes(zip);
        assertThat(new String(zipped, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
          for (var e : java.util.Collections.list(zf.entries())) {
            assertThat(new String(zf.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
          }
        }
      }
    }
  }
}
