package org.mplp.conformance.client.server;

/** A device of the account that the kit plays, as the client's contact list shows it. */
public record OtherDevice(String address, String type, String label, boolean online) {

  /** A device named by its address alone: online, labelled after its type. */
  public static OtherDevice of(String address) {
    String type = address.split("-")[1];
    return new OtherDevice(
        address, type, type + " " + address.substring(address.length() - 1), true);
  }
}
