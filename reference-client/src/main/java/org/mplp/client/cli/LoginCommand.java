package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.LoginOk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code login}: registers this device with the account's password, or resumes it. */
@Command(
    name = "login",
    description =
        "Log this device in: the first time with the account's password, which registers it and"
            + " saves its address and credential in the state directory; later with that"
            + " credential.")
final class LoginCommand implements Callable<Integer> {
  @ParentCommand ClientCommand root;

  @Mixin HelpOption help;

  @Mixin RegistrationOptions registration;

  @Override
  public Integer call() {
    Io io = root.io();
    ConnectionOptions connection = root.connection;
    try {
      return run(io, connection, registration.orElse(root.registration));
    } catch (Exception e) {
      return Failures.report(io, connection.json, e);
    }
  }

  private int run(Io io, ConnectionOptions connection, RegistrationOptions given) throws Exception {
    MplpClient client =
        MplpClient.create(
            connection.config().withTerminal(given.type(), given.label), new ClientListener() {});
    ClientMain.closeOnExit(client);
    try {
      boolean registered = client.identity().isEmpty();
      LoginOk ok;
      if (registered) {
        given.check();
        ok = client.register(given.account, given.password());
      } else {
        ok = client.resume();
      }
      print(io, connection, client, ok, registered);
      client.settle();
      return ExitCodes.OK;
    } finally {
      client.close();
    }
  }

  private static void print(
      Io io, ConnectionOptions connection, MplpClient client, LoginOk ok, boolean registered) {
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
    Render.contactList(ok.self(), client.contacts(), false).forEach(io.out()::println);
  }
}
