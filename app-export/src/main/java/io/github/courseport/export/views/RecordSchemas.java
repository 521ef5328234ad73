package io.github.courseport.export.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.courseport.export.json.RecordJson;
import io.github.courseport.export.json.RecordSchemaGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The JSON Schemas (draft 2020-12) of the record files, written into the archive's {@code schema/}
 * folder, and a checker that validates a record file against its schema. The schemas are generated
 * from the record types ({@link RecordSchemaGenerator}) once per run, the same bytes every time.
 * Each schema is self-contained (no {@code $ref} leaves the file), so any validator can use it
 * offline.
 */
public final class RecordSchemas {
  /** The learner file's schema name. */
  public static final String LEARNER = RecordSchemaGenerator.LEARNER;

  /** The course files' schema name. */
  public static final String COURSE = RecordSchemaGenerator.COURSE;

  /** The completeness report's schema name. */
  public static final String COMPLETENESS = RecordSchemaGenerator.COMPLETENESS;

  /** Every schema, in name order. */
  public static final List<String> NAMES = List.of(COMPLETENESS, COURSE, LEARNER);

  private static final int MAX_PROBLEMS = 50;

  private RecordSchemas() {}

  /** Holds the schemas, generated and compiled on first use. */
  private static final class Loaded {
    static final Map<String, byte[]> FILES = generate();
    static final Map<String, Schema> SCHEMAS = compile(FILES);

    private static Map<String, byte[]> generate() {
      Map<String, ObjectNode> schemas = RecordSchemaGenerator.schemas();
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (String name : NAMES) {
        ObjectNode schema = schemas.get(name);
        if (schema == null) {
          throw new IllegalStateException("no schema generated for " + name);
        }
        files.put(name, RecordSchemaGenerator.bytes(schema));
      }
      return Collections.unmodifiableMap(files);
    }

    private static Map<String, Schema> compile(Map<String, byte[]> files) {
      Map<String, String> byId = new LinkedHashMap<>();
      Map<String, JsonNode> trees = new LinkedHashMap<>();
      files.forEach(
          (name, bytes) -> {
            JsonNode tree = readTree(new String(bytes, StandardCharsets.UTF_8));
            trees.put(name, tree);
            byId.put(tree.path("$id").asText(), new String(bytes, StandardCharsets.UTF_8));
          });
      // Registering every schema under its own $id means no reference is ever fetched.
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(byId));
      Map<String, Schema> schemas = new LinkedHashMap<>();
      trees.forEach((name, tree) -> schemas.put(name, registry.getSchema(tree)));
      return Collections.unmodifiableMap(schemas);
    }

    private static JsonNode readTree(String text) {
      try {
        return RecordJson.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a generated schema is not JSON", e);
      }
    }
  }

  /** The schema files, by name, as written into the archive. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    Loaded.FILES.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /**
   * The schema that governs a record file, by its path in the bag ({@code
   * data/record/learner.json}, {@code data/record/courses/<key>.json}, {@code
   * data/record/completeness.json}) or relative to {@code data/}; empty for any other file.
   */
  public static Optional<String> schemaFor(String path) {
    String p = path.startsWith("data/") ? path.substring("data/".length()) : path;
    if (p.equals("record/learner.json")) {
      return Optional.of(LEARNER);
    }
    if (p.equals("record/completeness.json")) {
      return Optional.of(COMPLETENESS);
    }
    if (p.startsWith("record/courses/")
        && p.endsWith(".json")
        && p.indexOf('/', "record/courses/".length()) < 0) {
      return Optional.of(COURSE);
    }
    return Optional.empty();
  }

  /**
   * Validates a record file's text against its schema.
   *
   * @param path the file's path in the bag (see {@link #schemaFor})
   * @param text the file's content
   * @return the violations, each as {@code <JSON pointer>: <message>} (at most 50, then a count);
   *     empty when the file is valid or no schema governs it
   */
  public static List<String> check(String path, String text) {
    Optional<String> name = schemaFor(path);
    if (name.isEmpty()) {
      return List.of();
    }
    JsonNode tree;
    try {
      tree = RecordJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return List.of("not valid JSON: " + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of("empty file");
    }
    Schema schema = Loaded.SCHEMAS.get(name.get());
    if (schema == null) {
      return List.of();
    }
    List<Error> errors = schema.validate(tree);
    List<String> problems = new ArrayList<>();
    for (Error e : errors) {
      if (problems.size() == MAX_PROBLEMS) {
        problems.add("... and " + (errors.size() - MAX_PROBLEMS) + " more violations");
        break;
      }
      String at = e.getInstanceLocation().toString();
      problems.add((at.isEmpty() ? "/" : at) + ": " + e.getMessage() + " (" + name.get() + ")");
    }
    return problems;
  }

  /** The checker {@code BagVerifier} takes: path and text in, schema violations out. */
  public static BiFunction<String, String, List<String>> checker() {
    return RecordSchemas::check;
  }
}
