package io.github.courseport.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The learner's course certificate: its code, the grade and the date when the server gives them,
 * and the public page that verifies it.
 *
 * @param code the certificate's code
 * @param codeWithGrade the code of the certificate that shows the grade, when there is one
 * @param grade the grade on the certificate, as the server gave it
 * @param verificationUrl the public verification page, built from the code ({@link #verifyUrl})
 */
@Described("The learner's course certificate.")
public record Certificate(
    CourseId courseId,
    @Nullable String code,
    @Nullable String codeWithGrade,
    @Nullable Double grade,
    @Nullable Instant grantedAt,
    @Nullable String verificationUrl,
    Extras extras) {

  /** Where Coursera shows a certificate to anyone who has its code. */
  public static final String VERIFY_BASE =
      "https://www.coursera.org/account/accomplishments/verify/";

  /**
   * The public verification page of a code; null for a code that is missing or not a plain token
   * (so that no server text becomes a link unchecked).
   */
  public static @Nullable String verifyUrl(@Nullable String code) {
    if (code == null || code.isEmpty() || code.length() > 64) {
      return null;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!ok && c != '-' && c != '_') {
        return null;
      }
    }
    return VERIFY_BASE + code;
  }
}
