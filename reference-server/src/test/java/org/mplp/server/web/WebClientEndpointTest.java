package org.mplp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;

/** The web terminal's files over real HTTP from a running server: types, policy, limits. */
class WebClientEndpointTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  private static MplpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.httpBase().resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** One request written as raw bytes, for paths java.net.http would normalize first. */
  private static String raw(String requestLine) throws IOException {
    URI base = server.httpBase();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: x\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void theRootIsThePageWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = send("GET", "/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/js/main.js\">");
    assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    String policy = page.headers().firstValue("content-security-policy").orElseThrow();
    assertThat(policy)
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'")
        .contains("connect-src 'self' ws://" + server.httpBase().getAuthority())
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void scriptsAndStylesHaveTheirMediaTypes() throws Exception {
    assertThat(send("GET", "/js/main.js").headers().firstValue("content-type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(send("GET", "/css/app.css").headers().firstValue("content-type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(send("GET", "/icon.svg").headers().firstValue("content-type"))
        .hasValue("image/svg+xml");
  }

  @Test
  void theBrowserRevalidatesAndAnUnchangedFileIs304() throws Exception {
    HttpResponse<String> first = send("GET", "/js/main.js");
    assertThat(first.headers().firstValue("cache-control")).hasValue("no-cache");
    String etag = first.headers().firstValue("etag").orElseThrow();
    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(server.httpBase().resolve("/js/main.js"))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void headAnswersWithTheHeadersOnly() throws Exception {
    HttpResponse<String> head = send("HEAD", "/index.html");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("content-length").map(Integer::parseInt).orElseThrow())
        .isEqualTo(send("GET", "/").body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    for (String method : new String[] {"POST", "PUT", "DELETE"}) {
      HttpResponse<String> refused = send(method, "/js/main.js");
      assertThat(refused.statusCode()).as(method).isEqualTo(405);
      assertThat(refused.headers().firstValue("allow")).hasValue("GET, HEAD");
    }
  }

  @Test
  void anythingElseIs404() throws Exception {
    assertThat(send("GET", "/js/nothing.js").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/js/").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/index.htm").statusCode()).isEqualTo(404);
  }

  @Test
  void noPathLeavesTheBundledFolder() throws Exception {
    for (String path :
        new String[] {
          "/../org/mplp/server/MplpServer.class",
          "/js/../../web/WebClient.class",
          "/%2e%2e/%2e%2e/logback.xml",
          "/js/..%2f..%2fMplpServer.class",
          "//etc/passwd",
          "/org/mplp/server/web/client/index.html"
        }) {
      assertThat(raw("GET " + path + " HTTP/1.1")).as(path).startsWith("HTTP/1.1 404 ");
    }
  }

  @Test
  void anOverlongRequestLineIsRefusedBeforeAnyFileIsLookedUp() throws Exception {
    assertThat(raw("GET /" + "a".repeat(10_000) + " HTTP/1.1")).startsWith("HTTP/1.1 414 ");
  }
}
