package io.github.courseport.export.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.fixtures.Elements;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.adapters.http.naptime.mapping.WireMapper;
import io.github.courseport.core.domain.OnDemandCourse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a 1 MB Naptime page: a {@code courses.v1?ids=...} answer built from the synthetic
 * learner's wire elements (with {@code linked.partners.v1} and {@code linked.instructors.v1}), read
 * as the HTTP adapter reads it ({@link WireJson}, {@link Envelope}, {@link WireMapper}), and with
 * plain Jackson {@code readTree} for comparison. MB/s = ops/s x {@link #PAGE_BYTES} / 10^6. Not run
 * by the build; docs/performance.md has the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NaptimeParseBenchmark {
  /** The page's size at least; the exact size is printed by {@link #setUp}. */
  static final int PAGE_BYTES = 1_000_000;

  byte[] page = new byte[0];
  ObjectMapper plain = new ObjectMapper();

  /** Builds the page from as many synthetic courses as 1 MB takes. */
  @Setup
  public void setUp() throws Exception {
    page = page(PAGE_BYTES);
    System.err.println("page bytes: " + page.length);
  }

  /** A {@code courses.v1} answer of at least {@code bytes} bytes. */
  static byte[] page(int bytes) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Learner learner = Learners.synthetic(5_000, 7);
    Elements courses = learner.elements(Resources.COURSES);
    Elements memberships = learner.elements(Resources.MEMBERSHIPS);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode elements = root.putArray("elements");
    Map<String, JsonNode> partners = new LinkedHashMap<>();
    Map<String, JsonNode> instructors = new LinkedHashMap<>();
    long size = 0;
    for (int i = 0; i < memberships.size() && size < bytes; i++) {
      String id = memberships.get(i).path("courseId").asText();
      ObjectNode course = courses.byId(id).orElse(null);
      if (course == null) {
        continue;
      }
      elements.add(course);
      size += mapper.writeValueAsBytes(course).length + 1;
      course
          .path("partnerIds")
          .forEach(
              p ->
                  learner
                      .elements(Resources.PARTNERS)
                      .byId(p.asText())
                      .ifPresent(e -> partners.put(p.asText(), e)));
      course
          .path("instructorIds")
          .forEach(
              p ->
                  learner
                      .elements(Resources.INSTRUCTORS)
                      .byId(p.asText())
                      .ifPresent(e -> instructors.put(p.asText(), e)));
    }
    root.putObject("paging");
    ObjectNode linked = root.putObject("linked");
    linked.putArray("partners.v1").addAll(partners.values());
    linked.putArray("instructors.v1").addAll(instructors.values());
    return mapper.writeValueAsBytes(root);
  }

  /** What the HTTP adapter does with a courses.v1 answer: parse, envelope, map each element. */
  @Benchmark
  public List<OnDemandCourse> adapterMapping() {
    JsonNode json = WireJson.parse(page).orElseThrow();
    Envelope envelope = Envelope.parse(json);
    List<OnDemandCourse> out = new ArrayList<>(envelope.elements().size());
    for (ObjectNode e : envelope.elements()) {
      out.add(WireMapper.onDemandCourse(e));
    }
    envelope.linked("partners.v1").forEach(WireMapper::partner);
    envelope.linked("instructors.v1").forEach(WireMapper::instructor);
    return out;
  }

  /** Plain Jackson: the tree alone. */
  @Benchmark
  public JsonNode readTree() throws Exception {
    return plain.readTree(page);
  }
}
