package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's client mode against the reference client, through the adapter the repository ships:
 * conformant in both bindings, every client MUST passed, and the patent's steps S31 to S33 and S61
 * shown by passed scenarios.
 */
class KitAgainstReferenceClientTest {
  static final Path ADAPTER = Path.of("..", "reference-client", "conformance-adapter.json");

  @TempDir Path dir;

  @Test
  void theReferenceClientIsConformantInBothBindings() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ConformanceMain.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "client",
            "--adapter",
            ADAPTER.toString(),
            "--report",
            dir.toString());
    assertThat(code).as("exit code; output:%n%s%n%s", out, err).isZero();
    assertThat(dir.resolve("report.html")).isRegularFile();
    assertThat(dir.resolve("junit.xml")).isRegularFile();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("bindings").toString()).contains("json", "xml");
    JsonNode all = report.path("summary").path("all");
    assertThat(all.path("failed").intValue()).as("failed scenarios; %s", out).isZero();
    assertThat(all.path("error").intValue()).as("scenarios in error; %s", out).isZero();
    assertThat(all.path("passed").intValue()).isPositive();
    List<String> mustsNotPassed = new ArrayList<>();
    for (JsonNode r : report.path("requirements")) {
      if (r.path("level").asText().startsWith("MUST")
          && !r.path("verdict").asText().equals("passed")) {
        mustsNotPassed.add(r.path("id").asText() + " " + r.path("verdict").asText());
      }
    }
    assertThat(mustsNotPassed).as("client MUST requirements not passed").isEmpty();
    assertThat(embodimentsOfPassedScenarios(report)).contains("S31", "S32", "S33", "S61");
  }

  /** The patent's step labels (@S31 ...) of the scenarios that passed, in either binding. */
  static Set<String> embodimentsOfPassedScenarios(JsonNode report) {
    Set<String> steps = new TreeSet<>();
    for (JsonNode s : report.path("scenarios")) {
      if (s.path("verdict").asText().equals("passed")) {
        s.path("tags").forEach(t -> steps.add(t.asText().replaceFirst("^@", "")));
      }
    }
    steps.removeIf(t -> !t.matches("S\\d\\d"));
    return steps;
  }
}
