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
        "Accept an offer (all files, or --files), download and check them, and wait until the"
            + " transfer ends (exit 0 completed, 1 otherwise, 4 --timeout passed).")
final class AcceptCommand extends TransferCommand {
  @Parameters(paramLabel = "TRANSFER_ID", description = "the offer's transfer id")
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
  int run(Io io) throws Exception {
    MplpClient client = open(io);
    try {
      Path into = dir != null ? dir : connection.receiveDir();
      Transfer accepted = client.await(client.transfers().accept(transferId, files, into));
      return followToEnd(io, client, accepted);
    } finally {
      finish(client);
    }
  }
}
