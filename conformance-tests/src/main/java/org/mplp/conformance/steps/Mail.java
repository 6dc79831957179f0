package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/** The messages of one scenario: what each device sent and was answered, and what it was shown. */
public final class Mail {
  /** One send of a device and the server's answer to it. */
  record Sent(String frameId, String clientMessageId, String to, String body, WireEvent answer) {
    /** The message-accepted that answered the send, or null when something else did. */
    ReceivedFrame accepted() {
      return answer instanceof WireEvent.Frame f
              && f.frame().is("message-accepted")
              && frameId.equals(f.frame().replyTo())
          ? f.frame()
          : null;
    }

    /** The messageId the server gave the message for {@code address}, or null. */
    String messageIdFor(String address) {
      ReceivedFrame accepted = accepted();
      if (accepted == null) {
        return null;
      }
      for (var r : accepted.body().path("recipients")) {
        if (address.equals(r.path("to").asText())) {
          return r.path("messageId").asText();
        }
      }
      return null;
    }
  }

  private final Map<String, List<Sent>> sent = new HashMap<>();
  private final Map<String, List<ReceivedFrame>> shown = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  /** One per scenario, made by PicoContainer. */
  public Mail() {}

  /** A fresh clientMessageId of the device: "pc-m1", "mp-m2"... */
  String newClientMessageId(Device device) {
    int n = counters.merge(device.name().key(), 1, Integer::sum);
    return device.name().idPrefix() + "m" + n;
  }

  void sent(Device device, Sent send) {
    sent.computeIfAbsent(device.name().key(), k -> new ArrayList<>()).add(send);
  }

  /** The device's sends, oldest first. */
  List<Sent> sends(Device device) {
    return sent.getOrDefault(device.name().key(), List.of());
  }

  /** The device's last send; the scenario must have had it send one. */
  Sent lastSent(Device device) {
    List<Sent> sends = sends(device);
    if (sends.isEmpty()) {
      throw new IllegalStateException("The scenario judges a send of " + device.the() + " first");
    }
    return sends.get(sends.size() - 1);
  }

  void shown(Device device, ReceivedFrame message) {
    shown.computeIfAbsent(device.name().key(), k -> new ArrayList<>()).add(message);
  }

  /** Every message the device was shown, oldest first, repeats included. */
  List<ReceivedFrame> shown(Device device) {
    return shown.getOrDefault(device.name().key(), List.of());
  }

  /** The messageId of the message for {@code address} among every send of the scenario. */
  String messageIdFor(String address) {
    for (List<Sent> sends : sent.values()) {
      for (Sent s : sends) {
        String id = s.messageIdFor(address);
        if (id != null) {
          return id;
        }
      }
    }
    throw new IllegalStateException("No send of the scenario was accepted for " + address);
  }
}
