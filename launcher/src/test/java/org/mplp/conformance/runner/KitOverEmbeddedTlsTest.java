package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kit over TLS: the in-process reference server with a new self-signed certificate, every
 * request over https and every connection over wss, trusting that certificate alone.
 */
class KitOverEmbeddedTlsTest {
  @TempDir Path dir;

  @Test
  void theReferenceServerIsConformantOverTls() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ConformanceMain.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "--embedded-tls",
            "--binding",
            "json",
            "--report",
            dir.toString());
    assertThat(code).as("exit code; output:%n%s%n%s", out, err).isZero();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("target").asText()).startsWith("wss://127.0.0.1:");
    assertThat(report.path("httpBase").asText()).startsWith("https://127.0.0.1:");
    assertThat(report.path("summary").path("all").path("passed").intValue()).isPositive();
    assertThat(report.path("summary").path("all").path("failed").intValue()).isZero();
    assertThat(report.path("summary").path("all").path("error").intValue()).isZero();
  }
}
