package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.contacts.DeviceGroup;
import org.mplp.spec.model.DeviceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code devices}: the account's devices as this device's contacts (S11, S12, S31 to S33). */
@Command(
    name = "devices",
    description = {
      "List the account's other devices as contacts, numbered.",
      "A device keeps its number as long as the client runs, also when others come and go:"
          + " the devices of the first list are numbered by type, then ordinal, and each device"
          + " seen later gets the next number."
    })
final class DevicesCommand extends DeviceCommand {
  @Option(
      names = "--group",
      description =
          "show them as the \"My devices\" group (the default once there are more than three)")
  boolean group;

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    MplpClient client = session.open(new ClientListener() {});
    try {
      DeviceList list = client.await(client.listDevices());
      boolean asked = group || session.groupDevices();
      if (session.json()) {
        ObjectNode node = JsonOut.object();
        node.set("self", JsonOut.MAPPER.valueToTree(client.self()));
        node.put("multiPoint", list.multiPoint());
        node.put("grouped", DeviceGroup.grouped(asked, list.devices().size()));
        node.set("devices", JsonOut.MAPPER.valueToTree(client.contacts().devices()));
        JsonOut.print(io.out(), node);
      } else {
        Render.contactList(client.self(), client.contacts(), asked).forEach(io.out()::println);
      }
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      session.release(client);
    }
  }
}
