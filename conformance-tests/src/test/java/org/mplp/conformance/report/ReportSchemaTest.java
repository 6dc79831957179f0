package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** report.json follows its JSON Schema, with every member the kit writes; the schema is strict. */
class ReportSchemaTest {
  private static JsonSchema schema() throws Exception {
    try (InputStream in =
        ReportSchemaTest.class.getClassLoader().getResourceAsStream(JsonReportWriter.SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static RunReport everyKindOfResult() throws Exception {
    ScenarioResult failed = ReportInBrowserTest.reportWithAFailure().scenarios().get(40);
    ScenarioResult flaky =
        Fixtures.scenario("Sometimes late", "json", Verdict.FAILED, "@REQ-OPEN-008", "@must")
            .rerun(Fixtures.scenario("Sometimes late", "json", Verdict.PASSED, "@REQ-OPEN-008"));
    ScenarioResult gap =
        Fixtures.scenario("Known gap", "xml", Verdict.FAILED, "@REQ-OPEN-001", "@must")
            .withExpectedFailure(
                new ExpectedFailure(
                    "REQ-OPEN-001",
                    "not yet",
                    "https://tracker.example/1",
                    java.time.LocalDate.parse("2027-01-31")));
    ScenarioResult warning =
        Fixtures.scenario("Uses TLS", "json", Verdict.WARNING, "@REQ-TRANSPORT-011", "@should");
    ScenarioResult notApplicable =
        Fixtures.scenario("XML only", "json", Verdict.NOT_APPLICABLE, "@REQ-OPEN-001", "@must");
    RunReport plain = Fixtures.report(List.of(failed, flaky, gap, warning, notApplicable));
    return new RunReport(
        plain.target(),
        plain.httpBase(),
        plain.started(),
        plain.millis(),
        plain.bindings(),
        plain.scenarios(),
        plain.requirements(),
        plain.notes(),
        new RunContext(
            new Kit("0.1.0", "MPLP 1.0", "ab".repeat(32)),
            new RunContext.Implementation("example-server", "2.3"),
            "@must",
            true,
            new Parallelism(8, 3, "maxConnectionsPerAddress 16"),
            344));
  }

  @Test
  void theReportOfEveryKindOfResultValidates() throws Exception {
    JsonNode report = JsonReportWriter.tree(everyKindOfResult());
    assertThat(schema().validate(report)).isEmpty();
    assertThat(report.path("scenarios").get(1).path("verdict").asText()).isEqualTo("flaky");
    assertThat(report.path("scenarios").get(1).path("earlierAttempts")).hasSize(1);
    assertThat(report.path("scenarios").get(0).path("mismatch").path("differences").get(0))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"path\":\"type\",\"kind\":\"changed\",\"expected\":\"ok\","
                        + "\"actual\":\"error\"}"));
    assertThat(report.path("notRun")).isNotEmpty();
    assertThat(report.path("run").path("parallel").intValue()).isEqualTo(8);
    assertThat(report.path("run").path("scenariosAtOnce").intValue()).isEqualTo(3);
    assertThat(report.path("run").path("cappedBy").asText())
        .isEqualTo("maxConnectionsPerAddress 16");
  }

  @Test
  void aRunAsAskedSaysNoCap() throws Exception {
    JsonNode report = JsonReportWriter.tree(Fixtures.report(List.of()));
    assertThat(schema().validate(report)).isEmpty();
    assertThat(report.path("run").path("scenariosAtOnce").intValue()).isEqualTo(1);
    assertThat(report.path("run").has("cappedBy")).isFalse();
  }

  @Test
  void theSchemaRefusesAReportThatBreaksIt() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode report =
        JsonReportWriter.tree(everyKindOfResult());
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("scenarios").get(0))
        .put("verdict", "sort-of");
    assertThat(schema().validate(report)).isNotEmpty();
  }
}
