package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A device of the account as a contact object (spec: Devices, S11, S12), read from a frame. */
public record Contact(
    String address,
    String type,
    String label,
    String presence,
    String role,
    String loginTime,
    String clientName,
    String clientVersion,
    String lastIp) {

  public static Contact of(JsonNode device) {
    return new Contact(
        device.path("address").asText(),
        device.path("type").asText(),
        device.path("label").asText(),
        device.path("presence").asText(),
        device.path("role").asText(),
        device.path("loginTime").asText(),
        device.path("clientName").asText(),
        device.path("clientVersion").asText(),
        device.path("lastIp").asText());
  }

  /** The contact objects of an array member such as {@code devices}. */
  public static List<Contact> listOf(JsonNode devices) {
    List<Contact> contacts = new ArrayList<>();
    devices.forEach(d -> contacts.add(of(d)));
    return contacts;
  }

  /** Short, for assertion messages: "235683-MP-1 (online, secondary, "Li's phone")". */
  public String describe() {
    return address + " (" + presence + ", " + role + ", \"" + label + "\")";
  }
}
