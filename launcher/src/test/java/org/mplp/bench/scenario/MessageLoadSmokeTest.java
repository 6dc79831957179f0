package org.mplp.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.worker.HistogramText;
import org.mplp.launcher.bench.BenchServerMain;
import org.mplp.server.MplpServer;

/**
 * The generator end to end against an in-process server, briefly: 20 sessions made through
 * provisioning and password logins, then a few hundred messages at a fixed rate. Checks counts and
 * the histogram's shape only; speed is the benchmarks' business.
 */
class MessageLoadSmokeTest {

  @TempDir Path temp;

  @Test
  void twentySessionsExchangeAFewHundredMessagesAndEveryOneIsMeasured() throws Exception {
    try (MplpServer server = MplpServer.start(BenchServerMain.config(temp.resolve("server"), 0))) {
      Path fleetFile = temp.resolve("pairs.fleet");
      Fleet fleet = new FleetBuilder(server.controlUri(), System.out).ensure(fleetFile, 10, 2);
      assertThat(fleet.devices()).hasSize(20);
      assertThat(Fleet.read(fleetFile).devices())
          .extracting(d -> d.address())
          .containsExactlyElementsOf(fleet.devices().stream().map(d -> d.address()).toList());

      try (Connector connector = new Connector(server.controlUri(), 1)) {
        MplpPairs pairs =
            MplpPairs.connect(connector, fleet.accounts(), new SourceAddresses(2, 10));
        MessageLoad load = new MessageLoad(pairs.links());
        pairs.attach(load);

        StepResult step = load.step(200, 0.2, 1.5, 10);
        pairs.close();

        assertThat(step.sent()).isBetween(250L, 350L);
        assertThat(step.delivered()).isEqualTo(step.sent());
        assertThat(step.errors()).isZero();
        assertThat(step.delivery().getTotalCount()).isEqualTo(step.delivered());
        assertThat(step.acceptance().getTotalCount()).isEqualTo(step.sent());
        assertThat(step.delivery().getValueAtPercentile(50))
            .isPositive()
            .isLessThanOrEqualTo(step.delivery().getMaxValue());
        assertThat(HistogramText.decode(HistogramText.encode(step.delivery())))
            .isEqualTo(step.delivery());
      }
    }
  }
}
