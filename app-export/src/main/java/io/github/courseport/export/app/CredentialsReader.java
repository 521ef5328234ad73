package io.github.courseport.export.app;

import io.github.courseport.core.port.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Coursera session from a cookie file or the environment, never from the command line. A
 * cookie file is either the bare {@code CAUTH} value (optionally as {@code CAUTH=value}) or a
 * Netscape {@code cookies.txt} as browser extensions export it, from which {@code CAUTH} and {@code
 * CSRF3-Token} of a coursera.org domain are taken.
 */
public final class CredentialsReader {
  /** How to find the cookie, for every message about a missing or rejected one. */
  public static final String WHERE_TO_FIND_IT =
      "To find your CAUTH cookie: sign in at https://www.coursera.org in your browser, open the"
          + " developer tools (F12), then Application (Chrome, Edge) or Storage (Firefox) >"
          + " Cookies > https://www.coursera.org, and copy the value of CAUTH. Save it in a file"
          + " only you can read and pass --cookie-file FILE, or set COURSERA_CAUTH. A cookies.txt"
          + " exported by a browser extension works as --cookie-file too.";

  private CredentialsReader() {}

  /** The problem with a cookie file, said so that the user can act. */
  public static final class CookieFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CookieFileException(String message) {
      super(message);
    }
  }

  /**
   * Reads the session.
   *
   * @return empty when neither a file nor the environment gives a {@code CAUTH}
   * @throws CookieFileException when the file cannot be used (the message never quotes it)
   */
  public static Optional<Credentials> read(@Nullable Path cookieFile, Map<String, String> env) {
    String csrfFromEnv = blankToNull(env.get("COURSERA_CSRF3_TOKEN"));
    if (cookieFile != null) {
      String text;
      try {
        text = Files.readString(cookieFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CookieFileException(
            "Cannot read the cookie file "
                + cookieFile
                + " ("
                + e.getClass().getSimpleName()
                + ")");
      }
      Credentials c = parse(text, csrfFromEnv, cookieFile);
      return Optional.of(c);
    }
    String cauth = blankToNull(env.get("COURSERA_CAUTH"));
    if (cauth == null) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(cauth.trim(), csrfFromEnv));
  }

  private static Credentials parse(String text, @Nullable String csrfFromEnv, Path file) {
    String cauth = null;
    String csrf = null;
    boolean netscape = false;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("#HttpOnly_")) {
        line = line.substring("#HttpOnly_".length());
      } else if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length >= 7) {
        netscape = true;
        String domain = f[0].toLowerCase(java.util.Locale.ROOT);
        boolean coursera = domain.equals("coursera.org") || domain.endsWith(".coursera.org");
        if (coursera && f[5].equals("CAUTH")) {
          cauth = f[6].strip();
        } else if (coursera && f[5].equals("CSRF3-Token")) {
          csrf = f[6].strip();
        }
      }
    }
    if (!netscape) {
      String value = text.strip();
      if (value.startsWith("CAUTH=")) {
        value = value.substring("CAUTH=".length());
      }
      cauth = value;
    }
    if (cauth == null || cauth.isEmpty()) {
      throw new CookieFileException(
          netscape
              ? "The cookie file "
                  + file
                  + " has no CAUTH cookie for coursera.org. Are you signed in?"
              : "The cookie file " + file + " is empty.");
    }
    try {
      return new Credentials(cauth, csrf != null ? csrf : csrfFromEnv);
    } catch (IllegalArgumentException e) {
      throw new CookieFileException(
          "The cookie file " + file + " does not hold a usable CAUTH value: " + e.getMessage());
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
