package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.server.tls.SelfSignedTls;
import org.mplp.server.tls.TestCertificates;
import org.mplp.server.tls.TlsConfigException;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Welcome;

/**
 * The server over TLS: https and wss with a client that trusts its certificate, and nothing else.
 */
class TlsServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path temp;
  private static MplpServer server;
  private static HttpClient trusting;

  @BeforeAll
  static void start() throws Exception {
    TlsConfig tls = SelfSignedTls.ensure(temp.resolve("certificate"), "127.0.0.1").files();
    server =
        MplpServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(temp.resolve("data"))
                .withProvisioning(true)
                .withTls(tls));
    trusting = TrustingClients.httpClient(TrustingClients.readCertificate(tls.certificateChain()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theServerReportsHttpsAndWss() {
    String authority = "127.0.0.1:" + server.boundPort();
    assertThat(server.httpBase()).isEqualTo(URI.create("https://" + authority));
    assertThat(server.discoveryUri())
        .isEqualTo(URI.create("https://" + authority + "/.well-known/mplp"));
    assertThat(server.controlUri()).isEqualTo(URI.create("wss://" + authority + "/mplp"));
    assertThat(server.tlsCertificate()).isPresent();
  }

  @Test
  void theDiscoveryDocumentComesOverHttps() throws Exception {
    HttpResponse<String> response =
        trusting.send(
            HttpRequest.newBuilder(server.discoveryUri()).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(response.sslSession()).isPresent();
    assertThat(response.sslSession().get().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
    JsonNode document = MAPPER.readTree(response.body());
    assertThat(document.get("endpoint").asText()).isEqualTo("/mplp");
  }

  @Test
  void provisioningRunsOverHttps() throws Exception {
    HttpResponse<String> response =
        trusting.send(
            HttpRequest.newBuilder(server.httpBase().resolve("/provisioning/accounts"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(MAPPER.readTree(response.body()).has("password")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void theOpeningExchangeCompletesOverWss(Binding binding) throws Exception {
    WsTestClient client =
        WsTestClient.connect(trusting, server.controlUri(), binding.subprotocol())
            .decodingWith(FrameCodec.forBinding(binding));
    try {
      assertThat(client.subprotocol()).isEqualTo(binding.subprotocol());
      client.send(client.encode(new Hello("h1", List.of("1.0"))));
      assertThat(client.next()).isInstanceOf(Welcome.class);
    } finally {
      client.abort();
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() {
    Throwable failure =
        catchThrowable(
            () ->
                WsTestClient.HTTP.send(
                    HttpRequest.newBuilder(server.discoveryUri()).build(),
                    HttpResponse.BodyHandlers.ofString()));
    assertThat(failure).isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void aPlaintextRequestGetsNoAnswerInCleartext() throws Exception {
    // RawHttp reads until the server closes: it returns only when the server hangs up.
    String answer =
        RawHttp.exchange(
            server.boundPort(),
            "GET /.well-known/mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(answer).doesNotContain("HTTP/1.1").doesNotContain("MPLP");
  }

  @Test
  void plaintextClientsFail() {
    URI plainHttp = URI.create("http://127.0.0.1:" + server.boundPort() + "/.well-known/mplp");
    assertThat(
            catchThrowable(
                () ->
                    WsTestClient.HTTP.send(
                        HttpRequest.newBuilder(plainHttp).build(),
                        HttpResponse.BodyHandlers.ofString())))
        .isInstanceOf(IOException.class);
    URI plainWs = URI.create("ws://127.0.0.1:" + server.boundPort() + "/mplp");
    assertThat(catchThrowable(() -> WsTestClient.connect(plainWs, Binding.JSON.subprotocol())))
        .isNotNull();
  }

  @Test
  void aCertificateIssuedByACaServesClientsThatTrustTheCa() throws Exception {
    TestCertificates.Issued issued =
        TestCertificates.issueForAddress(temp.resolve("issued"), "127.0.0.1");
    try (MplpServer issuedServer =
        MplpServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(temp.resolve("issued-data"))
                .withTls(issued.files()))) {
      HttpResponse<String> response =
          TrustingClients.httpClient(issued.root())
              .send(
                  HttpRequest.newBuilder(issuedServer.discoveryUri()).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.sslSession().orElseThrow().getPeerCertificates())
          .containsExactly(issued.server(), issued.root());
    }
  }

  @Test
  void aMissingCertificateFailsStartBeforeAnythingElse() {
    Path data = temp.resolve("missing-data");
    Path missing = temp.resolve("nowhere/cert.pem");
    Throwable failure =
        catchThrowable(
            () ->
                MplpServer.start(
                    ServerConfig.defaults()
                        .withPort(0)
                        .withDataDir(data)
                        .withTls(new TlsConfig(missing, temp.resolve("nowhere/key.pem")))));
    assertThat(failure)
        .isInstanceOf(TlsConfigException.class)
        .hasMessage("TLS certificate chain " + missing + " not found");
    assertThat(data).doesNotExist();
  }

  @Test
  void aKeyOfAnotherCertificateFailsStart() throws Exception {
    TlsConfig one = SelfSignedTls.ensure(temp.resolve("one"), "127.0.0.1").files();
    TlsConfig other = SelfSignedTls.ensure(temp.resolve("other"), "127.0.0.1").files();
    Throwable failure =
        catchThrowable(
            () ->
                MplpServer.start(
                    ServerConfig.defaults()
                        .withPort(0)
                        .withDataDir(temp.resolve("mismatch-data"))
                        .withTls(new TlsConfig(one.certificateChain(), other.privateKey()))));
    assertThat(failure)
        .isInstanceOf(TlsConfigException.class)
        .hasMessageContaining("TLS private key " + other.privateKey())
        .hasMessageContaining("does not match the certificate CN=127.0.0.1")
        .hasMessageContaining(one.certificateChain().toString());
    assertThat(Files.exists(temp.resolve("mismatch-data"))).isFalse();
  }
}
