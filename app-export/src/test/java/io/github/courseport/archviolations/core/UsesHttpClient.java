package io.github.courseport.archviolations.core;

import java.net.http.HttpClient;

/** Breaks "core is framework-free": the core must not make HTTP calls. */
public class UsesHttpClient {
  public HttpClient client() {
    return HttpClient.newHttpClient();
  }
}
