package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cancel}: ends an open transfer, as its sender or its recipient. */
@Command(name = "cancel", description = "Cancel an open transfer this device takes part in.")
final class CancelCommand extends TransferCommand {
  @Parameters(paramLabel = "TRANSFER_ID", description = "the transfer id")
  String transferId;

  @Option(names = "--note", paramLabel = "TEXT", description = "why, for the other party")
  String note;

  @Override
  int run(DeviceSession session) throws Exception {
    MplpClient client = open(session);
    try {
      client.await(client.transfers().cancel(transferId, note));
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      finish(session, client);
    }
  }
}
