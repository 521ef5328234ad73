package io.github.courseport.export.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.LessonId;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of the record files. Output is deterministic: object keys sorted, collections in the
 * order the domain keeps them (sorted by id), no run-dependent values, two-space indentation and a
 * final newline. Typed ids are written as their string values; each {@link Outcome} as {@code
 * {"status": "found", "value": ..., "sources": [...]}} (or with a {@code reason}); unknown server
 * fields ({@link Extras}) as parsed JSON under {@code extras}.
 */
public final class RecordJson {
  /** Version of the record files' layout; bump it on any incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = createMapper();
  private static final ObjectWriter WRITER = createWriter(MAPPER);

  private RecordJson() {}

  /** The mapper used for record files (and for reading them back). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The course file: the record and its completeness. */
  public static ObjectNode course(CourseRecord record) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("course", MAPPER.valueToTree(record));
    root.set("completeness", MAPPER.valueToTree(record.completeness()));
    return root;
  }

  /** The learner file. */
  public static ObjectNode learner(LearnerRecord record) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("learner", MAPPER.valueToTree(record));
    return root;
  }

  /**
   * The completeness file. It leaves out which transport served each family: that depends on the
   * run (http or batch, a resume), and record files must not; {@link #run} has it.
   */
  public static ObjectNode completeness(CompletenessReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("complete", report.complete());
    ObjectNode tree = MAPPER.valueToTree(report);
    tree.path("families").forEach(t -> ((ObjectNode) t).remove("transports"));
    // "Not carried" is counted only where a source left a family out, so that the report of a
    // source that carries every family keeps its bytes.
    tree.path("families")
        .forEach(
            t -> {
              if (t.path("notCarried").asInt() == 0) {
                ((ObjectNode) t).remove("notCarried");
              }
            });
    // Families not asked on request, only when there are any (a report of an export that asked
    // everything keeps its bytes).
    if (report.notAsked().isEmpty()) {
      tree.remove("notAsked");
    }
    // Resources the source found gone during the run (the parts they cost a gap, or not carried
    // when no other route answered); only when there are any, so that a report without them keeps
    // its bytes.
    List<LearnedUnavailable> learned = LearnedUnavailable.of(report);
    // The parts not carried are named there, each route once, and counted in the tallies: not
    // listed part by part as the gaps are.
    tree.remove("notCarriedParts");
    if (!learned.isEmpty()) {
      tree.set("learnedUnavailable", MAPPER.valueToTree(learned));
    }
    root.set("report", tree);
    return root;
  }

  /** The run file ({@code data/run.json}): what this run did, as opposed to what it found. */
  public static ObjectNode run(
      CompletenessReport report, Instant started, Instant finished, String version) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("courseportVersion", version);
    root.put("exportStarted", started.toString());
    root.put("exportFinished", finished.toString());
    root.put("complete", report.complete());
    ObjectNode transports = root.putObject("transports");
    report
        .families()
        .forEach((family, t) -> transports.set(family, MAPPER.valueToTree(t.transports())));
    return root;
  }

  /** Reads a course file's completeness back, for a resumed export. */
  public static CourseCompleteness readCompleteness(JsonNode courseFile) {
    JsonNode c = courseFile.path("completeness");
    CourseId id = new CourseId(c.path("courseId").asText());
    Map<String, CourseCompleteness.Part> parts = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : c.path("parts").properties()) {
      parts.put(
          e.getKey(),
          new CourseCompleteness.Part(
              Outcome.Status.valueOf(e.getValue().path("status").asText()),
              e.getValue().path("reason").asText("")));
    }
    return new CourseCompleteness(id, new TreeMap<>(parts));
  }

  /** Canonical bytes of a JSON tree: sorted keys, pretty, final newline. */
  public static byte[] bytes(JsonNode tree) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
    try {
      try (JsonGenerator gen = WRITER.createGenerator(out)) {
        writeSorted(gen, tree);
      }
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a tree with every object's keys in order, straight from the tree (no sorted copy of it):
   * each course record passes through here once, so the record's cost is its size.
   */
  private static void writeSorted(JsonGenerator gen, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        java.util.List<String> names = new java.util.ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        gen.writeStartObject();
        for (String name : names) {
          gen.writeFieldName(name);
          writeSorted(gen, node.get(name));
        }
        gen.writeEndObject();
      }
      case ARRAY -> {
        gen.writeStartArray();
        for (JsonNode element : node) {
          writeSorted(gen, element);
        }
        gen.writeEndArray();
      }
      case STRING -> gen.writeString(node.textValue());
      case BOOLEAN -> gen.writeBoolean(node.booleanValue());
      case NULL, MISSING -> gen.writeNull();
      default -> MAPPER.writeTree(gen, node); // numbers, as the mapper writes them
    }
  }

  private static ObjectMapper createMapper() {
    SimpleModule ids = new SimpleModule("courseport-ids");
    for (Class<?> idType :
        new Class<?>[] {
          CourseId.class,
          PartnerId.class,
          InstructorId.class,
          SpecializationId.class,
          CategoryId.class,
          ModuleId.class,
          LessonId.class,
          ItemId.class,
          ExternalUserId.class,
          UserId.class,
          SessionId.class,
          Instant.class
        }) {
      addToString(ids, idType);
    }
    ids.addSerializer(Extras.class, new ExtrasSerializer());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Outcome<?>> outcome = (Class) Outcome.class;
    ids.addSerializer(outcome, new OutcomeSerializer());
    ids.addSerializer(FamilyOutcomes.class, new FamilyOutcomesSerializer());
    return JsonMapper.builder(
            com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(readLimits())
                .build())
        .addModule(ids)
        .addMixIn(Course.class, CourseMixin.class)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Numbers the server sent stay exactly as sent (1e400 must not become Infinity).
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(
            com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  private static ObjectWriter createWriter(ObjectMapper mapper) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper
        .writer(printer)
        .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .with(SerializationFeature.INDENT_OUTPUT);
  }

  private static <T> void addToString(SimpleModule module, Class<T> type) {
    module.addSerializer(type, new ToStringSerializer<>(type));
    module.addKeySerializer(type, new ToStringKeySerializer<>(type));
  }

  /** Writes a value as its {@code toString()}; the typed ids' is their wire value. */
  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Writes a map key as its {@code toString()}. */
  private static final class ToStringKeySerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringKeySerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  /** Unknown fields, embedded as the JSON they were. */
  private static final class ExtrasSerializer extends JsonSerializer<Extras> {
    @Override
    public void serialize(Extras value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      for (Map.Entry<String, String> e : value.fields().entrySet()) {
        gen.writeFieldName(e.getKey());
        JsonNode parsed;
        try {
          parsed = MAPPER.readTree(e.getValue());
        } catch (IOException notJson) {
          parsed = JsonNodeFactory.instance.textNode(e.getValue());
        }
        gen.writeTree(parsed);
      }
      gen.writeEndObject();
    }
  }

  /**
   * An outcome spelled out: status, then value or reason (and what a failure received), then
   * sources.
   */
  private static final class OutcomeSerializer extends JsonSerializer<Outcome<?>> {
    @Override
    public void serialize(Outcome<?> value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("status", value.status().name().toLowerCase(java.util.Locale.ROOT));
      if (value instanceof Outcome.Found<?> f) {
        gen.writeFieldName("value");
        serializers.defaultSerializeValue(f.value(), gen);
      } else if (value.isGap() || value instanceof Outcome.NotCarried<?>) {
        gen.writeStringField("reason", value.reason());
        if (value instanceof Outcome.Failed<?> f && f.part() != null) {
          // What arrived before the failure: kept, never dropped with the failure.
          gen.writeFieldName("received");
          serializers.defaultSerializeValue(f.part(), gen);
        }
      }
      gen.writeArrayFieldStart("sources");
      for (SourceRef ref : value.sources().stream().sorted().distinct().toList()) {
        gen.writeStartObject();
        gen.writeStringField("resource", ref.resource());
        gen.writeStringField("sha256", ref.sha256());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** The per-course families by name, in the fixed family order. */
  private static final class FamilyOutcomesSerializer extends JsonSerializer<FamilyOutcomes> {
    @Override
    public void serialize(FamilyOutcomes value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      for (Map.Entry<CourseFamily<?>, Outcome<?>> e : value.asMap().entrySet()) {
        gen.writeFieldName(e.getKey().name());
        serializers.defaultSerializeValue(e.getValue(), gen);
      }
      gen.writeEndObject();
    }
  }

  /** Adds the generation to every course. */
  private interface CourseMixin {
    @JsonProperty("courseType")
    String courseType();
  }

  /**
   * Limits for reading record files back (resume, verify), set deliberately: record files are ours,
   * so anything deeper or longer than this is damage, not data.
   */
  static StreamReadConstraints readLimits() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(200)
        .maxNumberLength(100)
        .maxStringLength(20_000_000)
        .build();
  }
}
