package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.server.TlsConfig;
import org.mplp.server.tls.SelfSignedTls;

/** A wss:// target: trusted through --cacert, refused without it, and refused when not TLS. */
class TlsTargetTest {
  @TempDir static Path data;
  private static MplpServer server;
  private static TlsConfig certificate;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void serverOverTls() throws Exception {
    certificate = SelfSignedTls.ensure(data, "127.0.0.1").files();
    server =
        MplpServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(data)
                .withProvisioning(true)
                .withTls(certificate));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private int run(String... args) {
    return ConformanceMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void theServersCertificateGivenWithCacertIsTrusted() throws Exception {
    int code =
        run(
            "--target",
            server.controlUri().toString(),
            "--cacert",
            certificate.certificateChain().toString(),
            "--binding",
            "json",
            "--tags",
            "@REQ-TRANSPORT-001 or @REQ-TRANSPORT-002 or @REQ-OPEN-001",
            "--report",
            dir.toString());
    assertThat(code).as("exit code; output:%n%s%n%s", out, err).isZero();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("httpBase").asText()).startsWith("https://");
    assertThat(report.path("summary").path("all").path("passed").intValue()).isEqualTo(3);
  }

  @Test
  void anUntrustedCertificateExitsThreeWithOneTlsLine() {
    // Without --cacert the JDK's default trust store applies, which knows no self-signed one.
    assertThat(run("--target", server.controlUri().toString(), "--report", dir.toString()))
        .isEqualTo(3);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("mplp conformance: TLS handshake with https://127.0.0.1:")
        .contains("not trusted", "--cacert FILE");
  }

  @Test
  void anotherCertificateGivenWithCacertIsNotTrusted() throws Exception {
    TlsConfig other = SelfSignedTls.ensure(dir.resolve("other"), "127.0.0.1").files();
    int code =
        run(
            "--target",
            server.controlUri().toString(),
            "--cacert",
            other.certificateChain().toString(),
            "--report",
            dir.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("TLS handshake", "--cacert");
  }

  @Test
  void aPlaintextAnswerToTheHandshakeIsATlsFailure() throws Exception {
    // What a plaintext HTTP server says to bytes it cannot parse: no TLS record.
    String answer = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    try (PlainPort plain = new PlainPort(answer)) {
      assertThat(run("--target", plain.wss(), "--report", dir.toString())).isEqualTo(3);
    }
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("mplp conformance: TLS handshake with https://127.0.0.1:")
        .contains("speaking TLS", "--cacert");
  }

  @Test
  void aHandshakeWithoutAnswerIsATlsFailure() throws Exception {
    // A plaintext server waiting for the end of a request line that a ClientHello never sends.
    try (PlainPort silent = new PlainPort(null)) {
      assertThat(run("--target", silent.wss(), "--timeout", "1", "--report", dir.toString()))
          .isEqualTo(3);
    }
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("mplp conformance: TLS handshake with https://127.0.0.1:")
        .contains("got no answer within 1 s", "speaking TLS");
  }

  /** A port that answers every connection with fixed plaintext, or (null) never answers. */
  private static final class PlainPort implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    PlainPort(String answer) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    Socket s = socket.accept();
                    accepted.add(s);
                    if (answer != null) {
                      s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                      s.close();
                    }
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              },
              "plain-port");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String wss() {
      return "wss://127.0.0.1:" + socket.getLocalPort() + "/mplp";
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void aWssTargetsDiscoveryIsFetchedOverHttps() {
    URI wss = URI.create("wss://example.org:7443/mplp");
    assertThat(TargetUrls.checkTarget(wss)).isEqualTo(wss);
    assertThat(TargetUrls.httpBaseOf(wss)).hasToString("https://example.org:7443");
    assertThat(TargetUrls.httpBaseOf(URI.create("ws://example.org:7700/mplp")))
        .hasToString("http://example.org:7700");
  }
}
