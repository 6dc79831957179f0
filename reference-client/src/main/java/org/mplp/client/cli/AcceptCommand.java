package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.List;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accept}: accepts an offer, downloads, checks and stores its files (S54). */
@Command(
    name = "accept",
    description =
        "Accept an offer (all files, or --files), download and check them. A one-shot run waits"
            + " until the transfer ends (exit 0 completed, 1 otherwise, 4 --timeout passed).")
final class AcceptCommand extends TransferCommand {
  @Parameters(
      paramLabel = "TRANSFER_ID",
      arity = "0..1",
      description =
          "the offer's transfer id (required, except in the interactive client: the last offer"
              + " shown)")
  String transferId;

  @Option(
      names = "--files",
      split = ",",
      paramLabel = "N",
      description = "only these files, by index from 0 (default: all)")
  List<Integer> files;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "store the files here (default: the receive folder)")
  Path dir;

  @Override
  int run(DeviceSession session) throws Exception {
    String id = orLastOffer(session, transferId);
    MplpClient client = open(session);
    try {
      Path into = dir != null ? dir : session.receiveDir();
      Transfer accepted = client.await(client.transfers().accept(id, files, into));
      return followToEnd(session, client, accepted);
    } finally {
      finish(session, client);
    }
  }
}
