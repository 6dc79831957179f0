package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;

class ExpectedFailuresTest {
  private static ScenarioResult result(String name, String... tags) {
    return new ScenarioResult(
        name, "f", "features/x.feature:3", List.of(tags), "json", Verdict.FAILED, "", "", 0, null);
  }

  @Test
  void linesNameARequirementOrAScenarioAndGiveAReason() {
    ExpectedFailures expected =
        ExpectedFailures.parse(
            List.of(
                "# known gaps of our server",
                "",
                "REQ-LIMIT-003  no rate limit yet",
                "A ping is answered with a pong\tpongs are late",
                "REQ-OPEN-099  never matches"),
            "gaps.txt");
    assertThat(expected.apply(result("Bursts", "@REQ-LIMIT-003")).expectedFailure())
        .isEqualTo("no rate limit yet");
    assertThat(
            expected
                .apply(result("A ping is answered with a pong", "@REQ-OPEN-008"))
                .expectedFailure())
        .isEqualTo("pongs are late");
    assertThat(expected.apply(result("Other", "@REQ-OPEN-001")).expected()).isFalse();
    assertThat(expected.unused()).containsExactly("REQ-OPEN-099");
  }

  @Test
  void aLineWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> ExpectedFailures.parse(List.of("REQ-LIMIT-003"), "gaps.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gaps.txt line 1");
    assertThatThrownBy(() -> ExpectedFailures.parse(List.of("REQ-LIMIT-003 one space"), "gaps.txt"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
