package io.github.courseport.export.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.adapters.fixtures.server.Fault;
import io.github.courseport.adapters.fixtures.server.FaultPlan;
import io.github.courseport.adapters.fixtures.server.ServerStats;
import io.github.courseport.export.app.ExitCodes;
import io.github.courseport.export.cli.Main;
import io.github.courseport.export.json.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix: every fault the fake server can inject, at 5, 20 and 50 percent of requests,
 * against the real command. Every one of them (HTML at 200 included) is transient and must give a
 * record/ tree byte-identical to a fault-free run and exit 0. Then resources that are really gone,
 * one that always answers HTML and one that always answers 404: exit 3, the resource named in
 * completeness.json as learned unavailable, every record that differs explained by a gap, and a
 * bounded number of requests over the fault-free run. Never a "complete" archive that lacks data.
 * The table is printed and written to target/fault-matrix.md (and copied into docs/reliability.md).
 */
class FaultMatrixTest {
  private static final String COOKIE = "MATRIX-cookie-7c1e9a3f5b";
  private static final String CSRF = "MATRIX-csrf-4d2b8e6a0c";
  private static final Learner LEARNER = Learners.synthetic(10, 11);
  private static final double[] RATES = {0.05, 0.20, 0.50};

  /** Attempts of a request that keeps answering HTML (RetryPolicy.HTML_ATTEMPTS). */
  private static final int HTML_ATTEMPTS = 3;

  private static Path reference;
  private static final Map<String, Long> cleanRequests = new TreeMap<>();

  private static final List<String> rows = new ArrayList<>();
  @TempDir static Path tmp;

  private static final StringBuilder printed = new StringBuilder();

  private static int export(FakeCourseraServer s, Path out) {
    return export(s, out, "http");
  }

  private static int export(FakeCourseraServer s, Path out, String source) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        Main.execute(
            Map.of("COURSERA_CAUTH", COOKIE, "COURSERA_CSRF3_TOKEN", CSRF),
            new PrintWriter(o),
            new PrintWriter(e),
            "export",
            "--source",
            source,
            "--verbose",
            "--base-url",
            s.baseUri().toString(),
            "--api-base-url",
            s.baseUri().toString(),
            "--concurrency",
            "4",
            "--retry-backoff",
            "5",
            "--out",
            out.toString());
    synchronized (printed) {
      printed.append(o).append(e);
    }
    return code;
  }

  @BeforeAll
  static void referenceRun() throws IOException {
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(LEARNER).cauth(COOKIE).start()) {
      reference = tmp.resolve("reference");
      assertThat(export(s, reference)).isZero();
      cleanRequests.put("http", asked(s.stats()));
    }
    try (FakeCourseraServer s =
        FakeCourseraServer.builder().learner(LEARNER).cauth(COOKIE).start()) {
      Path batch = tmp.resolve("reference-batch");
      assertThat(export(s, batch, "batch")).isZero();
      cleanRequests.put("batch", asked(s.stats()));
      assertThat(tree(batch.resolve("data/record")))
          .usingRecursiveComparison()
          .isEqualTo(tree(reference.resolve("data/record")));
    }
  }

  @AfterAll
  static void printTheMatrix() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("| source | fault | rate | requests | faults injected | exit | record/ |\n");
    table.append("|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> table.append(r).append('\n'));
    System.out.println("Fault matrix (synthetic learner of 10 courses):\n" + table);
    Path report = Path.of("target", "fault-matrix.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table.toString());
  }

  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void everyFaultAtEveryRateEndsCompleteAndIdenticalOrHonestlyIncomplete() throws IOException {
    Map<String, byte[]> want = tree(reference.resolve("data/record"));
    List<String> failures = new ArrayList<>();
    int run = 0;
    for (String source : new String[] {"http", "batch"}) {
      for (Fault fault : Fault.values()) {
        for (double rate : RATES) {
          run++;
          FaultPlan.Builder plan =
              FaultPlan.builder()
                  .probability(fault, rate)
                  .maxFaultsPerRequest(2)
                  .retryAfterSeconds(1);
          try (FakeCourseraServer s =
              FakeCourseraServer.builder()
                  .learner(LEARNER)
                  .cauth(COOKIE)
                  .faults(plan.build())
                  .seed(run)
                  .start()) {
            Path out = tmp.resolve(source + "-" + fault.key() + "-" + (int) (rate * 100));
            int code = export(s, out, source);
            failures.addAll(secretsIn(out));
            String verdict;
            if (code == ExitCodes.COMPLETE) {
              Map<String, byte[]> got = tree(out.resolve("data/record"));
              boolean same = got.keySet().equals(want.keySet());
              for (var e : want.entrySet()) {
                same &= java.util.Arrays.equals(e.getValue(), got.get(e.getKey()));
              }
              verdict = same ? "identical" : "DIFFERENT but claimed complete";
              if (!same) {
                failures.add(
                    source
                        + " "
                        + fault
                        + " at "
                        + rate
                        + ": complete archive differs from the reference");
              }
            } else if (code == ExitCodes.INCOMPLETE) {
              verdict = honestlyIncomplete(out, want);
              failures.add(
                  source
                      + " "
                      + fault
                      + " at "
                      + rate
                      + " is transient but the export was incomplete: "
                      + verdict);
            } else {
              verdict = "exit " + code;
              failures.add(source + " " + fault + " at " + rate + ": unexpected exit " + code);
            }
            var stats = s.stats();
            rows.add(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %d%% | %d | %d | %d | %s |",
                    source,
                    fault.key(),
                    (int) (rate * 100),
                    stats.requests(),
                    stats.faults().values().stream().mapToLong(Long::longValue).sum(),
                    code,
                    verdict));
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(printed.toString()).doesNotContain(COOKIE).doesNotContain(CSRF);
  }

  /**
   * A resource that is really gone, as HTML or as 404 of the whole resource, with no other route
   * for its part: something Coursera no longer serves. Exit 0, the resource named once in
   * completeness.json with the parts it cost, every differing record explained by a part not
   * carried that names it, and its one probe (with its attempts) instead of a request per course.
   */
  @Test
  void aResourceGoneAsHtmlOrAs404IsLearnedAtABoundedCost() throws IOException {
    Map<String, byte[]> want = tree(reference.resolve("data/record"));
    List<String> failures = new ArrayList<>();
    record Dead(String resource, String how) {}
    for (String source : new String[] {"http", "batch"}) {
      for (Dead dead :
          List.of(
              new Dead("onDemandCompletionEvents.v1", "html"),
              new Dead("onDemandDefaultInstructorNotes.v1", "404"))) {
        FakeCourseraServer.Builder b = FakeCourseraServer.builder().learner(LEARNER).cauth(COOKIE);
        if (dead.how().equals("html")) {
          b.html(Set.of(dead.resource()));
        } else {
          b.gone(Set.of(dead.resource()));
        }
        try (FakeCourseraServer s = b.start()) {
          Path out = tmp.resolve(source + "-dead-" + dead.how());
          int code = export(s, out, source);
          failures.addAll(secretsIn(out));
          String what = source + " " + dead.resource() + " always " + dead.how();
          long requests = asked(s.stats());
          long clean = cleanRequests.get(source);
          // One probe, with its attempts (an HTML page is retried, a 404 is not), replaces the
          // request of every course.
          long probe = dead.how().equals("html") ? HTML_ATTEMPTS : 1;
          long bound = clean + probe;
          if (s.stats().requests(dead.resource()) > probe) {
            failures.add(
                what
                    + ": "
                    + s.stats().requests(dead.resource())
                    + " requests to it, more than its probe's "
                    + probe);
          }
          String verdict =
              code == ExitCodes.COMPLETE ? honestlyNotCarried(out, want, dead.resource()) : "";
          JsonNode learned =
              RecordJson.mapper()
                  .readTree(out.resolve("data/record/completeness.json").toFile())
                  .path("report")
                  .path("learnedUnavailable");
          JsonNode entry = null;
          for (JsonNode l : learned) {
            if (l.path("resource").asText().equals(dead.resource())) {
              entry = l;
            }
          }
          if (code != ExitCodes.COMPLETE) {
            failures.add(what + ": exit " + code + ", not 0");
          } else if (!verdict.startsWith("complete")) {
            failures.add(what + ": " + verdict);
          }
          if (entry == null || learned.size() != 1) {
            failures.add(what + ": completeness.json does not name it as learned: " + learned);
          }
          if (requests > bound) {
            failures.add(what + ": " + requests + " requests, more than " + bound);
          }
          rows.add(
              String.format(
                  Locale.ROOT,
                  "| %s | always %s: %s | 100%% | %d (%+d over fault-free %d) | %d | %d | %s;"
                      + " named once%s, %d course parts not carried |",
                  source,
                  dead.how(),
                  dead.resource(),
                  requests,
                  requests - clean,
                  clean,
                  s.stats().requests(dead.resource()),
                  code,
                  verdict,
                  entry == null ? " (NOT NAMED)" : "",
                  entry == null ? 0 : entry.path("parts").size()));
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(printed.toString()).doesNotContain(COOKIE).doesNotContain(CSRF);
  }

  /**
   * What an export asked: every request, a batch counted by the sub-requests it carried. How
   * requests fall into batches depends on timing, what is asked does not.
   */
  private static long asked(ServerStats stats) {
    return stats.requests() - stats.batchRequests() + stats.batchSubRequests();
  }

  /** Neither secret may appear in any byte of the archive. */
  private static List<String> secretsIn(Path out) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String bytes =
            new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (bytes.contains(COOKIE) || bytes.contains(CSRF)) {
          found.add("a secret in " + f);
        }
      }
    }
    return found;
  }

  private static JsonNode withoutSources(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove("sources");
      o.forEach(FaultMatrixTest::strip);
    } else if (node.isArray()) {
      node.forEach(FaultMatrixTest::strip);
    }
  }

  /**
   * Every record that differs from the reference must be explained by a gap: its own, or a gap in a
   * learner-level list that course records draw on (a course missing altogether can only be
   * explained by such a list).
   */
  private static String honestlyNotCarried(Path out, Map<String, byte[]> want, String resource)
      throws IOException {
    JsonNode completeness =
        RecordJson.mapper().readTree(out.resolve("data/record/completeness.json").toFile());
    if (!completeness.path("complete").asBoolean(false)) {
      return "exit 0 but completeness.json says incomplete";
    }
    Map<String, byte[]> got = tree(out.resolve("data/record"));
    int differing = 0;
    for (var e : want.entrySet()) {
      byte[] mine = got.get(e.getKey());
      if (mine != null && java.util.Arrays.equals(mine, e.getValue())) {
        continue;
      }
      differing++;
      if (mine == null) {
        return "a record file is missing: " + e.getKey();
      }
      if (!e.getKey().startsWith("courses")) {
        continue; // learner.json and completeness.json say what is not carried
      }
      JsonNode mineTree = RecordJson.mapper().readTree(mine);
      JsonNode wantTree = RecordJson.mapper().readTree(e.getValue());
      for (var f : mineTree.path("course").path("families").properties()) {
        JsonNode before = wantTree.path("course").path("families").path(f.getKey());
        if (withoutSources(f.getValue()).equals(withoutSources(before))) {
          continue;
        }
        // Not carried because of the resource, or found and saying what the resource took from
        // it (the default notes of the instructor notes).
        boolean notCarried =
            f.getValue().path("status").asText().equals("not_carried")
                && f.getValue().path("reason").asText().contains(resource);
        boolean explained =
            f.getValue().path("status").asText().equals("found")
                && f.getValue().path("value").toString().contains(resource);
        if (!notCarried && !explained) {
          return "a course's " + f.getKey() + " differs but is not 'not carried': " + e.getKey();
        }
      }
    }
    return "complete, " + differing + " record files differ, each by a part not carried";
  }

  private static String honestlyIncomplete(Path out, Map<String, byte[]> want) throws IOException {
    JsonNode completeness =
        RecordJson.mapper().readTree(out.resolve("data/record/completeness.json").toFile());
    if (completeness.path("complete").asBoolean(true)) {
      return "exit 3 but completeness.json says complete";
    }
    Set<String> listGaps = new java.util.TreeSet<>();
    for (JsonNode g : completeness.path("report").path("gaps")) {
      String family = g.path("family").asText();
      if (Set.of(
              "identity",
              "memberships",
              "enrollments",
              "specializationMemberships",
              "specializations",
              "courses")
          .contains(family)) {
        listGaps.add(family);
      }
    }
    Map<String, byte[]> got = tree(out.resolve("data/record"));
    int differing = 0;
    for (var e : want.entrySet()) {
      byte[] mine = got.get(e.getKey());
      if (mine != null && java.util.Arrays.equals(mine, e.getValue())) {
        continue;
      }
      differing++;
      if (e.getKey().startsWith("courses")) {
        if (mine == null) {
          if (!listGaps.contains("memberships") && !listGaps.contains("enrollments")) {
            return "course file missing without a list gap: " + e.getKey();
          }
          continue;
        }
        JsonNode mineTree = RecordJson.mapper().readTree(mine);
        if (withoutSources(mineTree)
            .equals(withoutSources(RecordJson.mapper().readTree(e.getValue())))) {
          continue; // the same data, from a fallback route: only the cited documents differ
        }
        JsonNode parts = mineTree.path("completeness").path("parts");
        boolean gap = false;
        for (JsonNode p : parts) {
          gap |= Set.of("UNAVAILABLE", "FAILED").contains(p.path("status").asText());
        }
        if (!gap && listGaps.isEmpty()) {
          return "a course file differs but names no gap: " + e.getKey();
        }
      }
    }
    return "incomplete, "
        + differing
        + " record files differ, each explained by a gap"
        + (listGaps.isEmpty() ? "" : " (list gaps: " + String.join(", ", listGaps) + ")");
  }
}
