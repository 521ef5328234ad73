package io.github.courseport.export.app;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Whether a host can be reached at all, before an export starts: its name resolves, a TCP
 * connection opens, and for {@code https} a TLS handshake (with the JDK's trust store and host name
 * check, as the HTTP client will do) succeeds. Nothing is sent over the connection, so no cookie is
 * involved. This turns a wrong {@code --base-url}, a missing network or an intercepting proxy into
 * one plain message within seconds, instead of minutes of retries per request.
 */
final class Reachability {
  private Reachability() {}

  /** Where a URI's connections go, e.g. {@code www.coursera.org:443}. */
  static String address(URI uri) {
    return uri.getHost() + ":" + port(uri);
  }

  /**
   * Tries one connection.
   *
   * @return what went wrong, in a few words ("connection refused"), or empty when the host answers
   */
  static Optional<String> problem(URI uri, Duration timeout) {
    String host = uri.getHost();
    if (host == null) {
      return Optional.of("the URL has no host");
    }
    int port = port(uri);
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    InetAddress address;
    try {
      address = InetAddress.getByName(stripBrackets(host));
    } catch (UnknownHostException e) {
      return Optional.of("unknown host, the name does not resolve");
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), millis);
      if ("https".equalsIgnoreCase(uri.getScheme())) {
        SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
        try (SSLSocket secure = (SSLSocket) tls.createSocket(socket, host, port, false)) {
          SSLParameters parameters = secure.getSSLParameters();
          parameters.setEndpointIdentificationAlgorithm("HTTPS");
          secure.setSSLParameters(parameters);
          secure.setSoTimeout(millis);
          secure.startHandshake();
        }
      }
      return Optional.empty();
    } catch (ConnectException e) {
      return Optional.of("connection refused");
    } catch (SocketTimeoutException e) {
      return Optional.of("no answer within " + timeout.toSeconds() + " s");
    } catch (SSLException e) {
      return Optional.of("TLS handshake failed: " + lastPart(e.getMessage()));
    } catch (IOException e) {
      return Optional.of(
          "connection failed: " + e.getClass().getSimpleName() + " " + lastPart(e.getMessage()));
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** The last and most specific part of a chained message ("PKIX ...: ...: unable to find ..."). */
  private static String lastPart(@org.jspecify.annotations.Nullable String message) {
    if (message == null || message.isBlank()) {
      return "(no detail)";
    }
    int colon = message.lastIndexOf(": ");
    return (colon >= 0 ? message.substring(colon + 2) : message).strip();
  }
}
