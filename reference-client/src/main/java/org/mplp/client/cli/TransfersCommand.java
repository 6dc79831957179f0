package org.mplp.client.cli;

import java.util.List;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transfers}: the open transfers of this device and those that ended while it was away,
 * which the server sends after each login (REQ-XFER-022).
 */
@Command(
    name = "transfers",
    description =
        "The transfers this device takes part in. A one-shot run logs in and prints the transfers"
            + " the server sends at login (open ones, and those that ended meanwhile) for --wait"
            + " seconds, storing direct ones meanwhile; the interactive client lists those seen"
            + " since it started.")
final class TransfersCommand extends TransferCommand {
  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "how long a one-shot run listens after the login (default: ${DEFAULT-VALUE})")
  int listenSeconds;

  @Override
  int run(DeviceSession session) throws Exception {
    if (listenSeconds < 1) {
      throw new UsageException("--wait takes a positive number of seconds");
    }
    Io io = session.io();
    MplpClient client = open(session);
    try {
      if (session.oneShot()) {
        // What the server sends at login is printed as it comes.
        Thread.sleep(listenSeconds * 1000L);
      }
      List<Transfer> known = client.await(client.transfers().known());
      if (!session.oneShot()) {
        known.forEach(t -> io.out().println(TransferRender.transfer(t, client.self().address())));
      }
      if (!session.json() && known.isEmpty()) {
        io.out().println("No open transfers.");
      }
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      finish(session, client);
    }
  }
}
