package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real command (SIGKILL, in a separate JVM) at random points of an export from a slow
 * fake server, resumes it each time, and checks that the end result is what an uninterrupted run
 * gives: the same record/ tree, a valid bag, no temporary files left.
 */
class KillAndResumeTest {
  private static final int KILLS = Integer.getInteger("courseport.kills", 20);
  private static FakeCourseraServer server;
  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    server =
        FakeCourseraServer.builder()
            .learner(Learners.synthetic(24, 7))
            .cauth("kill-test-cookie")
            .latency(Duration.ofMillis(25))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Process export(Path out, boolean resume) throws IOException {
    String[] base = {
      "export",
      "--base-url",
      server.baseUri().toString(),
      "--api-base-url",
      server.baseUri().toString(),
      "--concurrency",
      "4",
      "--quiet",
      "--out",
      out.toString()
    };
    String[] args = resume ? append(base, "--resume") : base;
    return CourseportProcess.start(Map.of("COURSERA_CAUTH", "kill-test-cookie"), tmp, args);
  }

  private static String[] append(String[] a, String s) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = s;
    return out;
  }

  @Test
  void killedAtRandomPointsAndResumedEndsLikeAnUninterruptedRun() throws Exception {
    Path reference = tmp.resolve("reference");
    Process whole = export(reference, false);
    assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(whole.exitValue()).as(Files.readString(tmp.resolve("stderr.log"))).isZero();

    Random random = new Random(20261126);
    Path out = tmp.resolve("resumed");
    int killedMidRun = 0;
    boolean first = true;
    for (int i = 0; i < KILLS; i++) {
      Process p = export(out, !first);
      Thread.sleep(300 + random.nextInt(1500));
      if (p.isAlive()) {
        p.destroyForcibly();
        killedMidRun++;
      }
      p.waitFor(60, TimeUnit.SECONDS);
      first = false;
      if (Files.exists(out)) {
        break; // an attempt finished before its kill: nothing left to resume
      }
    }
    if (!Files.exists(out)) {
      Process last = export(out, true);
      assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(last.exitValue()).as(Files.readString(tmp.resolve("stderr.log"))).isZero();
    }
    System.out.printf("kill-and-resume: %d kills landed mid-run%n", killedMidRun);
    assertThat(killedMidRun).as("kills that landed mid-run").isGreaterThanOrEqualTo(3);

    Map<String, byte[]> want = ExportFixturesTest.tree(reference.resolve("data/record"));
    Map<String, byte[]> got = ExportFixturesTest.tree(out.resolve("data/record"));
    assertThat(got.keySet()).isEqualTo(want.keySet());
    want.forEach((k, v) -> assertThat(got.get(k)).as(k).isEqualTo(v));
    assertThat(Cli.run("verify", out.toString()).code).isZero();
    assertThat(tmp.resolve("resumed.partial")).doesNotExist();
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
