package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelismTest {
  private static final Parallelism CAPPED = new Parallelism(8, 3, "maxConnectionsPerAddress 16");

  @Test
  void aCapIsShownBesideWhatWasAsked() {
    assertThat(CAPPED.describe())
        .isEqualTo("--parallel 8, capped at 3 by maxConnectionsPerAddress 16");
    assertThat(Parallelism.asAsked(4).describe()).isEqualTo("--parallel 4");
  }

  @Test
  void theHtmlReportShowsBoth() {
    RunReport plain = Fixtures.report(List.of());
    RunReport capped =
        new RunReport(
            plain.target(),
            plain.httpBase(),
            plain.started(),
            plain.millis(),
            plain.bindings(),
            plain.scenarios(),
            plain.requirements(),
            plain.notes(),
            new RunContext(Kit.unknown(), null, null, false, CAPPED, 0));
    assertThat(HtmlReportWriter.html(capped))
        .contains("--parallel 8, capped at 3 by maxConnectionsPerAddress 16");
    assertThat(HtmlReportWriter.html(plain)).contains("--parallel 1").doesNotContain("capped");
  }
}
