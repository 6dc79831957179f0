package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioResultTest {
  private final ScenarioResult failed =
      Fixtures.scenario("Late pong", "json", Verdict.FAILED, "@REQ-OPEN-008", "@must");

  @Test
  void aFailureThatPassesWhenRunAgainIsFlakyWithBothTranscripts() {
    ScenarioResult again =
        Fixtures.scenario("Late pong", "json", Verdict.PASSED, "@REQ-OPEN-008", "@must");
    ScenarioResult flaky = failed.rerun(again);
    assertThat(flaky.verdict()).isEqualTo(Verdict.FLAKY);
    assertThat(flaky.earlier()).hasSize(1);
    assertThat(flaky.earlier().get(0).verdict()).isEqualTo(Verdict.FAILED);
    assertThat(flaky.earlier().get(0).transcript()).isEqualTo(failed.transcript());
    assertThat(flaky.message()).startsWith("Passed when run again, after: Expected a pong");
    assertThat(flaky.breaksConformance()).isFalse();
    assertThat(flaky.detailed()).isTrue();
  }

  @Test
  void aFailureThatFailsAgainStaysFailed() {
    ScenarioResult twice = failed.rerun(failed);
    assertThat(twice.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(twice.earlier()).hasSize(1);
    assertThat(twice.breaksConformance()).isTrue();
  }

  @Test
  void areaAndLevelComeFromTheFeatureFolderAndTheTags() {
    assertThat(failed.area()).isEqualTo("opening");
    assertThat(failed.level()).isEqualTo("must");
    assertThat(Fixtures.scenario("x", "json", Verdict.PASSED, "@should").level())
        .isEqualTo("should");
  }
}
