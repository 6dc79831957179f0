package org.mplp.conformance.driver;

import java.net.http.HttpClient;
import java.time.Duration;

/** One JDK HTTP client for the whole run: its selector thread serves every connection. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade headers on plain http
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  static HttpClient client() {
    return CLIENT;
  }
}
