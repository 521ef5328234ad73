package io.github.courseport.core.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component added after the first version of the record files (schema version 1), so that
 * files written by earlier Courseport versions lack it. Such files stay valid: the generated JSON
 * Schemas do not require the component, and reading an old file gives it its empty value (an empty
 * list or map, null, false or 0). Components without this mark are required; mark every component
 * you add to a record that the record files hold.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface AddedLater {
  /** What added it, for the reader of the code: an issue, e.g. {@code "issue 15"}. */
  String value();
}
