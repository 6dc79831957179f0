package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reject}: declines an offer; the note reaches the sender (S54). */
@Command(name = "reject", description = "Reject an offer, with an optional note to the sender.")
final class RejectCommand extends TransferCommand {
  @Parameters(
      paramLabel = "TRANSFER_ID",
      arity = "0..1",
      description =
          "the offer's transfer id (required, except in the interactive client: the last offer"
              + " shown)")
  String transferId;

  @Option(names = "--note", paramLabel = "TEXT", description = "why, for the sender")
  String note;

  @Override
  int run(DeviceSession session) throws Exception {
    String id = orLastOffer(session, transferId);
    MplpClient client = open(session);
    try {
      client.await(client.transfers().reject(id, note));
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      finish(session, client);
    }
  }
}
