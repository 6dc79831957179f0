package org.mplp.bench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.fleet.FleetDevice;
import org.mplp.launcher.bench.BenchServerMain;
import org.mplp.server.MplpServer;

/**
 * The files scenario's moving parts end to end against an in-process server, with a file of a few
 * hundred KB: offer, accept, upload and download at once, checksum, result. Speed is not checked.
 */
class FileRelaySmokeTest {

  @TempDir Path temp;

  @Test
  void aFewHundredKilobytesCrossTheRelayIntactAndTheTransferCompletes() throws Exception {
    try (MplpServer server = MplpServer.start(BenchServerMain.config(temp.resolve("server"), 0))) {
      Fleet fleet =
          new FleetBuilder(server.controlUri(), System.out)
              .ensure(temp.resolve("files.fleet"), 1, 2);
      GeneratedBytes bytes = new GeneratedBytes(300_007, 1);
      GeneratedBytes.Checksums expected = bytes.checksums();

      try (Connector connector = new Connector(server.controlUri(), 1)) {
        MplpConnection sender = login(connector, fleet.devices().get(0));
        MplpConnection recipient = login(connector, fleet.devices().get(1));
        TransferParties parties = new TransferParties(sender, recipient);
        TransferParties.Accepted accepted =
            parties.offerAndAccept("smoke.bin", bytes.size(), expected.sha256());
        assertThat(accepted.uploadToken()).isNotEqualTo(accepted.downloadToken());

        FileRelay relay = new FileRelay(new DataRequests(server.controlUri()));
        FileRelay.Outcome outcome = relay.run(accepted, bytes);

        assertThat(outcome.putStatus()).isEqualTo(204);
        assertThat(outcome.download().status()).isEqualTo(200);
        assertThat(outcome.download().length()).isEqualTo(bytes.size());
        assertThat(outcome.download().crc32c()).isEqualTo(expected.crc32c());
        assertThat(relay.uploaded().get()).isEqualTo(bytes.size());
        assertThat(relay.downloaded().get()).isEqualTo(bytes.size());
        assertThat(parties.report(accepted.transferId(), true)).isEqualTo("completed");
        sender.close();
        recipient.close();
      }
    }
  }

  private static MplpConnection login(Connector connector, FleetDevice device) throws Exception {
    return connector
        .login(null, device.loginCredential(), (c, f, t) -> {})
        .get(30, TimeUnit.SECONDS);
  }
}
