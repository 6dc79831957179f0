package org.mplp.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak in small (REQ-MSG-008, REQ-MSG-009, REQ-MSG-021): the reference server killed with
 * SIGKILL twice under load and started again on the same data directory loses no accepted message
 * or receipt and shows none twice. The 20-kill run is `./mplp bench soak` (BENCHMARKS.adoc).
 */
class SoakSmokeTest {

  @TempDir Path temp;

  @Test
  void twoKillsUnderLoadLoseAndRepeatNothing() throws Exception {
    SoakScenario.Outcome outcome =
        SoakScenario.run(
            temp.resolve("soak"),
            List.of("-Xmx256m"),
            new SoakScenario.Options(2, 4, 200, 1.0, 17),
            System.out);

    Ledger.Counts counts = outcome.counts();
    assertThat(outcome.restartMillis()).hasSize(2);
    assertThat(counts.accepted()).as("messages accepted over the run").isGreaterThan(100);
    assertThat(counts.acknowledged())
        .as("every accepted message acknowledged in the end")
        .isGreaterThanOrEqualTo(counts.accepted());
    assertThat(counts.lost()).as("accepted messages lost").isZero();
    assertThat(counts.duplicated()).as("messages shown twice").isZero();
    assertThat(counts.receiptsLost()).as("receipts lost").isZero();
    assertThat(counts.receiptsDuplicated()).as("receipts shown twice").isZero();
    assertThat(counts.unacknowledged()).isZero();
    assertThat(counts.receiptsUnacknowledged()).isZero();
  }
}
