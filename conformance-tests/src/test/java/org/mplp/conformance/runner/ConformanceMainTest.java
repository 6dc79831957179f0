package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.conformance.report.Requirement;

class ConformanceMainTest {
  private static final List<Requirement> REGISTRY =
      List.of(
          new Requirement("REQ-TRANSPORT-002", "MUST", "Transport", "validates", List.of()),
          new Requirement("REQ-OPEN-001", "MUST", "Opening", "welcome", List.of()));

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ConformanceMain.execute(
        new PrintWriter(out, true), new PrintWriter(err, true), () -> REGISTRY, args);
  }

  @Test
  void helpExitsZeroAndListsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--target", "--http-base", "--report", "--binding", "--tags", "--timeout")
        .contains("--expected-failures", "--accounts", "--cacert", "--embedded-tls")
        .contains("target unreachable");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path noReason = Files.writeString(dir.resolve("gaps.txt"), "REQ-OPEN-001\n");
    String ws = "ws://127.0.0.1:1/mplp";
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(run("--target", ws, "--binding", "yaml")).isEqualTo(2);
    assertThat(run("--target", ws, "--timeout", "0")).isEqualTo(2);
    assertThat(run("--target", ws, "--timeout", "soon")).isEqualTo(2);
    assertThat(run("--target", "http://127.0.0.1:1/mplp")).isEqualTo(2);
    assertThat(run("--target", ws, "--http-base", "ftp://x")).isEqualTo(2);
    assertThat(run("--http-base", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(run("--target", ws, "--tags", "@must and")).isEqualTo(2);
    assertThat(run("--target", ws, "--expected-failures", dir.resolve("none.txt").toString()))
        .isEqualTo(2);
    assertThat(run("--target", ws, "--expected-failures", noReason.toString())).isEqualTo(2);
    Path badAccounts = Files.writeString(dir.resolve("accounts.json"), "{\"account\":\"li\"}");
    assertThat(run("--target", ws, "--accounts", badAccounts.toString())).isEqualTo(2);
    assertThat(run("--target", ws, "--accounts", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(run("--target", ws, "--parallel", "0")).isEqualTo(2);
    assertThat(run("--target", ws, "--rerun-failures", "9")).isEqualTo(2);
    assertThat(err.toString()).contains("--binding must be json, xml or all");
  }

  @Test
  void aTagExpressionThatSelectsNothingStopsTheRunWithWhatToDo() {
    assertThat(run("--target", "ws://127.0.0.1:1/mplp", "--tags", "@typo")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--tags '@typo' selects none of the kit's")
        .contains("see what there is with --list");
  }

  @Test
  void listPrintsTheSelectedScenariosWithTheirRequirementsWithoutATarget() {
    assertThat(run("--list", "--tags", "@REQ-LOGIN-006")).isZero();
    assertThat(out.toString())
        .contains("features/login/", "REQ-LOGIN-006")
        .contains("2 scenarios; 2 test accounts per binding");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void versionNamesTheKitTheSpecAndTheJar() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString())
        .contains("mplp-conformance ")
        .contains("spec MPLP 1.0")
        .contains("jar SHA-256 (not run from a jar)");
  }

  @Test
  void aBadCacertExitsTwo() throws Exception {
    String wss = "wss://127.0.0.1:1/mplp";
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate\n");
    Path keyOnly =
        Files.writeString(
            dir.resolve("key.pem"),
            "-----BEGIN PRIVATE KEY-----\nMEECAQA=\n-----END PRIVATE KEY-----\n");
    Path broken =
        Files.writeString(
            dir.resolve("broken.pem"),
            "-----BEGIN CERTIFICATE-----\nMIIBbroken\n-----END CERTIFICATE-----\n");
    assertThat(run("--target", wss, "--cacert", dir.resolve("none.pem").toString())).isEqualTo(2);
    assertThat(run("--target", wss, "--cacert", garbage.toString())).isEqualTo(2);
    assertThat(run("--target", wss, "--cacert", keyOnly.toString())).isEqualTo(2);
    assertThat(run("--target", wss, "--cacert", broken.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad --cacert: cannot read", "holds no PEM certificate", "is broken");
  }

  @Test
  void tlsOptionsThatDoNotFitTheTargetExitTwo() throws Exception {
    Path pem = Files.writeString(dir.resolve("ca.pem"), "unused\n");
    assertThat(run("--target", "wss://127.0.0.1:1/mplp", "--embedded-tls")).isEqualTo(2);
    assertThat(run("--cacert", pem.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--embedded-tls is only for", "--cacert needs --target");
  }

  @Test
  void aMissingRegistryIsAConfigurationError() {
    int code =
        ConformanceMain.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            () -> {
              throw new IllegalStateException(
                  "The spec resource org/mplp/spec/requirements.json is missing");
            },
            "--target",
            "ws://127.0.0.1:1/mplp");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("requirements.json");
  }

  @Test
  void anUnreachableTargetExitsThreeWithOneLine() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    assertThat(run("--target", "ws://127.0.0.1:" + port + "/mplp", "--report", dir.toString()))
        .isEqualTo(3);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("mplp conformance: target unreachable");
  }

  @Test
  void anInvalidDiscoveryDocumentFailsTransport002() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/.well-known/mplp",
        exchange -> {
          byte[] body = "{\"protocol\":\"MPLP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      int port = server.getAddress().getPort();
      int code = run("--target", "ws://127.0.0.1:" + port + "/mplp", "--report", dir.toString());
      assertThat(code).isEqualTo(1);
    } finally {
      server.stop(0);
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("conformant").booleanValue()).isFalse();
    JsonNode transport002 = report.path("requirements").get(0);
    assertThat(transport002.path("id").asText()).isEqualTo("REQ-TRANSPORT-002");
    assertThat(transport002.path("verdict").asText()).isEqualTo("failed");
    assertThat(report.path("requirements").get(1).path("verdict").asText()).isEqualTo("untested");
    assertThat(out.toString()).contains("NOT CONFORMANT");
  }
}
