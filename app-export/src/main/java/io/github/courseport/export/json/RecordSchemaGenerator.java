package io.github.courseport.export.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.core.domain.AddedLater;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.Described;
import io.github.courseport.core.domain.Extras;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.LearnedUnavailable;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schemas (draft 2020-12) of the three kinds of record file, generated from the one
 * description of the record: core's domain types, walked by reflection, with their {@link
 * Described} descriptions and {@link AddedLater} marks, and the few places where {@link RecordJson}
 * shapes the tree by hand (mirrored in {@code Shapes} below). Adding a field or a family to the
 * domain changes the schemas with it; nothing is kept by hand beside the code.
 *
 * <p>The properties of each object are those Jackson writes with {@link RecordJson#mapper()}
 * (record components, derived {@code is...} values such as {@code sessionBased}, the {@code
 * courseType} of a course), so the schema describes exactly what the record files hold. The rules:
 *
 * <ul>
 *   <li>every property is required and no other is allowed, except components marked {@link
 *       AddedLater} (files of earlier versions lack them) and what {@code Shapes} makes optional;
 *   <li>a {@code @Nullable} type also admits {@code null};
 *   <li>typed ids (records of one {@code String} or {@code long}) are strings, {@link Instant}s are
 *       UTC date-times, {@link Extras} an object of raw JSON values, lists and sets arrays, maps
 *       objects (keyed by id where the key is a typed id), enums their constant names;
 *   <li>an {@link Outcome} has a status of {@link Outcome.Status#values()} and, per status, the
 *       fields of its record ({@code value}, {@code reason}, {@code received}: required unless
 *       {@code @Nullable}, forbidden otherwise);
 *   <li>a {@link Course} is one of its permitted records, told apart by {@code courseType};
 *   <li>the per-course families are {@link CourseFamily#all()}, each an outcome of its type.
 * </ul>
 *
 * <p>The output is deterministic: properties in record component order, {@code $defs} and {@code
 * required} sorted, enums and families in their declared order.
 */
public final class RecordSchemaGenerator {
  /** The learner file's schema name. */
  public static final String LEARNER = "learner.schema.json";

  /** The course files' schema name. */
  public static final String COURSE = "course.schema.json";

  /** The completeness report's schema name. */
  public static final String COMPLETENESS = "completeness.schema.json";

  /** The base of every schema's {@code $id}; the number is the records' {@code schemaVersion}. */
  public static final String ID_BASE =
      "https://courseport.github.io/schema/record/" + RecordJson.SCHEMA_VERSION + "/";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper RECORD_MAPPER = RecordJson.mapper();
  private static final ObjectWriter WRITER = createWriter();

  private RecordSchemaGenerator() {}

  /** The three schemas, by file name, in name order (completeness, course, learner). */
  public static Map<String, ObjectNode> schemas() {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    out.put(COMPLETENESS, new Walker().completenessFile());
    out.put(COURSE, new Walker().courseFile());
    out.put(LEARNER, new Walker().learnerFile());
    return out;
  }

  /**
   * The domain types the schemas describe that carry no {@link Described}: it must be none (a test
   * says so), so that a new type cannot enter the record without words for its readers.
   */
  public static SortedSet<String> undescribed() {
    SortedSet<String> out = new TreeSet<>();
    Walker c = new Walker();
    c.completenessFile();
    Walker r = new Walker();
    r.courseFile();
    Walker l = new Walker();
    l.learnerFile();
    out.addAll(c.undescribed);
    out.addAll(r.undescribed);
    out.addAll(l.undescribed);
    return out;
  }

  /** A schema's bytes: two-space indentation, keys in the order generated, a final newline. */
  public static byte[] bytes(JsonNode schema) {
    try {
      byte[] body = WRITER.writeValueAsBytes(schema);
      byte[] out = Arrays.copyOf(body, body.length + 1);
      out[body.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectWriter createWriter() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return JsonMapper.builder().build().writer(printer);
  }

  /**
   * The places where {@link RecordJson} (or an earlier version of it) shapes the record files by
   * hand, and the few constraints a Java type cannot state. Each entry says which code it mirrors;
   * an entry naming a property the type does not have fails the generation.
   */
  static final class Shapes {
    private Shapes() {}

    /** The file around the course record: {@link RecordJson#course}. */
    static final String COURSE_TITLE = "Courseport course record (data/record/courses/<key>.json)";

    static final String COURSE_DESCRIPTION =
        "One course of the learner: the record and its completeness. Written by Courseport with"
            + " sorted keys; typed ids are strings; every server answer is an outcome.";

    /** The file around the learner record: {@link RecordJson#learner}. */
    static final String LEARNER_TITLE = "Courseport learner record (data/record/learner.json)";

    static final String LEARNER_DESCRIPTION =
        "The learner file: the learner-level record. Written by Courseport with sorted keys; typed"
            + " ids are strings; every server answer is an outcome.";

    /** The file around the report: {@link RecordJson#completeness}. */
    static final String COMPLETENESS_TITLE =
        "Courseport completeness report (data/record/completeness.json)";

    static final String COMPLETENESS_DESCRIPTION =
        "What the export asked for and what it got, per resource family, with every gap named."
            + " complete is true only when there is no gap.";

    /**
     * Properties Jackson would write that {@link RecordJson} removes: which transport served a
     * family depends on the run, so it goes to {@code run.json}, not into the record; the parts not
     * carried are counted in the tallies and named in {@code learnedUnavailable}, not listed.
     */
    static final Map<Class<?>, Set<String>> REMOVED =
        Map.of(
            CompletenessReport.Tally.class,
            Set.of("transports"),
            CompletenessReport.class,
            Set.of("notCarriedParts"));

    /** Integer properties that count something, so are never negative. */
    static final Set<Class<?>> COUNTS = Set.of(CompletenessReport.Tally.class);

    /**
     * Optional properties the domain type does not have: what {@link RecordJson} adds, and what
     * earlier versions wrote and this one no longer does (so that their files stay valid).
     */
    static SortedMap<String, ObjectNode> added(Class<?> type, Walker w) {
      SortedMap<String, ObjectNode> out = new TreeMap<>();
      if (type == CompletenessReport.class) {
        // RecordJson.completeness: only when the source learned some resource gone.
        ObjectNode learned = array(w.ref(LearnedUnavailable.class));
        learned.put(
            "description",
            "The resources the source found gone during the run, each named once with the parts"
                + " of the record it cost; present only when there are any.");
        out.put("learnedUnavailable", learned);
      }
      if (type == LearnedUnavailable.class) {
        // Written before issue 24, when a route was learned gone after some answers in a row.
        ObjectNode answers = type("integer");
        answers.put("minimum", 1);
        answers.put(
            "description",
            "How many answers in a row taught it (written by versions before issue 24 only).");
        out.put("answers", answers);
      }
      return out;
    }

    /**
     * Constraints of values that their Java type does not state (keywords merged into the
     * property's schema), by type and property.
     */
    static Map<String, ObjectNode> refined(Class<?> type) {
      Map<String, ObjectNode> out = new TreeMap<>();
      if (type == SessionCourse.class) {
        // CourseId.isSessionBased(), which SessionCourse's constructor requires.
        out.put("id", keywords("pattern", "^v1-[0-9]{1,18}$"));
      }
      if (type == PartialDate.class) {
        // PartialDate's constructor.
        out.put("month", range(1, 12));
        out.put("day", range(1, 31));
      }
      if (type == SourceRef.class) {
        out.put("sha256", keywords("pattern", "^[0-9a-f]{64}$"));
      }
      if (type == CourseSummary.class) {
        // A summary's courseType is the courseType of its course.
        ObjectNode types = JSON.objectNode();
        ArrayNode values = types.putArray("enum");
        RecordReader.COURSE_TYPES.keySet().stream().sorted().forEach(values::add);
        out.put("courseType", types);
      }
      if (type == CompletenessReport.Gap.class) {
        // The report names as gaps only the statuses that leave the record incomplete.
        ObjectNode gaps = JSON.objectNode();
        ArrayNode values = gaps.putArray("enum");
        for (Outcome.Status s : Outcome.Status.values()) {
          if (new CourseCompleteness.Part(s, "").isGap()) {
            values.add(s.name());
          }
        }
        out.put("status", gaps);
      }
      RecordReader.COURSE_TYPES.forEach(
          (name, course) -> {
            if (course == type) {
              out.put("courseType", keywords("const", name));
            }
          });
      return out;
    }

    private static ObjectNode keywords(String keyword, String value) {
      ObjectNode k = JSON.objectNode();
      k.put(keyword, value);
      return k;
    }

    private static ObjectNode range(int min, int max) {
      ObjectNode k = JSON.objectNode();
      k.put("minimum", min);
      k.put("maximum", max);
      return k;
    }

    /** How {@link RecordJson}'s outcome serializer names the components of an outcome record. */
    static final Map<String, String> OUTCOME_FIELDS =
        Map.of("value", "value", "reason", "reason", "part", "received");

    /** How {@link RecordJson}'s outcome serializer writes a status. */
    static String status(Outcome.Status s) {
      return s.name().toLowerCase(Locale.ROOT);
    }
  }

  /** Builds one schema file, collecting the definitions it refers to. */
  private static final class Walker {
    private final SortedMap<String, ObjectNode> defs = new TreeMap<>();
    private final Map<String, Class<?>> defTypes = new HashMap<>();
    final SortedSet<String> undescribed = new TreeSet<>();

    ObjectNode courseFile() {
      ObjectNode root = root(COURSE, Shapes.COURSE_TITLE, Shapes.COURSE_DESCRIPTION);
      ObjectNode p = (ObjectNode) root.get("properties");
      p.set("schemaVersion", schemaVersion());
      p.set("course", ref(CourseRecord.class));
      p.set("completeness", ref(CourseCompleteness.class));
      return finish(root);
    }

    ObjectNode learnerFile() {
      ObjectNode root = root(LEARNER, Shapes.LEARNER_TITLE, Shapes.LEARNER_DESCRIPTION);
      ObjectNode p = (ObjectNode) root.get("properties");
      p.set("schemaVersion", schemaVersion());
      p.set("learner", ref(LearnerRecord.class));
      return finish(root);
    }

    ObjectNode completenessFile() {
      ObjectNode root =
          root(COMPLETENESS, Shapes.COMPLETENESS_TITLE, Shapes.COMPLETENESS_DESCRIPTION);
      ObjectNode p = (ObjectNode) root.get("properties");
      p.set("schemaVersion", schemaVersion());
      ObjectNode complete = type("boolean");
      complete.put("description", "Whether the report names no gap.");
      p.set("complete", complete);
      p.set("report", ref(CompletenessReport.class));
      return finish(root);
    }

    private static ObjectNode root(String name, String title, String description) {
      ObjectNode root = JSON.objectNode();
      root.put("$schema", DIALECT);
      root.put("$id", ID_BASE + name);
      root.put("title", title);
      root.put("description", description);
      root.put("type", "object");
      root.putArray("required");
      root.put("additionalProperties", false);
      root.putObject("properties");
      return root;
    }

    private ObjectNode finish(ObjectNode root) {
      List<String> names = new ArrayList<>();
      root.get("properties").fieldNames().forEachRemaining(names::add);
      names.sort(Comparator.naturalOrder());
      ArrayNode required = (ArrayNode) root.get("required");
      names.forEach(required::add);
      ObjectNode d = root.putObject("$defs");
      defs.forEach(d::set);
      return root;
    }

    private static ObjectNode schemaVersion() {
      ObjectNode v = JSON.objectNode();
      v.put("const", RecordJson.SCHEMA_VERSION);
      return v;
    }

    // ---- types ----

    /**
     * The schema of a value of an annotated type: its type, and null if it is {@code @Nullable}.
     */
    ObjectNode schema(AnnotatedType at) {
      ObjectNode s = nonNull(raw(at.getType()), arguments(at));
      return nullable(at) ? orNull(s) : s;
    }

    private ObjectNode nonNull(Class<?> raw, AnnotatedType[] args) {
      if (raw == String.class) {
        return type("string");
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return type("boolean");
      }
      if (raw == int.class
          || raw == Integer.class
          || raw == long.class
          || raw == Long.class
          || raw == short.class
          || raw == Short.class) {
        return type("integer");
      }
      if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
        return type("number");
      }
      if (raw == Instant.class) {
        return ref("instant", Walker::instant);
      }
      if (raw == Extras.class) {
        return ref("extras", this::extras);
      }
      String id = typedId(raw);
      if (id != null) {
        return ref(id, id.equals("id") ? Walker::id : Walker::numericId);
      }
      if (raw.isEnum()) {
        ObjectNode e = JSON.objectNode();
        ArrayNode values = e.putArray("enum");
        for (Object constant : raw.getEnumConstants()) {
          values.add(((Enum<?>) constant).name());
        }
        return e;
      }
      if (Collection.class.isAssignableFrom(raw)) {
        return array(schema(argument(raw, args, 0)));
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode m = type("object");
        AnnotatedType key = argument(raw, args, 0);
        if (raw(key.getType()) != String.class) {
          m.set("propertyNames", nonNull(raw(key.getType()), arguments(key)));
        }
        m.set("additionalProperties", schema(argument(raw, args, 1)));
        return m;
      }
      if (raw == Outcome.class) {
        return outcome(schema(argument(raw, args, 0)));
      }
      if (raw == FamilyOutcomes.class) {
        return families();
      }
      if (raw == Course.class) {
        return ref("course", this::course);
      }
      if (raw.isRecord()) {
        return ref(raw);
      }
      throw new IllegalStateException("no JSON Schema for " + raw.getName());
    }

    /** {@code id} or {@code numericId} for a typed id, null for any other type. */
    private static @Nullable String typedId(Class<?> raw) {
      if (!raw.isRecord() || raw.getRecordComponents().length != 1) {
        return null;
      }
      Class<?> value = raw.getRecordComponents()[0].getType();
      return value == String.class ? "id" : value == long.class ? "numericId" : null;
    }

    /** An outcome whose value (and whatever a failure received) has a schema. */
    private ObjectNode outcome(ObjectNode value) {
      ObjectNode o = ref("outcome", this::outcomeDefinition);
      ObjectNode p = o.putObject("properties");
      p.set("value", value);
      p.set("received", value.deepCopy());
      return o;
    }

    /** The per-course families: each an outcome of its family's type; only those asked. */
    private ObjectNode families() {
      ObjectNode f = type("object");
      f.put("additionalProperties", false);
      ObjectNode p = f.putObject("properties");
      for (CourseFamily<?> family : CourseFamily.all()) {
        p.set(family.name(), outcome(nonNull(family.type(), new AnnotatedType[0])));
      }
      return f;
    }

    /** A course of either generation, told apart by courseType. */
    private ObjectNode course() {
      ObjectNode c = JSON.objectNode();
      describe(c, Course.class);
      ArrayNode oneOf = c.putArray("oneOf");
      List<Class<?>> kinds = new ArrayList<>(List.of(Course.class.getPermittedSubclasses()));
      kinds.sort(Comparator.comparing(Class::getSimpleName));
      for (Class<?> kind : kinds) {
        if (!RecordReader.COURSE_TYPES.containsValue(kind)) {
          throw new IllegalStateException("no courseType for " + kind.getName());
        }
        oneOf.add(ref(kind));
      }
      return c;
    }

    // ---- records ----

    /** A reference to the definition of a record type, named after it. */
    ObjectNode ref(Class<?> type) {
      String name =
          Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
      Class<?> before = defTypes.putIfAbsent(name, type);
      if (before != null && before != type) {
        throw new IllegalStateException(
            before.getName() + " and " + type.getName() + " share a name");
      }
      return ref(name, () -> record(type));
    }

    private ObjectNode ref(String name, Supplier<ObjectNode> definition) {
      if (!defs.containsKey(name)) {
        defs.put(name, JSON.objectNode()); // a type that refers to itself finds its name taken
        defs.put(name, definition.get());
      }
      ObjectNode r = JSON.objectNode();
      r.put("$ref", "#/$defs/" + name);
      return r;
    }

    /**
     * A record's object: the properties Jackson writes for it, as RecordJson's mapper sees them.
     */
    private ObjectNode record(Class<?> type) {
      BeanDescription bean =
          RECORD_MAPPER.getSerializationConfig().introspect(RECORD_MAPPER.constructType(type));
      List<RecordComponent> components = List.of(type.getRecordComponents());
      Set<String> removed = Shapes.REMOVED.getOrDefault(type, Set.of());
      Map<String, ObjectNode> refined = new TreeMap<>(Shapes.refined(type));
      List<BeanPropertyDefinition> properties = new ArrayList<>();
      Set<String> names = new TreeSet<>();
      for (BeanPropertyDefinition p : bean.findProperties()) {
        if (p.couldSerialize()) {
          names.add(p.getName());
          if (!removed.contains(p.getName())) {
            properties.add(p);
          }
        }
      }
      for (String name : concat(removed, refined.keySet())) {
        if (!names.contains(name)) {
          throw new IllegalStateException(type.getName() + " has no property " + name);
        }
      }
      // Record component order first, then derived values by name.
      properties.sort(
          Comparator.comparingInt((BeanPropertyDefinition p) -> index(components, p.getName()))
              .thenComparing(BeanPropertyDefinition::getName));

      ObjectNode o = type("object");
      describe(o, type);
      ArrayNode required = o.putArray("required");
      o.put("additionalProperties", false);
      ObjectNode props = o.putObject("properties");
      List<String> requiredNames = new ArrayList<>();
      for (BeanPropertyDefinition p : properties) {
        RecordComponent component = component(components, p.getName());
        AnnotatedElement accessor = accessor(type, p);
        ObjectNode s = schema(annotatedType(type, p));
        if (Shapes.COUNTS.contains(type) && s.path("type").asText().equals("integer")) {
          s.put("minimum", 0);
        }
        ObjectNode more = refined.get(p.getName());
        if (more != null) {
          s.setAll(more);
        }
        String description = description(component, accessor);
        if (description == null) {
          description = byKey(annotatedType(type, p));
        }
        if (description != null) {
          s.put("description", description);
        }
        props.set(p.getName(), s);
        if (!addedLater(component, accessor)) {
          requiredNames.add(p.getName());
        }
      }
      Shapes.added(type, this).forEach(props::set);
      requiredNames.sort(Comparator.naturalOrder());
      requiredNames.forEach(required::add);
      if (requiredNames.isEmpty()) {
        o.remove("required");
      }
      return o;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }

    private static int index(List<RecordComponent> components, String name) {
      for (int i = 0; i < components.size(); i++) {
        if (components.get(i).getName().equals(name)) {
          return i;
        }
      }
      return components.size();
    }

    private static @Nullable RecordComponent component(
        List<RecordComponent> components, String name) {
      int i = index(components, name);
      return i < components.size() ? components.get(i) : null;
    }

    private static AnnotatedElement accessor(Class<?> type, BeanPropertyDefinition p) {
      AnnotatedMember member = p.getAccessor();
      Member m = member == null ? null : member.getMember();
      if (m instanceof Method method) {
        return method;
      }
      if (m instanceof Field field) {
        return field;
      }
      throw new IllegalStateException(type.getName() + "." + p.getName() + " has no accessor");
    }

    private static AnnotatedType annotatedType(Class<?> type, BeanPropertyDefinition p) {
      AnnotatedElement a = accessor(type, p);
      return a instanceof Method m ? m.getAnnotatedReturnType() : ((Field) a).getAnnotatedType();
    }

    private static @Nullable String description(
        @Nullable RecordComponent component, AnnotatedElement accessor) {
      Described d = component == null ? null : component.getAnnotation(Described.class);
      if (d == null) {
        d = accessor.getAnnotation(Described.class);
      }
      return d == null ? null : d.value();
    }

    private static boolean addedLater(
        @Nullable RecordComponent component, AnnotatedElement accessor) {
      return (component != null && component.isAnnotationPresent(AddedLater.class))
          || accessor.isAnnotationPresent(AddedLater.class);
    }

    /** "by session id" for a map keyed by a typed id that has no description of its own. */
    private static @Nullable String byKey(AnnotatedType at) {
      Class<?> raw = raw(at.getType());
      if (!Map.class.isAssignableFrom(raw)) {
        return null;
      }
      Class<?> key = raw(argument(raw, arguments(at), 0).getType());
      if (typedId(key) == null) {
        return null;
      }
      return "by "
          + key.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private void describe(ObjectNode o, Class<?> type) {
      Described d = type.getAnnotation(Described.class);
      if (d == null) {
        undescribed.add(type.getName());
      } else {
        o.put("description", d.value());
      }
    }

    // ---- the outcome ----

    /**
     * The outcome as RecordJson writes it: the status, then per status the fields of its record.
     */
    private ObjectNode outcomeDefinition() {
      Map<Outcome.Status, Class<?>> kinds = outcomeKinds();
      ObjectNode o = type("object");
      StringBuilder d =
          new StringBuilder(
              "What a source said about one key, always with the raw documents it rests on"
                  + " (sources). By status:");
      for (Map.Entry<Outcome.Status, Class<?>> k : kinds.entrySet()) {
        Described described = k.getValue().getAnnotation(Described.class);
        if (described == null) {
          undescribed.add(k.getValue().getName());
        }
        d.append(' ')
            .append(Shapes.status(k.getKey()))
            .append(": ")
            .append(described == null ? "" : described.value());
      }
      o.put("description", d.toString());
      ArrayNode required = o.putArray("required");
      required.add("sources");
      required.add("status");
      o.put("additionalProperties", false);
      ObjectNode p = o.putObject("properties");
      ObjectNode status = JSON.objectNode();
      ArrayNode statuses = status.putArray("enum");
      kinds.keySet().forEach(s -> statuses.add(Shapes.status(s)));
      p.set("status", status);
      p.set("value", BooleanNode.TRUE); // its schema is given where the outcome is used
      p.set("reason", type("string"));
      ObjectNode received = JSON.objectNode();
      p.set("received", received);
      p.set("sources", array(ref(SourceRef.class)));

      Set<String> fields = new TreeSet<>(Shapes.OUTCOME_FIELDS.values());
      ArrayNode rules = o.putArray("allOf");
      for (Map.Entry<Outcome.Status, Class<?>> k : kinds.entrySet()) {
        List<String> must = new ArrayList<>();
        Set<String> mustNot = new TreeSet<>(fields);
        for (RecordComponent c : k.getValue().getRecordComponents()) {
          if (c.getName().equals("sources")) {
            continue;
          }
          String field = Shapes.OUTCOME_FIELDS.get(c.getName());
          if (field == null) {
            throw new IllegalStateException(
                k.getValue().getName() + "." + c.getName() + " has no place in the record files");
          }
          mustNot.remove(field);
          if (!nullable(c.getAnnotatedType())) {
            must.add(field);
          }
          Described part = c.getAnnotation(Described.class);
          if (field.equals("received") && part != null) {
            received.put("description", part.value());
          }
        }
        ObjectNode rule = rules.addObject();
        rule.putObject("if")
            .putObject("properties")
            .putObject("status")
            .put("const", Shapes.status(k.getKey()));
        ObjectNode then = rule.putObject("then");
        if (!must.isEmpty()) {
          ArrayNode r = then.putArray("required");
          must.forEach(r::add);
        }
        if (!mustNot.isEmpty()) {
          ArrayNode anyOf = then.putObject("not").putArray("anyOf");
          mustNot.forEach(f -> anyOf.addObject().putArray("required").add(f));
        }
      }
      return o;
    }

    /** Each status with the outcome record that has it ({@code NotCarried} for NOT_CARRIED). */
    private static Map<Outcome.Status, Class<?>> outcomeKinds() {
      Map<Outcome.Status, Class<?>> kinds = new LinkedHashMap<>();
      for (Outcome.Status s : Outcome.Status.values()) {
        for (Class<?> kind : Outcome.class.getPermittedSubclasses()) {
          String snake =
              kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
          if (snake.equals(s.name())) {
            kinds.put(s, kind);
          }
        }
        if (!kinds.containsKey(s) || !kinds.get(s).isRecord()) {
          throw new IllegalStateException("no outcome record for the status " + s);
        }
      }
      return kinds;
    }

    // ---- shared definitions ----

    private static ObjectNode instant() {
      ObjectNode i = type("string");
      i.put("format", "date-time");
      // Instant.toString(): ISO 8601 in UTC, with as many fraction digits as needed.
      i.put(
          "pattern",
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$");
      i.put(
          "description",
          "A UTC instant in ISO 8601, as java.time.Instant writes it, e.g."
              + " 2015-09-05T22:25:52.482Z.");
      return i;
    }

    private static ObjectNode id() {
      ObjectNode i = type("string");
      // The typed ids' constructors (core's Ids): 1 to 512 characters, no ISO control character.
      i.put("minLength", 1);
      i.put("maxLength", 512);
      i.put("pattern", "^[^\\u0000-\\u001f\\u007f-\\u009f]*$");
      i.put(
          "description",
          "A server id: any text of 1 to 512 characters without control characters.");
      return i;
    }

    private static ObjectNode numericId() {
      ObjectNode i = type("string");
      i.put("pattern", "^-?[0-9]{1,19}$");
      i.put("description", "An integer id (user, session), written as a decimal string.");
      return i;
    }

    private ObjectNode extras() {
      ObjectNode e = type("object");
      describe(e, Extras.class);
      return e;
    }
  }

  // ---- small helpers ----

  private static ObjectNode type(String type) {
    ObjectNode t = JSON.objectNode();
    t.put("type", type);
    return t;
  }

  private static ObjectNode array(ObjectNode items) {
    ObjectNode a = type("array");
    a.set("items", items);
    return a;
  }

  /** The schema that also admits null: a second type where one suffices, else an alternative. */
  private static ObjectNode orNull(ObjectNode s) {
    if (s.path("type").isTextual() && !s.has("$ref") && !s.has("enum") && !s.has("const")) {
      ObjectNode n = s.deepCopy();
      n.putArray("type").add(s.get("type").asText()).add("null");
      return n;
    }
    ObjectNode n = JSON.objectNode();
    ArrayNode anyOf = n.putArray("anyOf");
    anyOf.add(s);
    anyOf.add(type("null"));
    return n;
  }

  private static boolean nullable(AnnotatedType at) {
    return at.isAnnotationPresent(Nullable.class);
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new IllegalStateException("no JSON Schema for the type " + t);
  }

  private static AnnotatedType[] arguments(AnnotatedType at) {
    return at instanceof AnnotatedParameterizedType p
        ? p.getAnnotatedActualTypeArguments()
        : new AnnotatedType[0];
  }

  private static AnnotatedType argument(Class<?> raw, AnnotatedType[] args, int i) {
    if (args.length <= i) {
      throw new IllegalStateException(raw.getName() + " without its type arguments");
    }
    return args[i];
  }
}
