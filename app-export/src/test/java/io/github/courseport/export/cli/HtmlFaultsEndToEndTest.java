package io.github.courseport.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's own command, end to end: {@code serve-fixtures --learner synthetic --courses 25
 * --seed 9 --fault-rate P --faults html} in a JVM of its own, exported with {@code --source http}
 * and with {@code --source batch} (each from a fresh server, so that each meets the faults from the
 * start), must end with exit 0 and a {@code record/} tree byte-identical to a fault-free run.
 *
 * <p>The suite runs P = 0.2; {@code -Dcourseport.htmlFaultRates=0.05,0.2,0.5} runs the others
 * (measured by hand, see docs/reliability.md).
 */
class HtmlFaultsEndToEndTest {
  private static final String COOKIE = "e2e-html-cookie";

  @TempDir Path tmp;

  private record Server(Process process, String base) implements AutoCloseable {
    @Override
    public void close() {
      process.destroy(); // SIGTERM: the shutdown hook stops the server
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Server serve(String name, String... faults) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("server-" + name));
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve-fixtures",
                "--learner",
                "synthetic",
                "--courses",
                "25",
                "--seed",
                "9",
                "--cauth",
                COOKIE));
    args.addAll(Arrays.asList(faults));
    Process p = CourseportProcess.start(Map.of(), dir, args.toArray(String[]::new));
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).as("first line of serve-fixtures").isNotNull().contains(" CAUTH=");
    return new Server(p, first.substring(0, first.indexOf(' ')));
  }

  private Cli export(Server s, String source, Path out) {
    return Cli.run(
        Map.of("COURSERA_CAUTH", COOKIE),
        "export",
        "--source",
        source,
        "--base-url",
        s.base(),
        "--api-base-url",
        s.base(),
        "--retry-backoff",
        "5",
        "--out",
        out.toString());
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static List<String> differences(Map<String, byte[]> want, Map<String, byte[]> got) {
    List<String> out = new ArrayList<>();
    if (!want.keySet().equals(got.keySet())) {
      out.add("files: " + want.keySet() + " vs " + got.keySet());
    }
    want.forEach(
        (k, v) -> {
          if (!Arrays.equals(v, got.get(k))) {
            out.add(k);
          }
        });
    return out;
  }

  @Test
  void htmlPagesAtTwentyPercentLeaveTheRecordOfAFaultFreeRun() throws Exception {
    Path clean = tmp.resolve("clean");
    try (Server s = serve("clean")) {
      Cli c = export(s, "http", clean);
      assertThat(c.code).as(c.err).isZero();
    }
    Map<String, byte[]> want = tree(clean.resolve("data/record"));
    String rates = System.getProperty("courseport.htmlFaultRates", "0.2");
    for (String rate : rates.split(",", -1)) {
      for (String source : List.of("http", "batch")) {
        Path out = tmp.resolve(source + "-" + rate);
        try (Server s = serve(source + rate, "--fault-rate", rate, "--faults", "html")) {
          long t0 = System.nanoTime();
          Cli c = export(s, source, out);
          System.out.printf(
              Locale.ROOT,
              "html faults at %s, --source %s: exit %d in %d ms%n",
              rate,
              source,
              c.code,
              (System.nanoTime() - t0) / 1_000_000);
          assertThat(c.code).as("%s at %s: %s", source, rate, c.err).isZero();
          assertThat(differences(want, tree(out.resolve("data/record"))))
              .as("%s at %s", source, rate)
              .isEmpty();
        }
      }
    }
  }
}
