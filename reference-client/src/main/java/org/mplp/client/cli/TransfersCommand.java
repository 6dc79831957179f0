package org.mplp.client.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.ListTransfers;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine.Command;

/**
 * {@code transfers}: the transfers this device takes part in, as the server lists them
 * (REQ-XFER-050), and those that ended while it was away, which it sends after the login
 * (REQ-XFER-022).
 */
@Command(
    name = "transfers",
    description =
        "The transfers this device takes part in: the open ones, as the server lists them, and"
            + " those that ended while the device was away. A one-shot run stores the direct ones"
            + " sent to it before it ends (at most --timeout seconds); the interactive client lists"
            + " those seen since it started as well.")
final class TransfersCommand extends TransferCommand {

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    MplpClient client = open(session);
    try {
      // The listed frames reach the transfers before the ok: one-shot runs print them as they
      // come, and a frame the device already holds is not shown twice.
      String id = client.nextId();
      client.await(client.request(id, new ListTransfers(id)));
      List<Transfer> known = client.await(client.transfers().known());
      if (!session.oneShot()) {
        known.forEach(t -> io.out().println(TransferRender.transfer(t, client.self().address())));
      }
      if (!session.json() && known.isEmpty()) {
        io.out().println("No open transfers.");
      }
      if (session.oneShot()) {
        storeDirect(client, known);
      }
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      finish(session, client);
    }
  }

  /** A one-shot run ends once the direct transfers it stores have ended, or --timeout passed. */
  private void storeDirect(MplpClient client, List<Transfer> known) throws Exception {
    String self = client.self().address();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
    for (Transfer t : known) {
      if (t.state() == TransferState.ACCEPTED
          && t.permission() == Permission.DIRECT
          && t.to().equals(self)) {
        long left = Math.max(0, deadline - System.nanoTime());
        try {
          client.transfers().finished(t.transferId()).get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          return;
        }
      }
    }
  }
}
