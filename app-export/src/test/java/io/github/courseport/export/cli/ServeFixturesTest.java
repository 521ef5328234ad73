package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeFixturesTest {
  @TempDir Path tmp;

  @Test
  void servesTheLearnerUntilStoppedAndPrintsWhereAndWhichCookie() throws Exception {
    Process p =
        CourseportProcess.start(
            Map.of(),
            tmp,
            "serve-fixtures",
            "--learner",
            "synthetic",
            "--courses",
            "5",
            "--cauth",
            "test-cookie",
            "--page-size",
            "2");
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).matches("http://127\\.0\\.0\\.1:\\d+ CAUTH=test-cookie");
      URI base = URI.create(first.substring(0, first.indexOf(' ')));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> me =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/memberships.v1?q=me"))
                  .header("Cookie", "CAUTH=test-cookie")
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"elements\"").contains("\"next\"");
      HttpResponse<String> denied =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/memberships.v1?q=me"))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(denied.statusCode()).isEqualTo(401);
    } finally {
      p.destroy(); // SIGTERM: the shutdown hook stops the server
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run("serve-fixtures", "--learner", "nobody").code).isEqualTo(2);
    assertThat(Cli.run("serve-fixtures", "--fault-rate", "2").code).isEqualTo(2);
    assertThat(Cli.run("serve-fixtures", "--fault-rate", "0.1", "--faults", "teapot").code)
        .isEqualTo(2);
  }
}
