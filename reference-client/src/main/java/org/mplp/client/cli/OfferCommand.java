package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.List;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.LocalFiles;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offer}: offers files or folders to a device and uploads what it accepts (S51 to S54). */
@Command(
    name = "offer",
    description =
        "Offer files or folders to a device, upload what it accepts, and wait until the transfer"
            + " ends (exit 0 completed, 1 rejected/cancelled/failed, 4 --timeout passed).")
final class OfferCommand extends TransferCommand {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "ADDRESS",
      description = "the recipient device")
  String to;

  @Option(
      names = "--permission",
      paramLabel = "direct|ask|reject",
      description = "the receive permission (S61; default: ask)")
  String permission;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders to offer")
  List<Path> paths;

  @Override
  int run(Io io) throws Exception {
    Permission chosen = Permissions.parse(permission, "--permission");
    List<LocalFiles.Entry> files = LocalFiles.of(paths);
    MplpClient client = open(io);
    try {
      Transfer first = client.await(client.transfers().offer(to, files, chosen));
      return followToEnd(io, client, first);
    } finally {
      finish(client);
    }
  }
}
