package org.mplp.spec.model;

/** A device of the account changed (spec: Devices, S12, S31). */
public record DeviceEvent(DeviceEventKind event, Device device) implements ServerFrame {
  public static final String TYPE = "device-event";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitDeviceEvent(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
