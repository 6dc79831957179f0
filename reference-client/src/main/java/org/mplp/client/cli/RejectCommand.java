package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reject}: declines an offer; the note reaches the sender (S54). */
@Command(name = "reject", description = "Reject an offer, with an optional note to the sender.")
final class RejectCommand extends TransferCommand {
  @Parameters(paramLabel = "TRANSFER_ID", description = "the offer's transfer id")
  String transferId;

  @Option(names = "--note", paramLabel = "TEXT", description = "why, for the sender")
  String note;

  @Override
  int run(Io io) throws Exception {
    MplpClient client = open(io);
    try {
      client.await(client.transfers().reject(transferId, note));
      client.settle();
      return ExitCodes.OK;
    } finally {
      finish(client);
    }
  }
}
