package org.mplp.client.cli;

import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code logout}: ends the session; with --remove the device and its address are given up. */
@Command(
    name = "logout",
    description =
        "Log this device out (and end the interactive client). With --remove the server removes"
            + " it (its address is freed) and the state directory forgets its credential.")
final class LogoutCommand extends DeviceCommand {
  @Option(names = "--remove", description = "remove this device from the account")
  boolean remove;

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    MplpClient client = session.open(new ClientListener() {});
    String address = client.self().address();
    try {
      session.settle(client);
      client.logout(remove);
    } finally {
      session.release(client);
    }
    if (session.json()) {
      JsonOut.print(io.out(), JsonOut.object().put("address", address).put("removed", remove));
    } else {
      io.out()
          .println(
              "Logged out "
                  + address
                  + (remove ? "; this device is removed from the account." : "."));
    }
    session.loggedOut();
    return ExitCodes.OK;
  }
}
