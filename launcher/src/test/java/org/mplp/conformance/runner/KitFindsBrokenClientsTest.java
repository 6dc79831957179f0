package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mplp.conformance.runner.tiny.TinyClient;

/**
 * The client mode finds a client that skips one duty: the tiny client of the tests, with one flaw
 * switched on through its adapter's {@code flaw} variable, fails the scenario that names the
 * requirement it breaks; without a flaw it passes the same scenarios.
 */
class KitFindsBrokenClientsTest {
  private static final String ALL =
      "@REQ-LOGIN-101 or @REQ-XFER-023 or @REQ-XFER-011 or @REQ-XFER-012 or @REQ-MSG-102";

  @TempDir Path dir;

  @Test
  void withoutAFlawTheTinyClientPassesTheseScenarios() throws Exception {
    Run run = run("NONE", ALL);
    assertThat(run.code).as("exit code; output:%n%s", run.out).isZero();
    assertThat(run.verdicts("passed")).hasSizeGreaterThanOrEqualTo(16);
    assertThat(run.verdicts("failed")).isEmpty();
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @CsvSource({
    "SIGNATURE, REQ-LOGIN-101",
    "HASH, REQ-XFER-023",
    "SAFE_PATH, REQ-XFER-011",
    "OVERWRITE, REQ-XFER-012",
    "NEW_ID, REQ-MSG-102"
  })
  void aClientThatSkipsADutyFailsTheScenarioOfItsRequirement(String flaw, String requirement)
      throws Exception {
    Run run = run(flaw, "@" + requirement);
    assertThat(run.code).as("exit code; output:%n%s", run.out).isEqualTo(1);
    List<JsonNode> failed = run.verdicts("failed");
    assertThat(failed).as("failed scenarios; output:%n%s", run.out).isNotEmpty();
    for (JsonNode s : failed) {
      assertThat(s.path("tags").toString()).contains("@" + requirement);
      assertThat(s.path("message").asText()).contains("This breaks").contains(requirement);
    }
    assertThat(run.out).contains("NOT CONFORMANT");
  }

  @Test
  void aScenarioNeedingAnActionTheAdapterLacksIsNotApplicable() throws Exception {
    Run run = run("NONE", "@REQ-MSG-016");
    assertThat(run.code).as("exit code; output:%n%s", run.out).isZero();
    assertThat(run.verdicts("passed")).isEmpty();
    List<JsonNode> skipped = run.verdicts("not-applicable");
    assertThat(skipped).isNotEmpty();
    skipped.forEach(
        s -> assertThat(s.path("message").asText()).contains("has no \"receive\" action"));
  }

  private Run run(String flaw, String tags) throws Exception {
    Path adapter = dir.resolve("tiny-adapter.json");
    Files.writeString(adapter, adapterText());
    Path report = dir.resolve("report-" + flaw);
    StringWriter out = new StringWriter();
    int code =
        ConformanceMain.execute(
            new PrintWriter(out, true),
            new PrintWriter(out, true),
            "client",
            "--adapter",
            adapter.toString(),
            "--define",
            "flaw=" + flaw,
            "--tags",
            tags,
            "--report",
            report.toString());
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    return new Run(code, out.toString(), json);
  }

  /** The tiny client's adapter: JSON only, no receive, offer, reject or devices action. */
  private static String adapterText() {
    String start =
        "\"{java}\", \"-cp\", \"{kitClassPath}\", \""
            + TinyClient.class.getName()
            + "\", \"--flaw\", \"{flaw}\", \"--state\", \"{stateDir}\"";
    return """
        {
          "client": "the tiny client of the tests",
          "bindings": ["json"],
          "variables": {"flaw": "NONE"},
          "actions": {
            "login": [START, "--action", "login", "--server", "{server}",
              "--account", "{account}", "--password", "{password}"],
            "send": [START, "--action", "send", "--to", "{to}", "--body", "{body}"],
            "accept": [START, "--action", "accept", "--transfer", "{transferId}",
              "--receive", "{receiveDir}"]
          }
        }
        """
        .replace("START", start);
  }

  private record Run(int code, String out, JsonNode report) {
    List<JsonNode> verdicts(String verdict) {
      List<JsonNode> found = new ArrayList<>();
      report
          .path("scenarios")
          .forEach(
              s -> {
                if (s.path("verdict").asText().equals(verdict)) {
                  found.add(s);
                }
              });
      return found;
    }
  }
}
