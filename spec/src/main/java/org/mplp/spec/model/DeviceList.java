package org.mplp.spec.model;

import java.util.List;

/** The account's other devices (spec: Devices, S12). */
public record DeviceList(String replyTo, boolean multiPoint, List<Device> devices)
    implements Reply {
  public static final String TYPE = "device-list";

  public DeviceList {
    devices = List.copyOf(devices);
  }

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitDeviceList(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
