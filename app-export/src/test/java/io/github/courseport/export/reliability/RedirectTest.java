package io.github.courseport.export.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.export.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cookie goes only to the configured hosts: a redirect elsewhere never carries it. */
class RedirectTest {
  private static final String COOKIE = "redirect-test-secret-cookie";
  @TempDir Path tmp;

  @Test
  void aRedirectToAnotherHostNeverCarriesTheCookie() throws IOException {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer elsewhere =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    elsewhere.createContext(
        "/",
        ex -> {
          seen.add(ex.getRequestURI() + " cookie=" + ex.getRequestHeaders().getFirst("Cookie"));
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    elsewhere.start();
    String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/steal";
    try (FakeCourseraServer s =
        FakeCourseraServer.builder()
            .learner(Learners.demo())
            .cauth(COOKIE)
            .override(
                "/api/courseLists.v1",
                ex -> {
                  ex.getResponseHeaders().set("Location", target);
                  ex.sendResponseHeaders(302, -1);
                  ex.close();
                })
            .start()) {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int code =
          Main.execute(
              Map.of("COURSERA_CAUTH", COOKIE),
              new PrintWriter(o),
              new PrintWriter(e),
              "export",
              "--base-url",
              s.baseUri().toString(),
              "--api-base-url",
              s.baseUri().toString(),
              "--out",
              tmp.resolve("out").toString());
      // Never followed: the route is taken as gone (named once), so the export is complete
      // without the course lists.
      assertThat(code).as(o + "\n" + e).isZero();
      assertThat(e.toString()).contains("courseLists.v1 is gone").contains("redirect");
    } finally {
      elsewhere.stop(0);
    }
    assertThat(seen).as("requests that reached the other host").isEmpty();
  }
}
