package org.mplp.spec.model;

/** A device of the account changed (spec: Devices, S12, S31). */
public record DeviceEvent(DeviceEventKind event, Device device) implements Frame {
  public static final String TYPE = "device-event";

  @Override
  public String type() {
    return TYPE;
  }
}
