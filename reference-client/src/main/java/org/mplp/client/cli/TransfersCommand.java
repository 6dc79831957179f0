package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transfers}: the open transfers of this device and those that ended while it was away,
 * which the server sends after each login (REQ-XFER-022).
 */
@Command(
    name = "transfers",
    description =
        "Log in and print the transfers the server sends at login (open ones, and those that"
            + " ended meanwhile) for --wait seconds. Direct transfers are stored meanwhile.")
final class TransfersCommand extends TransferCommand {
  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "how long to listen after the login (default: ${DEFAULT-VALUE})")
  int listenSeconds;

  @Override
  int run(Io io) throws Exception {
    if (listenSeconds < 1) {
      throw new UsageException("--wait takes a positive number of seconds");
    }
    MplpClient client = open(io);
    try {
      Thread.sleep(listenSeconds * 1000L);
      if (!connection.json && client.await(client.transfers().known()).isEmpty()) {
        io.out().println("No open transfers.");
      }
      client.settle();
      return ExitCodes.OK;
    } finally {
      finish(client);
    }
  }
}
