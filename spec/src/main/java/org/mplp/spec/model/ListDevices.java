package org.mplp.spec.model;

/** Asks for the account's other devices (spec: Devices, S12). */
public record ListDevices(String id) implements Frame {
  public static final String TYPE = "list-devices";

  @Override
  public String type() {
    return TYPE;
  }
}
