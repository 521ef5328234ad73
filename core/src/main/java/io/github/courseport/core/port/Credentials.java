package io.github.courseport.core.port;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Coursera session: the {@code CAUTH} cookie and, optionally, the {@code CSRF3-Token}. Both are
 * passwords: {@link #toString()} never shows them, and nothing else should either.
 */
public final class Credentials {
  private final String cauth;
  private final @Nullable String csrf3Token;

  public Credentials(String cauth, @Nullable String csrf3Token) {
    if (cauth.isBlank()) {
      throw new IllegalArgumentException("the CAUTH cookie value is empty");
    }
    for (int i = 0; i < cauth.length(); i++) {
      char c = cauth.charAt(i);
      if (c <= ' ' || c == ';' || c == ',' || c > '~') {
        throw new IllegalArgumentException(
            "the CAUTH cookie value contains a character a cookie cannot carry");
      }
    }
    this.cauth = cauth;
    this.csrf3Token = csrf3Token == null || csrf3Token.isBlank() ? null : csrf3Token;
  }

  /** The {@code CAUTH} value, to be sent only to the configured Coursera hosts. */
  public String cauth() {
    return cauth;
  }

  public Optional<String> csrf3Token() {
    return Optional.ofNullable(csrf3Token);
  }

  /** Replaces every occurrence of a secret in some text with {@code <redacted>}. */
  public String redact(String text) {
    String out = text.replace(cauth, "<redacted>");
    return csrf3Token == null ? out : out.replace(csrf3Token, "<redacted>");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Credentials c
        && cauth.equals(c.cauth)
        && Objects.equals(csrf3Token, c.csrf3Token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cauth, csrf3Token);
  }

  @Override
  public String toString() {
    return "Credentials[CAUTH=<redacted>" + (csrf3Token == null ? "" : ", CSRF3=<redacted>") + "]";
  }
}
