package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {
  private static RunReport report(boolean failOnNotRun, ScenarioResult... scenarios) {
    RunReport plain = Fixtures.report(List.of(scenarios));
    return new RunReport(
        plain.target(),
        plain.httpBase(),
        plain.started(),
        plain.millis(),
        plain.bindings(),
        plain.scenarios(),
        plain.requirements(),
        plain.notes(),
        new RunContext(Kit.unknown(), null, null, failOnNotRun, Parallelism.asAsked(1), 0));
  }

  private static final ScenarioResult PING =
      Fixtures.scenario("Ping", "json", Verdict.PASSED, "@REQ-OPEN-008", "@must");
  private static final ScenarioResult XML_ONLY =
      Fixtures.scenario("XML only", "json", Verdict.NOT_APPLICABLE, "@REQ-OPEN-001", "@must");

  @Test
  void withFailOnNotRunWhatWasNotJudgedFailsTheRun() {
    assertThat(report(false, PING, XML_ONLY).conformant()).isTrue();
    RunReport strict = report(true, PING, XML_ONLY);
    assertThat(strict.conformant()).isFalse();
    assertThat(strict.notRun())
        .containsExactly("XML only [json] not-applicable", "REQ-OPEN-001 (MUST) not-applicable");
    assertThat(strict.headline()).isEqualTo("NOT CONFORMANT: 2 not run (--fail-on-not-run)");
  }

  @Test
  void theHeadlineSaysWhatAConformantVerdictRestsOn() {
    ScenarioResult gap =
        Fixtures.scenario("Gap", "json", Verdict.FAILED, "@REQ-OPEN-001", "@must")
            .withExpectedFailure(Fixtures.gap("later"));
    ScenarioResult warning =
        Fixtures.scenario("TLS", "json", Verdict.WARNING, "@REQ-TRANSPORT-011", "@should");
    assertThat(report(false, PING, gap, warning).headline())
        .isEqualTo("CONFORMANT with 1 expected failure, 1 warning");
    assertThat(report(false, PING).headline()).isEqualTo("CONFORMANT");
  }
}
