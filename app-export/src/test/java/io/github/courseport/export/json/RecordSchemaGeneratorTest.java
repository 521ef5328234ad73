package io.github.courseport.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.courseport.core.domain.AddedLater;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Described;
import io.github.courseport.core.domain.Outcome;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecordSchemaGeneratorTest {
  private static final Map<String, ObjectNode> SCHEMAS = RecordSchemaGenerator.schemas();

  private static JsonNode defs(String schema) {
    return SCHEMAS.get(schema).get("$defs");
  }

  @Test
  void theSameCodeGivesTheSameBytes() {
    Map<String, ObjectNode> again = RecordSchemaGenerator.schemas();
    assertThat(again.keySet())
        .containsExactly(
            RecordSchemaGenerator.COMPLETENESS,
            RecordSchemaGenerator.COURSE,
            RecordSchemaGenerator.LEARNER);
    SCHEMAS.forEach(
        (name, schema) -> {
          byte[] bytes = RecordSchemaGenerator.bytes(schema);
          assertThat(RecordSchemaGenerator.bytes(again.get(name))).as(name).isEqualTo(bytes);
          String text = new String(bytes, StandardCharsets.UTF_8);
          assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n");
        });
  }

  /** A type enters the record files only with words for their readers. */
  @Test
  void everyTypeOfTheRecordFilesIsDescribed() {
    assertThat(RecordSchemaGenerator.undescribed()).isEmpty();
    JsonNode course = defs(RecordSchemaGenerator.COURSE);
    assertThat(course.get("courseGrade").get("description").asText())
        .isEqualTo(CourseGrade.class.getAnnotation(Described.class).value());
    assertThat(course.at("/courseGrade/properties/overallGrade/description").asText())
        .isEqualTo("The course grade, 0..1 (today's route).");
    // Maps keyed by a typed id say so when they say nothing else.
    assertThat(course.at("/courseProgress/properties/items/description").asText())
        .isEqualTo("by item id");
    assertThat(course.at("/courseProgress/properties/modules/description").asText())
        .isEqualTo("by module id: percent complete");
  }

  /**
   * The rule for files of earlier versions: a component marked {@link AddedLater} is optional,
   * every other one is required.
   */
  @Test
  void componentsAddedLaterAreOptionalAndEveryOtherIsRequired() {
    JsonNode grade = defs(RecordSchemaGenerator.COURSE).get("courseGrade");
    Set<String> required = new TreeSet<>();
    grade.get("required").forEach(r -> required.add(r.asText()));
    Set<String> later = new TreeSet<>();
    Set<String> earlier = new TreeSet<>();
    for (RecordComponent c : CourseGrade.class.getRecordComponents()) {
      (c.isAnnotationPresent(AddedLater.class) ? later : earlier).add(c.getName());
      assertThat(grade.get("properties").has(c.getName())).as(c.getName()).isTrue();
    }
    assertThat(later).contains("tracks", "overallGrade");
    assertThat(required).isEqualTo(earlier);
    assertThat(grade.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theOutcomeHasEveryStatusAndTheFamiliesAreEveryFamily() {
    for (String schema : List.of(RecordSchemaGenerator.COURSE, RecordSchemaGenerator.LEARNER)) {
      List<String> statuses = new ArrayList<>();
      defs(schema).at("/outcome/properties/status/enum").forEach(s -> statuses.add(s.asText()));
      assertThat(statuses)
          .containsExactlyElementsOf(
              Arrays.stream(Outcome.Status.values())
                  .map(s -> s.name().toLowerCase(Locale.ROOT))
                  .toList());
      assertThat(defs(schema).at("/outcome/allOf")).hasSize(Outcome.Status.values().length);
    }
    List<String> families = new ArrayList<>();
    defs(RecordSchemaGenerator.COURSE)
        .at("/courseRecord/properties/families/properties")
        .fieldNames()
        .forEachRemaining(families::add);
    assertThat(families)
        .containsExactlyElementsOf(CourseFamily.all().stream().map(CourseFamily::name).toList());
  }

  /**
   * The schemas take every record of one {@code String} or {@code long} for a typed id, written as
   * a string: so must RecordJson and RecordReader, for every such type of the domain (a new id type
   * that one of them does not know would otherwise be written as an object).
   */
  @Test
  void everyTypedIdOfTheDomainIsWrittenAsAStringAndReadBack() throws Exception {
    List<Class<?>> ids = new ArrayList<>();
    String domain = CourseId.class.getPackageName();
    for (JavaClass c : new ClassFileImporter().importPackages(domain)) {
      Class<?> type = c.reflect();
      if (c.getPackageName().equals(domain)
          && type.isRecord()
          && type.getRecordComponents().length == 1) {
        Class<?> value = type.getRecordComponents()[0].getType();
        if (value == String.class || value == long.class) {
          ids.add(type);
        }
      }
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
    for (Class<?> type : ids) {
      Class<?> value = type.getRecordComponents()[0].getType();
      Constructor<?> make = type.getDeclaredConstructor(value);
      Object id = value == String.class ? make.newInstance("Ab-1") : make.newInstance(77L);
      JsonNode written = RecordJson.mapper().valueToTree(id);
      assertThat(written.isTextual()).as(type.getSimpleName() + " written as " + written).isTrue();
      Object read = RecordReader.value(written, type);
      assertThat(read).as(type.getSimpleName()).isEqualTo(id);
    }
  }
}
