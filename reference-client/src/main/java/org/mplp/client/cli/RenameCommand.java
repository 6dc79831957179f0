package org.mplp.client.cli;

import java.util.List;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rename}: a new label for this device or another device of the account. */
@Command(name = "rename", description = "Give this device, or another with --device, a new label.")
final class RenameCommand extends DeviceCommand {
  @Option(
      names = "--device",
      paramLabel = "ADDRESS",
      description = "the device to rename (default: this one)")
  String device;

  @Parameters(
      paramLabel = "LABEL",
      arity = "1..*",
      description = "the new label, 1 to 64 characters; several words are joined by spaces")
  List<String> words;

  @Override
  int run(DeviceSession session) throws Exception {
    String label = String.join(" ", words);
    if (label.isEmpty() || label.length() > 64) {
      throw new UsageException("a label has 1 to 64 characters");
    }
    Io io = session.io();
    MplpClient client = session.open(new ClientListener() {});
    try {
      String address = device != null ? device : client.self().address();
      client.await(client.rename(address, label));
      if (session.json()) {
        JsonOut.print(io.out(), JsonOut.object().put("address", address).put("label", label));
      } else {
        io.out().println("Renamed " + address + " to \"" + label + "\"");
      }
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      session.release(client);
    }
  }
}
