package org.mplp.conformance.driver;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * One JDK HTTP client for the whole run: its selector thread serves every connection, HTTP and
 * WebSocket alike, and it holds the run's TLS context. The only place the kit builds a client.
 */
public final class Http {
  /**
   * Seconds an idle pooled connection is kept. A server may close idle HTTP connections (the
   * reference server after 30 s); a PUT sent on a connection the server is closing at that moment
   * fails and the JDK does not retry it, so the kit drops idle connections well before that.
   */
  private static final String KEEP_ALIVE_SECONDS = "5";

  static {
    if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
      System.setProperty("jdk.httpclient.keepalive.timeout", KEEP_ALIVE_SECONDS);
    }
  }

  private static volatile HttpClient client = build(TlsTrust.jdkDefault());

  private Http() {}

  /** Makes every later request and WebSocket of the kit trust what {@code tls} trusts. */
  public static synchronized void install(SSLContext tls) {
    if (client.sslContext() != tls) {
      client = build(tls);
    }
  }

  static HttpClient client() {
    return client;
  }

  private static HttpClient build(SSLContext tls) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade headers on plain http
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .sslContext(tls)
        .build();
  }
}
