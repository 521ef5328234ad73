package io.github.courseport.export.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.port.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsReaderTest {
  @TempDir Path tmp;

  private Credentials read(String content, Map<String, String> env) throws IOException {
    Path f = Files.writeString(tmp.resolve("cookie"), content);
    return CredentialsReader.read(f, env).orElseThrow();
  }

  @Test
  void aBareValueOrANameValuePair() throws IOException {
    assertThat(read("abc-DEF_123\n", Map.of()).cauth()).isEqualTo("abc-DEF_123");
    assertThat(read("CAUTH=abc\n", Map.of()).cauth()).isEqualTo("abc");
    assertThat(read("abc", Map.of("COURSERA_CSRF3_TOKEN", "tok")).csrf3Token()).contains("tok");
  }

  @Test
  void aNetscapeCookiesTxtAsBrowserExtensionsWriteIt() throws IOException {
    String txt =
        String.join(
            "\n",
            "# Netscape HTTP Cookie File",
            "# comment",
            String.join("\t", ".example.com", "TRUE", "/", "TRUE", "0", "CAUTH", "not-this-one"),
            String.join(
                "\t",
                "#HttpOnly_.coursera.org",
                "TRUE",
                "/",
                "TRUE",
                "1999999999",
                "CAUTH",
                "the-real-one"),
            String.join(
                "\t",
                "www.coursera.org",
                "FALSE",
                "/",
                "TRUE",
                "1999999999",
                "CSRF3-Token",
                "csrf-1"),
            String.join("\t", ".coursera.org", "TRUE", "/", "FALSE", "0", "other", "x"),
            "");
    Credentials c = read(txt, Map.of());
    assertThat(c.cauth()).isEqualTo("the-real-one");
    assertThat(c.csrf3Token()).contains("csrf-1");
  }

  @Test
  void aCookiesTxtWithoutCauthSaysSoWithoutQuotingTheFile() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("cookies.txt"), ".coursera.org\tTRUE\t/\tTRUE\t0\tother\tsecret-ish\n");
    assertThatThrownBy(() -> CredentialsReader.read(f, Map.of()))
        .hasMessageContaining("no CAUTH cookie")
        .hasMessageNotContaining("secret-ish");
  }

  @Test
  void aValueACookieCannotCarryIsRefusedWithoutEchoingIt() throws IOException {
    Path f = Files.writeString(tmp.resolve("c"), "has space;inside");
    assertThatThrownBy(() -> CredentialsReader.read(f, Map.of()))
        .hasMessageContaining("does not hold a usable CAUTH")
        .hasMessageNotContaining("has space");
  }

  @Test
  void theEnvironmentWhenThereIsNoFile() {
    assertThat(CredentialsReader.read(null, Map.of("COURSERA_CAUTH", " v ")).orElseThrow().cauth())
        .isEqualTo("v");
    assertThat(CredentialsReader.read(null, Map.of())).isEmpty();
    assertThat(CredentialsReader.read(null, Map.of("COURSERA_CAUTH", "  "))).isEmpty();
  }
}
