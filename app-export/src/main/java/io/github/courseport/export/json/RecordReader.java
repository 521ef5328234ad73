package io.github.courseport.export.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.LessonId;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads record files back into domain values: the exact inverse of {@link RecordJson}, used to
 * stream finished courses to the renderers and to prove in tests that nothing is lost.
 */
public final class RecordReader {
  /**
   * The courseType of each kind of course, as {@link Course#courseType()} writes it: how a course
   * file's course is read back, and what the generated schema allows.
   */
  static final Map<String, Class<? extends Course>> COURSE_TYPES =
      Map.of("v1.session", SessionCourse.class, "v2.ondemand", OnDemandCourse.class);

  private static final ObjectMapper MAPPER = create();

  private RecordReader() {}

  /** The course record of a course file's tree. */
  public static CourseRecord course(JsonNode courseFile) throws IOException {
    return MAPPER.treeToValue(courseFile.path("course"), CourseRecord.class);
  }

  /** The learner record of a learner file's tree. */
  public static LearnerRecord learner(JsonNode learnerFile) throws IOException {
    return MAPPER.treeToValue(learnerFile.path("learner"), LearnerRecord.class);
  }

  /** The report of a completeness file's tree. */
  public static CompletenessReport report(JsonNode completenessFile) throws IOException {
    JsonNode report = completenessFile.path("report").deepCopy();
    if (report instanceof ObjectNode o) {
      o.putIfAbsent("notAsked", MAPPER.createObjectNode());
    }
    report
        .path("families")
        .forEach(t -> ((ObjectNode) t).putIfAbsent("transports", MAPPER.createArrayNode()));
    // Parts not carried are not listed in the file (each course file has its own).
    ((ObjectNode) report).putIfAbsent("notCarriedParts", MAPPER.createArrayNode());
    return MAPPER.treeToValue(report, CompletenessReport.class);
  }

  /** Any value of the record files, read as RecordReader reads it within a record. */
  static <T> T value(JsonNode tree, Class<T> type) throws IOException {
    return MAPPER.treeToValue(tree, type);
  }

  private static ObjectMapper create() {
    SimpleModule m = new SimpleModule("courseport-read");
    id(m, CourseId.class, CourseId::new);
    id(m, PartnerId.class, PartnerId::new);
    id(m, InstructorId.class, InstructorId::new);
    id(m, SpecializationId.class, SpecializationId::new);
    id(m, CategoryId.class, CategoryId::new);
    id(m, ModuleId.class, ModuleId::new);
    id(m, LessonId.class, LessonId::new);
    id(m, ItemId.class, ItemId::new);
    id(m, ExternalUserId.class, ExternalUserId::new);
    id(m, UserId.class, UserId::parse);
    id(m, SessionId.class, SessionId::parse);
    id(m, Instant.class, Instant::parse);
    m.addDeserializer(Extras.class, new ExtrasDeserializer());
    m.addDeserializer(Course.class, new CourseDeserializer());
    m.addDeserializer(FamilyOutcomes.class, new FamilyOutcomesDeserializer());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Outcome<?>> outcome = (Class) Outcome.class;
    m.addDeserializer(outcome, new OutcomeDeserializer(null));
    ObjectMapper mapper =
        RecordJson.mapper()
            .copy()
            .registerModule(m)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // Files of earlier versions lack the components added since (@AddedLater): a missing list,
    // set or map reads as empty, as the record's constructor needs, instead of null (a missing
    // nullable value reads as null, a missing boolean or number as false or 0).
    for (Class<?> collection :
        List.of(List.class, Set.class, SortedSet.class, Map.class, SortedMap.class)) {
      mapper
          .configOverride(collection)
          .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    return mapper;
  }

  private static <T> void id(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return parse.apply(p.getValueAsString());
          }
        });
    m.addKeyDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return parse.apply(key);
          }
        });
  }

  private static final class ExtrasDeserializer extends JsonDeserializer<Extras> {
    @Override
    public Extras deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = p.readValueAsTree();
      Map<String, String> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : tree.properties()) {
        fields.put(e.getKey(), MAPPER.writeValueAsString(e.getValue()));
      }
      return Extras.of(fields);
    }
  }

  private static final class CourseDeserializer extends JsonDeserializer<Course> {
    @Override
    public Course deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ObjectNode tree = p.readValueAsTree();
      String type = tree.path("courseType").asText();
      Class<? extends Course> c = COURSE_TYPES.get(type);
      if (c == null) {
        throw new IOException("unknown courseType: " + type);
      }
      tree.remove("courseType");
      return MAPPER.treeToValue(tree, c);
    }
  }

  private static final class FamilyOutcomesDeserializer extends JsonDeserializer<FamilyOutcomes> {
    @Override
    public FamilyOutcomes deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = p.readValueAsTree();
      FamilyOutcomes.Builder b = FamilyOutcomes.builder();
      for (Map.Entry<String, JsonNode> e : tree.properties()) {
        CourseFamily<?> family = CourseFamily.named(e.getKey());
        b.putAll(Map.of(family, outcome(e.getValue(), MAPPER.constructType(family.type()))));
      }
      return b.build();
    }
  }

  private static Outcome<?> outcome(JsonNode tree, @Nullable JavaType valueType)
      throws IOException {
    List<SourceRef> sources = new ArrayList<>();
    for (JsonNode s : tree.path("sources")) {
      sources.add(new SourceRef(s.path("resource").asText(), s.path("sha256").asText()));
    }
    String status = tree.path("status").asText().toUpperCase(Locale.ROOT);
    return switch (Outcome.Status.valueOf(status)) {
      case FOUND -> {
        if (valueType == null) {
          throw new IOException("a found outcome without a known value type");
        }
        Object value = MAPPER.convertValue(tree.path("value"), valueType);
        yield new Outcome.Found<>(value, sources);
      }
      case ABSENT -> new Outcome.Absent<>(sources);
      case UNAVAILABLE -> new Outcome.Unavailable<>(tree.path("reason").asText(), sources);
      case NOT_CARRIED -> new Outcome.NotCarried<>(tree.path("reason").asText(), sources);
      case FAILED -> {
        JsonNode part = tree.get("received");
        if (part == null || valueType == null) {
          yield new Outcome.Failed<>(tree.path("reason").asText(), sources);
        }
        Object value = MAPPER.convertValue(part, valueType);
        yield new Outcome.Failed<>(tree.path("reason").asText(), sources, value);
      }
    };
  }

  private static final class OutcomeDeserializer extends JsonDeserializer<Outcome<?>>
      implements ContextualDeserializer {
    private final @Nullable JavaType valueType;

    OutcomeDeserializer(@Nullable JavaType valueType) {
      this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, @Nullable BeanProperty property) {
      JavaType type = ctxt.getContextualType();
      if (type == null && property != null) {
        type = property.getType();
      }
      JavaType value = type == null ? null : type.containedType(0);
      return new OutcomeDeserializer(value);
    }

    @Override
    public Outcome<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return outcome(p.readValueAsTree(), valueType);
    }
  }
}
