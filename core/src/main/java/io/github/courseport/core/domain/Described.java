package io.github.courseport.core.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a domain type, or one of its components, means to someone reading the record files: one or
 * two sentences in the words of the archive's documentation. The JSON Schemas of the record files
 * (app-export) are generated from the domain types and take their descriptions from here, so a type
 * and its description live in one place. Every record type the record files hold has one; a
 * component has one where its name and type do not say enough.
 *
 * <p>On a record component it also reaches the accessor; on a method it describes a value the
 * record files derive from the record (such as {@link CourseRecord#isSessionBased()}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Described {
  /** The description, as plain text. */
  String value();
}
