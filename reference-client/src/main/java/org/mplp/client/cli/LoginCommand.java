package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.LoginOk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code login}: registers this device with the account's password, or resumes it. */
@Command(
    name = "login",
    description =
        "Log this device in: the first time with the account's password, which registers it and"
            + " saves its address and credential in the state directory; later with that"
            + " credential.")
final class LoginCommand extends DeviceCommand {
  @Mixin RegistrationOptions registration;

  @Override
  int run(Io io) throws Exception {
    MplpClient client =
        MplpClient.create(
            config().withTerminal(registration.type, registration.label), new ClientListener() {});
    ClientMain.closeOnExit(client);
    try {
      boolean registered = client.identity().isEmpty();
      LoginOk ok;
      if (registered) {
        registration.check();
        ok = client.register(registration.account, registration.password());
      } else {
        ok = client.resume();
      }
      print(io, client, ok, registered);
      client.settle();
      return ExitCodes.OK;
    } finally {
      client.close();
    }
  }

  private void print(Io io, MplpClient client, LoginOk ok, boolean registered) {
    if (connection.json) {
      ObjectNode node = JsonOut.object();
      node.put("address", ok.self().address());
      node.put("account", client.identity().orElseThrow().account());
      node.put("registered", registered);
      node.put("multiPoint", ok.multiPoint());
      node.put("stateDir", connection.stateDir.toAbsolutePath().toString());
      node.set("self", JsonOut.MAPPER.valueToTree(ok.self()));
      node.set("devices", JsonOut.MAPPER.valueToTree(ok.devices()));
      JsonOut.print(io.out(), node);
      return;
    }
    io.out()
        .println(
            (registered ? "Registered this device as " : "Logged in again as ")
                + ok.self().address()
                + (registered
                    ? " (its credential is in "
                        + connection.stateDir.toAbsolutePath().resolve("device.properties")
                        + ")"
                    : ""));
    io.out()
        .println(
            ok.multiPoint()
                ? "Multi-point login: another device of the account is online."
                : "No other device of the account is online.");
    Render.contactList(ok.self(), client.contacts().devices(), false).forEach(io.out()::println);
  }
}
