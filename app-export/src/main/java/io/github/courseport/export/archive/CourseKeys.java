package io.github.courseport.export.archive;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.SourceDocument;
import java.util.regex.Pattern;

/**
 * File names of course records. A name is never a server string taken as it is: it keeps only the
 * id's safe characters (at most 64) and always ends with 8 hex digits of the id's SHA-256, so two
 * ids never share a file even on case-insensitive file systems, and names such as {@code ..},
 * {@code CON} or one with a slash cannot arise.
 */
public final class CourseKeys {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{0,64}-[0-9a-f]{8}");

  private CourseKeys() {}

  /** The file key of a course, e.g. {@code s5sEkwAHEeW9ISIACxWDhA-1a2b3c4d}. */
  public static String of(CourseId id) {
    String value = id.value();
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < value.length() && safe.length() < 64; i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      safe.append(ok ? c : '_');
    }
    String key =
        safe
            + "-"
            + SourceDocument.sha256Hex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 8);
    if (!isValid(key)) {
      throw new IllegalStateException("derived an invalid course key");
    }
    return key;
  }

  /** Whether a string is a well-formed course key. */
  public static boolean isValid(String key) {
    return KEY.matcher(key).matches();
  }
}
