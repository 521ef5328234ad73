package io.github.courseport.export.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.export.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile answers from the server: each gets a clear, bounded outcome (a complete or an
 * honestly incomplete archive), never a crash with a stack trace, and nothing written outside
 * {@code --out}.
 */
class HostileInputTest {
  private static final String COOKIE = "hostile-cookie";
  private static final String DEMO_COURSE = "s5sEkwAHEeW9ISIACxWDhA";
  @TempDir Path tmp;

  private static HttpHandler json(byte[] body) {
    return ex -> send(ex, 200, "application/json", body);
  }

  private static HttpHandler json(String body) {
    return json(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** 200 MB of JSON, streamed, never held in memory by the server. */
  private static HttpHandler huge() {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("{\"elements\":[{\"id\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 200 * 16; i++) {
          out.write(chunk);
        }
        out.write("\"}]}".getBytes(StandardCharsets.UTF_8));
      } catch (IOException clientGaveUp) {
        // the client is right to stop reading
      }
    };
  }

  private static String membership(String courseId) {
    return "{\"id\":\"3060151~"
        + courseId.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"userId\":3060151,\"courseId\":\""
        + courseId.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"role\":\"LEARNER\"}";
  }

  static Stream<Arguments> cases() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String hostileIds =
        "{\"elements\":["
            + String.join(
                ",",
                membership(DEMO_COURSE),
                membership("../../etc/passwd"),
                membership("CON"),
                membership(""),
                membership("x".repeat(10_240)),
                membership("a\\u0000b"),
                membership("a/b\\\\c"),
                membership(DEMO_COURSE))
            + "],\"paging\":{\"total\":8}}";
    byte[] invalidUtf8 = {
      '{',
      '"',
      'e',
      'l',
      'e',
      'm',
      'e',
      'n',
      't',
      's',
      '"',
      ':',
      '[',
      '"',
      (byte) 0xC3,
      (byte) 0x28,
      '"',
      ']',
      '}'
    };
    return Stream.of(
        Arguments.of(
            "malformed JSON", "/api/onDemandCourseGrades.v1", json("{\"elements\": [ {\"id\": ")),
        Arguments.of("JSON nested 10,000 deep", "/api/memberships.v1", json(deep)),
        Arguments.of("a 200 MB response", "/api/onDemandCourseSchedules.v1", huge()),
        Arguments.of(
            "numbers too large",
            "/api/onDemandCourseGrades.v1",
            json(
                "{\"elements\":[{\"id\":\""
                    + DEMO_COURSE
                    + "\",\"passableItemsCount\":123456789012345678901234567890,"
                    + "\"timestamp\":1e400,\"passingState\":\"notPassed\"}]}")),
        Arguments.of(
            "ids that are paths, devices, empty, huge, with NULs",
            "/api/memberships.v1",
            json(hostileIds)),
        Arguments.of("invalid UTF-8", "/api/onDemandHomeExperiments.v1", json(invalidUtf8)),
        Arguments.of(
            "a paging.next that loops forever",
            "/api/memberships.v1",
            json(
                "{\"elements\":["
                    + membership(DEMO_COURSE)
                    + "],\"paging\":{\"next\":\"again\",\"total\":1000000}}")),
        Arguments.of(
            "linked entries that reference nothing",
            "/api/onDemandInstructorNotes.v1",
            json(
                "{\"elements\":[],\"linked\":{\"instructors.v1\":[{\"id\":\"nobody\"}],"
                    + "\"nothing.v9\":[{}]}}")),
        Arguments.of(
            "names with HTML and script",
            "/api/courses.v1",
            json(
                "{\"elements\":[{\"id\":\""
                    + DEMO_COURSE
                    + "\",\"slug\":\"x\",\"courseType\":\"v2.ondemand\","
                    + "\"name\":\"<img src=x onerror=alert(1)><script>alert(2)</script>\"}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aClearBoundedOutcome(String name, String path, HttpHandler handler) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("run"));
    Path out = root.resolve("out");
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .override(path, handler)
            .start()) {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int code =
          Main.execute(
              Map.of("COURSERA_CAUTH", COOKIE),
              new PrintWriter(o),
              new PrintWriter(e),
              "export",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--retry-backoff",
              "5",
              "--out",
              out.toString());
      String all = o + "\n" + e;
      assertThat(code).as(all).isIn(0, 3);
      assertThat(all).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in");
      try (Stream<Path> files = Files.list(root)) {
        assertThat(files.map(p -> p.getFileName().toString()).toList())
            .as("nothing outside --out")
            .isEqualTo(List.of("out"));
      }
      assertThat(
              io.github.courseport.export.cli.Main.execute(
                  Map.of(),
                  new PrintWriter(new StringWriter()),
                  new PrintWriter(new StringWriter()),
                  "verify",
                  out.toString()))
          .isZero();
      if (name.startsWith("numbers")) {
        // Out-of-range numbers are not forced into a field: they stay, as sent, in extras.
        try (Stream<Path> files = Files.list(out.resolve("data/record/courses"))) {
          String records =
              String.join(
                  "\n",
                  files
                      .map(
                          p -> {
                            try {
                              return Files.readString(p);
                            } catch (IOException x) {
                              throw new java.io.UncheckedIOException(x);
                            }
                          })
                      .toList());
          assertThat(records).contains("123456789012345678901234567890").contains("1E+400");
        }
      } else if (!name.startsWith("names") && !name.startsWith("linked")) {
        assertThat(code).as("%s should leave a gap: %s", name, all).isEqualTo(3);
      }
    }
  }
}
