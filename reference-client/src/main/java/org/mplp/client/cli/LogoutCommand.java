package org.mplp.client.cli;

import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code logout}: ends the session; with --remove the device and its address are given up. */
@Command(
    name = "logout",
    description =
        "Log this device out. With --remove the server removes it (its address is freed) and the"
            + " state directory forgets its credential.")
final class LogoutCommand extends DeviceCommand {
  @Option(names = "--remove", description = "remove this device from the account")
  boolean remove;

  @Override
  int run(Io io) throws Exception {
    MplpClient client = resumed(new ClientListener() {});
    String address = client.self().address();
    try {
      client.settle();
      client.logout(remove);
    } finally {
      client.close();
    }
    if (connection.json) {
      JsonOut.print(io.out(), JsonOut.object().put("address", address).put("removed", remove));
    } else {
      io.out().println((remove ? "Removed " : "Logged out ") + address);
    }
    return ExitCodes.OK;
  }
}
