package org.mplp.server.devices;

import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.Presence;

/** A stored device as a contact object on the wire (spec: Devices, S11, S12). */
public final class DeviceViews {

  private DeviceViews() {}

  public static Device of(StoredDevice device, Presence presence) {
    return new Device(
        device.address().toString(),
        device.type(),
        device.label(),
        presence,
        device.role(),
        device.loginTime(),
        device.clientName(),
        device.clientVersion(),
        device.lastIp());
  }

  /** With its presence as the login registry has it now. */
  public static Device of(StoredDevice device, SessionRegistry registry) {
    return of(device, registry.isOnline(device.address()) ? Presence.ONLINE : Presence.OFFLINE);
  }
}
