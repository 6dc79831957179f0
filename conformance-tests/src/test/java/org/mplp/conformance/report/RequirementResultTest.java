package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.conformance.report.Fixtures.scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequirementResultTest {
  private static Map<String, Verdict> verdicts(List<ScenarioResult> scenarios) {
    return RequirementResult.aggregate(
            List.of(Fixtures.HELLO, Fixtures.PING, Fixtures.TLS), scenarios)
        .stream()
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::verdict));
  }

  @Test
  void failedBeatsWarningBeatsPassed() {
    var v =
        verdicts(
            List.of(
                scenario("a", "json", Verdict.PASSED, "@REQ-OPEN-008", "@must"),
                scenario("b", "xml", Verdict.FAILED, "@REQ-OPEN-008", "@must"),
                scenario("c", "json", Verdict.WARNING, "@REQ-OPEN-008", "@should"),
                scenario("d", "json", Verdict.PASSED, "@REQ-OPEN-001", "@must"),
                scenario("e", "xml", Verdict.WARNING, "@REQ-OPEN-001", "@should")));
    assertThat(v).containsEntry("REQ-OPEN-008", Verdict.FAILED);
    assertThat(v).containsEntry("REQ-OPEN-001", Verdict.WARNING);
  }

  @Test
  void aRequirementWithoutScenariosIsUntested() {
    var v = verdicts(List.of(scenario("a", "json", Verdict.PASSED, "@REQ-OPEN-008")));
    assertThat(v).containsEntry("REQ-TRANSPORT-011", Verdict.UNTESTED);
    assertThat(v).containsEntry("REQ-OPEN-008", Verdict.PASSED);
  }

  @Test
  void aRequirementOneScenarioCouldNotVerifyIsNotPassed() {
    var v =
        verdicts(
            List.of(
                scenario("a", "json", Verdict.PASSED, "@REQ-OPEN-008"),
                scenario("b", "json", Verdict.NOT_VERIFIED, "@REQ-OPEN-008")));
    assertThat(v).containsEntry("REQ-OPEN-008", Verdict.NOT_VERIFIED);
  }

  @Test
  void notApplicableOnlyWhenNothingElseRan() {
    var v =
        verdicts(
            List.of(
                scenario("a", "json", Verdict.NOT_APPLICABLE, "@REQ-OPEN-008"),
                scenario("b", "json", Verdict.NOT_APPLICABLE, "@REQ-OPEN-001"),
                scenario("c", "xml", Verdict.PASSED, "@REQ-OPEN-001")));
    assertThat(v).containsEntry("REQ-OPEN-008", Verdict.NOT_APPLICABLE);
    assertThat(v).containsEntry("REQ-OPEN-001", Verdict.PASSED);
  }

  @Test
  void anErrorIsWorseThanAWarningButNotThanAFailure() {
    assertThat(Verdict.worst(Verdict.ERROR, Verdict.WARNING)).isEqualTo(Verdict.ERROR);
    assertThat(Verdict.worst(Verdict.ERROR, Verdict.FAILED)).isEqualTo(Verdict.FAILED);
    assertThat(Verdict.worst(Verdict.PASSED, Verdict.UNTESTED)).isEqualTo(Verdict.PASSED);
  }

  @Test
  void anIdTheRegistryLacksIsStillReported() {
    var results =
        RequirementResult.aggregate(
            List.of(Fixtures.PING),
            List.of(scenario("a", "json", Verdict.PASSED, "@REQ-NEW-001", "@must")));
    assertThat(results)
        .extracting(r -> r.requirement().id())
        .containsExactly("REQ-OPEN-008", "REQ-NEW-001");
    assertThat(results.get(1).requirement().level()).isEqualTo("MUST");
  }

  @Test
  void anExpectedFailureKeepsTheRunConformantAndAnErrorDoesNot() {
    ScenarioResult failed = scenario("a", "json", Verdict.FAILED, "@REQ-OPEN-008", "@must");
    assertThat(Fixtures.report(List.of(failed)).conformant()).isFalse();
    assertThat(
            Fixtures.report(List.of(failed.withExpectedFailure(Fixtures.gap("known gap"))))
                .conformant())
        .isTrue();
    ScenarioResult error = scenario("b", "json", Verdict.ERROR, "@REQ-OPEN-008");
    assertThat(
            Fixtures.report(List.of(error.withExpectedFailure(Fixtures.gap("known gap"))))
                .conformant())
        .isFalse();
    ScenarioResult warning = scenario("c", "json", Verdict.WARNING, "@REQ-OPEN-008");
    assertThat(Fixtures.report(List.of(warning)).conformant()).isTrue();
  }
}
