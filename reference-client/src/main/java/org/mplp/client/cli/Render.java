package org.mplp.client.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mplp.client.contacts.ContactList;
import org.mplp.client.contacts.DeviceGroup;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Undeliverable;

/** The text form of what the CLI shows: one line per device, message, event or receipt. */
final class Render {
  private Render() {}

  static String device(Device d) {
    return String.format(
        "%-22s %-4s %-20s %-7s %-9s last login %s from %s",
        d.address(),
        d.type(),
        quoteLabel(d.label()),
        d.presence().wireName(),
        d.role().wireName(),
        d.loginTime(),
        d.lastIp());
  }

  /**
   * This device, then the others: as the "My devices" group when the user asked for it or when
   * there are more than three (REQ-DEVICE-016), otherwise as a plain list of contacts. Each line
   * carries the device's number in the contact list, so that {@code /to 2} opens a chat with it
   * (S33); a device keeps its number while the client runs (see {@link ContactList}).
   */
  static List<String> contactList(Device self, ContactList contacts, boolean userAskedForGroup) {
    List<ContactList.Numbered> others = contacts.numbered();
    List<String> lines = new ArrayList<>();
    lines.add("This device: " + device(self));
    boolean grouped = DeviceGroup.grouped(userAskedForGroup, others.size());
    String indent = grouped ? "  " : "";
    lines.add(
        grouped
            ? DeviceGroup.NAME + " (" + others.size() + ")"
            : "Contacts (" + others.size() + ")");
    if (others.isEmpty()) {
      lines.add(indent + "(no other device of this account yet)");
    }
    for (ContactList.Numbered other : others) {
      lines.add(indent + other.number() + ". " + device(other.device()));
    }
    return lines;
  }

  static String message(Message m, ContactList contacts) {
    String who =
        contacts == null
            ? m.from()
            : contacts.find(m.from()).map(d -> m.from() + " (" + d.label() + ")").orElse(m.from());
    return "[" + m.sentAt() + "] " + who + ": " + body(m.mediaType(), m.body());
  }

  private static String body(String mediaType, String body) {
    if (mediaType.startsWith("text/")) {
      return body;
    }
    int bytes;
    try {
      bytes = Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII)).length;
    } catch (IllegalArgumentException e) {
      bytes = -1;
    }
    return "<" + mediaType + ", " + (bytes < 0 ? "not valid base64" : bytes + " bytes") + ">";
  }

  static String event(DeviceEvent e) {
    Device d = e.device();
    String who = d.address() + " (" + d.label() + ")";
    return switch (e.event()) {
      case ADDED -> "* new device " + who + ", " + d.type();
      case ONLINE -> "* " + who + " is online, from " + d.lastIp();
      case OFFLINE -> "* " + who + " is offline";
      case UPDATED -> "* " + d.address() + " is now called " + quoteLabel(d.label());
      case REMOVED -> "* " + who + " was removed";
    };
  }

  static String delivered(Delivered d) {
    return "  (delivered to " + d.to() + " at " + d.deliveredAt() + ")";
  }

  static String undeliverable(Undeliverable u) {
    return "  (message "
        + u.clientMessageId()
        + " will not reach "
        + u.to()
        + ": "
        + u.reason()
        + ")";
  }

  private static String quoteLabel(String label) {
    return "\"" + label + "\"";
  }
}
