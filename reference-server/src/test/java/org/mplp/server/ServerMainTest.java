package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.tls.SelfSignedTls;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

class ServerMainTest {

  @TempDir Path temp;

  @Test
  void optionsBecomeTheConfiguration() throws Exception {
    ServerMain main = new ServerMain();
    new CommandLine(main)
        .parseArgs("--host", "0.0.0.0", "--port", "7800", "--data-dir", temp.toString());
    ServerConfig config = main.config();
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(7800);
    assertThat(config.dataDir()).isEqualTo(temp);
    assertThat(config.provisioning()).isFalse();
  }

  @Test
  void provisioningIsOffUnlessAskedFor() throws Exception {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs("--provisioning");
    assertThat(main.config().provisioning()).isTrue();
    assertThat(ServerDescription.of(main.config()).profiles()).containsExactly("provisioning");
    assertThat(ServerDescription.of(ServerConfig.defaults()).profiles()).isEmpty();
  }

  @Test
  void withoutOptionsTheDefaultsApply() throws Exception {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs();
    assertThat(main.config().host()).isEqualTo(ServerConfig.DEFAULT_HOST);
    assertThat(main.config().port()).isEqualTo(ServerConfig.DEFAULT_PORT);
    assertThat(main.config().dataDir()).isEqualTo(Path.of("./mplp-data"));
  }

  @Test
  void helpNamesEveryOption() throws Exception {
    StringWriter out = new StringWriter();
    int exitCode = new CommandLine(new ServerMain()).setOut(new PrintWriter(out)).execute("--help");
    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains(
            "mplp server",
            "--host",
            "--port",
            "--data-dir",
            "--provisioning",
            "--tls-cert",
            "--tls-key",
            "--tls-self-signed",
            "--help",
            "7700");
  }

  @Test
  void withoutTlsOptionsThereIsNoTls() throws Exception {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs();
    assertThat(main.config().tls()).isEmpty();
  }

  @Test
  void certificateAndKeyFilesBecomeTheTlsSetting() throws Exception {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs("--tls-cert", "chain.pem", "--tls-key", "key.pem");
    assertThat(main.config().tls())
        .contains(new TlsConfig(Path.of("chain.pem"), Path.of("key.pem")));
  }

  @Test
  void aCertificateWithoutKeyIsAUsageError() throws Exception {
    StringWriter err = new StringWriter();
    int exitCode =
        new CommandLine(new ServerMain())
            .setErr(new PrintWriter(err))
            .execute("--data-dir", temp.toString(), "--tls-cert", "chain.pem");
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--tls-key");
  }

  @Test
  void selfSignedAndCertificateFilesExcludeEachOther() throws Exception {
    StringWriter err = new StringWriter();
    int exitCode =
        new CommandLine(new ServerMain())
            .setErr(new PrintWriter(err))
            .execute(
                "--data-dir",
                temp.toString(),
                "--tls-self-signed",
                "--tls-cert",
                "chain.pem",
                "--tls-key",
                "key.pem");
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void selfSignedFilesAreMadeOnceInTheDataDirectoryAndReused() throws Exception {
    Path dataDir = temp.resolve("data");
    String[] args = {"--port", "0", "--data-dir", dataDir.toString(), "--tls-self-signed"};
    ServerMain first = new ServerMain();
    new CommandLine(first).parseArgs(args);
    assertThat(first.config().tls()).contains(SelfSignedTls.files(dataDir));
    ServerConfig config = first.prepare(LoggerFactory.getLogger(ServerMainTest.class));
    Path certificate = dataDir.resolve("tls/self-signed-cert.pem");
    byte[] made = Files.readAllBytes(certificate);

    ServerMain second = new ServerMain();
    new CommandLine(second).parseArgs(args);
    assertThat(second.prepare(LoggerFactory.getLogger(ServerMainTest.class))).isEqualTo(config);
    assertThat(Files.readAllBytes(certificate))
        .as("the certificate of the first start")
        .isEqualTo(made);

    try (MplpServer server = MplpServer.start(config)) {
      HttpResponse<String> response =
          TrustingClients.httpClient(TrustingClients.readCertificate(certificate))
              .send(
                  HttpRequest.newBuilder(server.discoveryUri()).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unusableTlsFilesEndTheCommandWithExitCode1() throws Exception {
    Path dataDir = temp.resolve("never-made");
    int exitCode =
        new CommandLine(new ServerMain())
            .execute(
                "--port",
                "0",
                "--data-dir",
                dataDir.toString(),
                "--tls-cert",
                temp.resolve("missing-chain.pem").toString(),
                "--tls-key",
                temp.resolve("missing-key.pem").toString());
    assertThat(exitCode).isEqualTo(1);
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void thePlaintextWarningIsForAddressesBeyondLoopbackWithoutTls() throws Exception {
    InetAddress everywhere = InetAddress.getByName("0.0.0.0");
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    ServerConfig plain = ServerConfig.defaults();
    ServerConfig tls = plain.withTls(SelfSignedTls.files(temp));
    assertThat(ServerMain.plaintextBeyondLoopback(everywhere, plain)).isTrue();
    assertThat(ServerMain.plaintextBeyondLoopback(everywhere, tls)).isFalse();
    assertThat(ServerMain.plaintextBeyondLoopback(loopback, plain)).isFalse();
  }

  @Test
  void aPortInUseEndsTheCommandWithExitCode1() throws Exception {
    try (MplpServer occupant =
        MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(temp.resolve("a")))) {
      int exitCode =
          new CommandLine(new ServerMain())
              .execute(
                  "--port",
                  String.valueOf(occupant.boundPort()),
                  "--data-dir",
                  temp.resolve("b").toString());
      assertThat(exitCode).isEqualTo(1);
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() throws Exception {
    StringWriter err = new StringWriter();
    int exitCode = new CommandLine(new ServerMain()).setErr(new PrintWriter(err)).execute("--nope");
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--nope");
  }

  @Test
  void aLimitsFileAndAlternativesBecomeTheConfiguration() throws Exception {
    Path file = temp.resolve("limits.json");
    Files.writeString(
        file,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(
                new org.mplp.spec.model.Limits(
                    7168, 1, 1, 1, 4, 1, 1, 1024, 16, 1 << 20, 1, 1, 10, 60, 1 << 20, 10, 10, 16, 5,
                    5, 10, 1 << 20)));
    ServerMain main = new ServerMain();
    new CommandLine(main)
        .parseArgs("--limits", file.toString(), "--alternative", "lazy-expiry,settings-at-login");
    ServerConfig config = main.config();
    assertThat(config.limits().maxFrameBytes()).isEqualTo(7168);
    assertThat(config.limits().maxFramesPerSecond()).isEqualTo(1);
    assertThat(config.limits().maxConnectionsPerAddress()).isEqualTo(16);
    assertThat(config.limits().requestBodyIdleSeconds()).isEqualTo(5);
    assertThat(config.limits().transferRetentionSeconds()).isEqualTo(10);
    assertThat(config.alternatives())
        .containsExactlyInAnyOrder(Alternative.LAZY_EXPIRY, Alternative.SETTINGS_AT_LOGIN);
    new CommandLine(main).parseArgs("--alternative", "all");
    assertThat(main.config().alternatives()).hasSize(Alternative.values().length);
  }

  @Test
  void aLimitsFileThatBreaksTheConstraintsBetweenLimitsIsRefused() throws Exception {
    Path file = temp.resolve("limits.json");
    Files.writeString(
        file,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(
                new org.mplp.spec.model.Limits(
                    1024, 1, 1, 1, 4, 1, 1, 1024, 16, 1 << 20, 1, 1, 10, 60, 1 << 20, 10, 10, 16, 5,
                    5, 10, 1 << 20)));
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs("--limits", file.toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(main::config)
        .hasMessageContaining("maxFrameBytes");
    Files.writeString(file, "{\"maxFrameBytes\": 7168}");
    org.assertj.core.api.Assertions.assertThatThrownBy(main::config)
        .hasMessageContaining("cannot read the limits");
  }
}
