package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.export.app.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Coursera that cannot be reached (closed port, unknown host, failed TLS, no usable answer): a
 * short retry that says what it does, then one plain line and exit code 5, and nothing left behind.
 */
class UnreachableTest {
  private static final Map<String, String> SESSION = Map.of("COURSERA_CAUTH", "some-cookie");
  @TempDir Path tmp;

  private String[] args(String base, String... more) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "export",
                "--base-url",
                base,
                "--api-base-url",
                base,
                "--retry-backoff",
                "1",
                "--out",
                tmp.resolve("out").toString()));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aClosedPortExitsWithFiveInOneLineAfterAShortRetryThatSaysSo() throws IOException {
    int port = closedPort();
    Cli r = Cli.run(SESSION, args("http://127.0.0.1:" + port));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    String where = "127.0.0.1:" + port;
    assertThat(r.errLines())
        .containsExactly(
            "courseport: cannot reach "
                + where
                + " (connection refused); trying again in 1 ms (attempt 2 of 3)",
            "courseport: cannot reach "
                + where
                + " (connection refused); trying again in 2 ms (attempt 3 of 3)",
            "courseport: Cannot reach "
                + where
                + ": connection refused. Nothing was exported; check the network connection and"
                + " --base-url / --api-base-url, then run the command again.");
    assertThat(r.out).isEmpty();
    assertThat(listing()).isEmpty();
  }

  @Test
  void quietKeepsOnlyTheLastLine() throws IOException {
    Cli r = Cli.run(SESSION, args("http://127.0.0.1:" + closedPort(), "--quiet"));
    assertThat(r.code).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("courseport: Cannot reach 127.0.0.1:");
  }

  @Test
  void anUnknownHostExitsWithFive() {
    // .invalid never resolves (RFC 6761).
    Cli r = Cli.run(SESSION, args("https://courseport-test.invalid"));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.errLines().get(r.errLines().size() - 1))
        .isEqualTo(
            "courseport: Cannot reach courseport-test.invalid:443: unknown host, the name does not"
                + " resolve. Nothing was exported; check the network connection and --base-url /"
                + " --api-base-url, then run the command again.");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aFailedTlsHandshakeExitsWithFive() throws Exception {
    // Something that answers, but not with TLS (as a captive portal or a wrong port would).
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket s = server.accept();
                      OutputStream o = s.getOutputStream()) {
                    o.write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      answering.setDaemon(true);
      answering.start();
      Cli r = Cli.run(SESSION, args("https://127.0.0.1:" + server.getLocalPort()));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(r.errLines()).hasSize(3);
      assertThat(r.errLines().get(2))
          .startsWith("courseport: Cannot reach 127.0.0.1:" + server.getLocalPort())
          .contains(": TLS handshake failed: ");
    }
    assertThat(listing()).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersUsablyExitsWithFiveAndLeavesNothingBehind() {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(Learners.demo()).cauth("some-cookie").start()) {
      for (String path : List.of("/api/memberships.v1", "/api/adminUserPermissions.v1")) {
        s.override(
            path,
            exchange -> {
              exchange.sendResponseHeaders(503, -1);
              exchange.close();
            });
      }
      Cli r = Cli.run(SESSION, args(s.baseUri().toString()));
      assertThat(r.code).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      String last = r.errLines().get(r.errLines().size() - 1);
      assertThat(last)
          .startsWith("courseport: Could not find out whose session this is")
          .contains("503")
          .endsWith("try again later.");
      assertThat(r.err).doesNotContain("WARN ").doesNotContain("[main]");
      assertThat(r.errLines())
          .allSatisfy(l -> assertThat(l).startsWith("courseport: "))
          .anySatisfy(l -> assertThat(l).startsWith("courseport: warning: memberships.v1"));
    }
    assertThat(listing()).isEmpty();
  }

  @Test
  void theRealCommandPrintsPlainLinesNeverLoggerLines() throws Exception {
    // A separate JVM, so that logging is set up as in `courseport export` from a shell.
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth("some-cookie")
            .gone(java.util.Set.of("onDemandDefaultInstructorNotes.v1"))
            .start()) {
      Path work = Files.createDirectories(tmp.resolve("work"));
      Process p =
          CourseportProcess.start(
              SESSION,
              work,
              "export",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--out",
              work.resolve("archive").toString());
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // The default notes are gone: not served, named once; the export is complete.
      assertThat(p.waitFor()).as(out).isEqualTo(ExitCodes.COMPLETE);
      List<String> err = Files.readAllLines(work.resolve("stderr.log"));
      assertThat(err)
          .isNotEmpty()
          .allSatisfy(
              l ->
                  assertThat(l)
                      .matches("courseport: .*|What could not be fetched:|  - .*")
                      .doesNotContain("WARN")
                      .doesNotContain("io.github.courseport.adapters"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith("courseport: warning: ")
                      .contains("instructor notes come from"));
    }
  }

  private List<String> listing() {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
